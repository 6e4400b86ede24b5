import AccessStore
import Crypto
import Foundation
import LocalDirectory

/// `hakakses backup` of a large office against what an administrator would do by hand, on the same files in the
/// same run: `sqlite3 DB ".backup FILE"` and `cp -a` of the archive. The office: an SK, `--records` records of history
/// and `--files` printed documents in the archive (each a `document.generated` record with its SHA-256). The backup
/// also verifies what it wrote (its whole log, every file against its record) and records itself; the hand copy
/// verifies nothing. Alternating rounds, each run after `sync` (no writes of the previous run left to flush); medians.
struct BackupBenchmark {
    let options: BenchOptions

    func run() async throws {
        let directory = try await LocalDirectory.create(.init())
        do {
            try await benchmark(directory)
        } catch {
            await directory.destroy()
            throw error
        }
        await directory.destroy()
    }

    private func benchmark(_ directory: LocalDirectory) async throws {
        let records = options.int("records", default: 100_000)
        let files = options.int("files", default: 1_000)
        let kib = options.int("file-kib", default: 64)
        let rounds = options.int("rounds", default: 5)
        let binary = try BenchServer.binary()
        guard let sop = BenchOffice.locate("config/sop/sukamara.yaml") else { throw BenchError("cannot find the SOP") }
        let office = try BenchOffice(directory)
        print("backup: a log of \(records) records of history and \(files) archived documents of \(kib) KiB; \(rounds) rounds each")
        let (_, setup) = try await measure {
            try office.importDecree(try BenchOffice.people(100))
            try office.appendHistory(records, people: 100)
            try Self.archive(office, files: files, kib: kib)
        }
        let head = try office.store.head().seq
        let database = office.storeFile
        let archive = database.deletingLastPathComponent().appendingPathComponent("archive")
        let size = (try FileManager.default.attributesOfItem(atPath: database.path)[.size] as? Int64) ?? 0
        print(String(format: "  (setup: %d records, database %.1f MiB, archive %.1f MiB, in %.1f s)", head, Double(size) / 1_048_576,
                     Double(files * kib) / 1024, setup.seconds))
        let config = try office.configFile(sop: sop.path)
        let target = directory.folder.appendingPathComponent("backups")
        var ours: [Double] = [], hand: [Double] = [], ourMemory: [Double] = []
        for round in 0..<rounds {
            for first in [round % 2 == 0, round % 2 != 0] {
                try? FileManager.default.removeItem(at: target)  // try?: the previous round's copies
                try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
                // Each run starts with nothing left to write back from the one before (untimed), so that neither
                // side pays for the other's writes.
                sync()
                if first {
                    let m = try ChildProcess.run(binary.path, ["backup", target.path, "--config", config.path, "--json"])
                    guard m.status == 0 else { throw BenchError("hakakses backup exited \(m.status)") }
                    ours.append(m.seconds)
                    ourMemory.append(m.maxRSSMiB)
                } else {
                    let copy = target.appendingPathComponent("hand")
                    try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
                    let sqlite = try ChildProcess.run("/usr/bin/sqlite3", [database.path, ".backup \(copy.appendingPathComponent("hakakses.sqlite").path)"])
                    let cp = try ChildProcess.run("/bin/cp", ["-a", archive.path, copy.appendingPathComponent("archive").path])
                    guard sqlite.status == 0, cp.status == 0 else { throw BenchError("sqlite3 .backup / cp -a failed") }
                    hand.append(sqlite.seconds + cp.seconds)
                }
            }
        }
        func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
        let ratio = median(ours) / median(hand)
        print(String(format: "  hakakses backup (copy, verify, record): median %.2f s (runs: %@), peak memory %.1f MiB",
                     median(ours), ours.map { String(format: "%.2f", $0) }.joined(separator: " "), median(ourMemory)))
        print(String(format: "  sqlite3 .backup + cp -a:               median %.2f s (runs: %@)",
                     median(hand), hand.map { String(format: "%.2f", $0) }.joined(separator: " ")))
        print(String(format: "  ratio %.2f× — goal (issue 19) ≤ 2×: %@", ratio, ratio <= 2 ? "met" : "NOT met"))
    }

    /// `files` documents of `kib` KiB in the archive, each with its `document.generated` record.
    static func archive(_ office: BenchOffice, files: Int, kib: Int) throws {
        let root = office.storeFile.deletingLastPathComponent().appendingPathComponent("archive")
        var generator = SystemRandomNumberGenerator()
        var written = 0
        while written < files {
            let chunk = min(500, files - written)
            var documents: [(String, String, Int)] = []
            for index in written..<written + chunk {
                var bytes = [UInt8](repeating: 0, count: kib * 1024)
                for offset in stride(from: 0, to: bytes.count, by: 8) {
                    withUnsafeBytes(of: generator.next()) { random in
                        for (i, byte) in random.enumerated() where offset + i < bytes.count { bytes[offset + i] = byte }
                    }
                }
                let name = "dokumen/2026/bast/bast-\(index + 1).pdf"
                let url = root.appendingPathComponent(name)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(bytes).write(to: url)
                documents.append((name, SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined(), bytes.count))
            }
            try office.store.transaction { tx in
                for (offset, (name, digest, size)) in documents.enumerated() {
                    try tx.append(kind: "document.generated", actor: "adb", subject: "800/1/Dukcapil/2026", payload: Document(
                        kind: "bast", title: "Berita Acara Serah Terima", number: "BAST/\(written + offset + 1)/2026", format: "pdf",
                        file: name, sha256: digest, size: size, year: 2026, decree: "800/1/Dukcapil/2026"))
                }
            }
            written += chunk
        }
    }

    /// The payload of `document.generated`, as the office writes it.
    struct Document: Encodable {
        let kind, title, number, format, file, sha256: String
        let size, year: Int
        let decree: String
    }
}
