import AccessStore
import Crypto
import Foundation
import OfficeService
import Testing

/// The replica against a hostile or broken server, in process: it keeps only records that extend its chain with
/// their hash and the audit key's code, only files with the SHA-256 their record keeps (before the record), and
/// stops — keeping what it holds — when the server's log ends before its own or holds another history.
@Suite("Recovery: the replica refuses what it cannot verify")
struct ReplicaFollowerTests {
    /// A primary log with `count` records (the last one a printed document whose file is `file`), under `key`.
    final class Primary: Sendable {
        let store: AccessStore
        let fingerprint: String
        let file: Data
        /// The primary's temporary folder, removed with it (7 of them were left behind by every run).
        let folder: URL
        static let fileName = "dokumen/2026/bast-1.pdf"

        init(key: AuditKey, count: Int, file: Data = Data("%PDF-1.4 BAST\n".utf8)) throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("hakakses-primary-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            store = try AccessStore(path: folder.appendingPathComponent("hakakses.sqlite").path, key: key)
            fingerprint = key.fingerprint
            self.file = file
            for index in 1..<count {
                _ = try store.append(kind: "note", actor: "host", subject: "", payload: ["n": index])
            }
            let digest = SHA256.hash(data: file).map { String(format: "%02x", $0) }.joined()
            _ = try store.append(kind: "document.generated", actor: "adb2", subject: "REQ-2026-0001", payload: Document(
                kind: "bast", title: "BAST", number: "1", format: "pdf", file: Self.fileName, sha256: digest, size: file.count,
                year: 2026, request: "REQ-2026-0001"))
        }

        deinit { try? FileManager.default.removeItem(at: folder) }

        struct Document: Encodable {
            let kind, title, number, format, file, sha256: String
            let size, year: Int
            let request: String
        }

        func batch(after: Int64, tamper: (inout [StoredRecord]) -> Void = { _ in }) throws -> ReplicationBatch {
            var records = try store.storedRecords(after: after, limit: 1000)
            tamper(&records)
            let head = try store.head()
            let afterHash = after > 0 ? try store.storedRecords(after: after - 1, limit: 1).first?.hash : nil
            return ReplicationBatch(office: "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sukamara", sop: "1", keyFingerprint: fingerprint,
                                    headSeq: head.seq, headHash: head.hash, afterHash: afterHash, records: records)
        }

        func source(tamper: @escaping @Sendable (inout [StoredRecord]) -> Void = { _ in }, file: Data? = nil) -> ReplicaSource {
            let content = file ?? self.file
            return ReplicaSource(
                records: { after, _ throws(OfficeError) in
                    do { return try self.batch(after: after, tamper: tamper) } catch { throw .unavailable(.backupUnwritable(path: "primary", detail: "\(error)")) }
                },
                file: { _ throws(OfficeError) in content })
        }
    }

    /// Why `body` stopped the replica, if it did.
    static func stop(_ body: () async throws(OfficeError) -> ReplicaFollower.Pass) async -> ReplicaRefusal? {
        do throws(OfficeError) {
            _ = try await body()
            return nil
        } catch {
            guard case .refused(.replicaStopped(_, let reason)) = error else { return nil }
            return reason
        }
    }

    static func key() throws -> AuditKey { try AuditKey(bytes: Array(repeating: UInt8(7), count: 32)) }

    static func folder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("hakakses-replica-\(UUID().uuidString)")
    }

    /// Removes a replica folder a test made (they were left in the temporary folder by every run).
    static func remove(_ folder: URL) { try? FileManager.default.removeItem(at: folder) }

    @Test("a faithful server: every record and the file kept; the folder verifies as a restore source")
    func faithful() async throws {
        let key = try Self.key()
        let primary = try Primary(key: key, count: 5)
        let follower = try ReplicaFollower(folder: Self.folder(), key: key)
        defer { Self.remove(follower.folder) }
        let pass = try await follower.pass(from: primary.source(), waitSeconds: 0)
        #expect(pass.records == 5 && pass.files == 1 && pass.heldSeq == 5 && pass.serverHead == 5)
        let manifest = try BackupManifest.read(from: follower.folder)
        #expect(manifest.kind == .replica && manifest.headSeq == 5 && manifest.archive.map(\.path) == ["archive/\(Primary.fileName)"])
        #expect(FileManager.default.contents(atPath: follower.folder.appendingPathComponent("archive/\(Primary.fileName)").path) == primary.file)
        let again = try await follower.pass(from: primary.source(), waitSeconds: 0)
        #expect(again.records == 0 && again.files == 0 && again.heldSeq == 5)
    }

    @Test("a record changed on the way, or coded with another key: nothing kept, and said which")
    func tampered() async throws {
        let key = try Self.key()
        let primary = try Primary(key: key, count: 4)
        let changed = try ReplicaFollower(folder: Self.folder(), key: key)
        defer { Self.remove(changed.folder) }
        let edit: @Sendable (inout [StoredRecord]) -> Void = { records in
            let record = records[2]
            records[2] = StoredRecord(seq: record.seq, recordedAt: record.recordedAt, kind: record.kind, actor: "kadis",
                                      subject: record.subject, payload: record.payload, prevHash: record.prevHash, hash: record.hash, mac: record.mac)
        }
        #expect(await Self.stop { () async throws(OfficeError) in
            try await changed.pass(from: primary.source(tamper: edit), waitSeconds: 0)
        } == .unverifiable(.replicationUnauthentic(seq: 3)))
        #expect(try await changed.heldSeq() == 0, "not even the records before it")

        // A log made under another key, announced with this key's fingerprint.
        let forger = try Primary(key: try AuditKey(bytes: Array(repeating: UInt8(9), count: 32)), count: 3)
        let forged = try ReplicaFollower(folder: Self.folder(), key: key)
        defer { Self.remove(forged.folder) }
        let spoofed = ReplicaSource(
            records: { after, _ throws(OfficeError) in
                do {
                    let real = try forger.batch(after: after)
                    return ReplicationBatch(office: real.office, sop: real.sop, keyFingerprint: key.fingerprint, headSeq: real.headSeq,
                                            headHash: real.headHash, afterHash: real.afterHash, records: real.records)
                } catch { throw .unavailable(.backupUnwritable(path: "forger", detail: "\(error)")) }
            },
            file: { _ throws(OfficeError) in Data() })
        #expect(await Self.stop { () async throws(OfficeError) in
            try await forged.pass(from: spoofed, waitSeconds: 0)
        } == .unverifiable(.replicationUnauthentic(seq: 1)))
        #expect(try await forged.heldSeq() == 0)
        // And a server that says so plainly.
        let honest = try ReplicaFollower(folder: Self.folder(), key: key)
        defer { Self.remove(honest.folder) }
        #expect(await Self.stop { () async throws(OfficeError) in
            try await honest.pass(from: forger.source(), waitSeconds: 0)
        } == .otherKey(server: forger.fingerprint, key: key.fingerprint))
    }

    @Test("a file that is not the one its record keeps: neither file nor record kept")
    func wrongFile() async throws {
        let key = try Self.key()
        let primary = try Primary(key: key, count: 3)
        let follower = try ReplicaFollower(folder: Self.folder(), key: key)
        defer { Self.remove(follower.folder) }
        do {
            _ = try await follower.pass(from: primary.source(file: Data("%PDF-1.4 PALSU\n".utf8)), waitSeconds: 0)
            Issue.record("a changed file was kept")
        } catch {
            guard case .refused(.replicaStopped(_, .fileDiffers(let name, _, _))) = error else { throw error }
            #expect(name == Primary.fileName)
        }
        #expect(try await follower.heldSeq() == 0)
        #expect(!FileManager.default.fileExists(atPath: follower.folder.appendingPathComponent("archive/\(Primary.fileName)").path))
    }

    @Test("a server whose log ends before the replica's, or differs from it: the replica stops and keeps what it holds")
    func serverLostRecords() async throws {
        let key = try Self.key()
        let primary = try Primary(key: key, count: 6)
        let folder = Self.folder()
        defer { Self.remove(folder) }
        let follower = try ReplicaFollower(folder: folder, key: key)
        _ = try await follower.pass(from: primary.source(), waitSeconds: 0)
        // The server restored from an older copy: 3 records.
        let older = try Primary(key: key, count: 3)
        #expect(await Self.stop { () async throws(OfficeError) in
            try await follower.pass(from: older.source(), waitSeconds: 0)
        } == .serverBehind(replica: 6, server: 3))
        // Another history of the same length and more.
        let other = try Primary(key: key, count: 8, file: Data("%PDF-1.4 LAIN\n".utf8))
        #expect(await Self.stop { () async throws(OfficeError) in
            try await follower.pass(from: other.source(), waitSeconds: 0)
        } == .historiesDiffer(at: 6))
        #expect(try await follower.heldSeq() == 6)
        #expect(try BackupManifest.read(from: folder).headSeq == 6)
    }
}
