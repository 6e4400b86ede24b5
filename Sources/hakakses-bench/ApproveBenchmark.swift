import AccessStore
import AccessWorkflow
import Foundation
import LDAP
import LocalDirectory
import OfficeClient
import OfficeService

/// Approvals through the office server's API on a large log: the reconcile benchmark's office (one SK of N grants,
/// provisioned: about 2N+1 audit records), the release `hakakses serve` on a loopback port, and M requests filed
/// by the Kasi and approved one by one by the Kadis through `RemoteOffice` (HTTP, bearer token), each approval
/// timed from the client. Prints p50, p90, p99 and the largest.
struct ApproveBenchmark {
    let options: BenchOptions

    func run() async throws {
        let count = options.int("entries", default: 50_000)
        let approvals = options.int("approvals", default: 200)
        let directory = try await LocalDirectory.create(.init())
        do {
            try await benchmark(directory, count: count, approvals: approvals)
        } catch {
            await directory.destroy()
            throw error
        }
        await directory.destroy()
    }

    private func benchmark(_ directory: LocalDirectory, count: Int, approvals: Int) async throws {
        let binary = try BenchServer.binary()
        guard let sop = BenchOffice.locate("config/sop/sukamara.yaml") else { throw BenchError("cannot find the SOP") }
        let office = try BenchOffice(directory)
        print("approve-api: \(approvals) approvals through the API on a log of an SK with \(count) grants; setting up…")
        let (_, setup) = try await measure {
            try office.importDecree(try BenchOffice.people(count))
            let report = try await office.bridge.runOnce()
            guard report.completed == count else { throw BenchError("provisioning: \(report.summary)") }
            try office.appendHistory(options.int("history", default: 100_000), people: count)
        }
        let records = try office.store.head().seq
        print(String(format: "  (setup: %d audit records in %.1f s)", records, setup.seconds))
        // What the server that recorded them would have left: a checkpoint (every N records and at shutdown).
        let checkpoint = try office.store.writeCheckpoint(sop: office.sop)
        print("  (checkpoint at record #\(checkpoint.seq))")
        let password = "Bench-Staff-Password-1"
        try await BenchServer.addStaff(directory, uid: "kasi", nip: "19800510 200501 1 003", role: "kasi", password: password)
        try await BenchServer.addStaff(directory, uid: "kadis", nip: "19650218 198705 1 003", role: "kadis", password: password)
        try await BenchServer.addStaff(directory, uid: "kabid", nip: "19750315 200003 1 002", role: "kabid", password: password)
        try await BenchServer.addStaff(directory, uid: "sekretaris", nip: "19700101 199503 1 001", role: "sekretaris", password: password)

        let cache = options.int("authority-cache", default: 10)
        let replicaToken = options.int("replica", default: 0) != 0 ? ReplicaTokens.make() : nil
        var api = ["authorityCacheSeconds: \(cache)"]
        if let replicaToken { api.append("replicaTokens: [\"\(ReplicaTokens.hash(of: replicaToken))\"]") }
        let server = try await BenchServer.start(office, sop: sop, binary: binary, api: api)
        defer { server.stop() }
        print("  (officials' roles and lock state re-read from the directory for every call, reused \(cache) s)")
        let url = server.url
        let client = try RemoteOffice(url: url, caFile: nil, rehearsalTime: nil) { _ in }
        let kasi = try await client.login(uid: "kasi", password: password).token
        let kadis = try await client.login(uid: "kadis", password: password).token
        let kabid = try await client.login(uid: "kabid", password: password).token
        let sekretaris = try await client.login(uid: "sekretaris", password: password).token

        var replica: ReplicaLag?
        if let replicaToken {
            replica = try await ReplicaLag.start(url: server.url, token: replicaToken, folder: directory.folder.appendingPathComponent("replica"),
                                                 key: try AuditKey(contentsOf: office.keyFile))
        }
        let people = try BenchOffice.people(approvals, offset: count + 10)
        var ids: [String] = []
        var filing: [Double] = []
        for (index, (person, role)) in people.enumerated() {
            let csv = "No;Nama;NIP;NIK;Peran;Unit Kerja;Jabatan\n1;\(person.name.name);\(person.nip?.digits ?? "");;\(role);Bidang PIAK;Operator\n"
            let command = FileRequestCommand(candidateList: CSVUpload(fileName: "usulan-\(index).csv", bytes: Array(csv.utf8)), note: "bench")
            let start = ContinuousClock.now
            ids.append(try await client.perform(command, token: kasi).request)
            filing.append((ContinuousClock.now - start).seconds)
        }
        print(String(format: "  first call after start (the server checks the checkpoint and the records after it): %.0f ms", filing[0] * 1000))
        // Step 2 of Sukamara's SOP is a paraf chain: the Kabid and the Sekretaris initial, then the Kadis decides.
        // Every one of these calls is an approval through the API; each is timed.
        var latencies: [Double] = []
        for id in ids {
            for (token, note) in [(kabid, "paraf Kabid"), (sekretaris, "paraf Sekretaris"), (kadis, "disetujui")] {
                let start = ContinuousClock.now
                let progress = try await client.perform(ApproveCommand(id: id, note: note), token: token)
                latencies.append((ContinuousClock.now - start).seconds)
                if token == kadis, progress.next?.id != "sk-kadis" { throw BenchError("\(id) did not move on: \(progress)") }
            }
        }
        await client.close()
        if let replica {
            let lags = try await replica.finish(head: try office.store.head().seq)
            let sorted = lags.sorted()
            func lag(_ p: Double) -> Double { sorted[min(sorted.count - 1, Int((Double(sorted.count) * p).rounded(.up)) - 1)] * 1000 }
            print(String(format: "  replica lag under this load (%d records, each from its recording on the server to its keeping on the replica, verified): p50 %.0f ms  p90 %.0f ms  p99 %.0f ms  max %.0f ms",
                         sorted.count, lag(0.5), lag(0.9), lag(0.99), lag(1)))
            print("  goal (issue 19): p99 ≤ 2 s — \(lag(0.99) <= 2000 ? "met" : "NOT met")")
        }
        let sorted = latencies.sorted()
        func percentile(_ p: Double) -> Double { sorted[min(sorted.count - 1, Int((Double(sorted.count) * p).rounded(.up)) - 1)] * 1000 }
        print(String(format: "  approvals (%d: paraf of the Kabid and the Sekretaris and the Kadis's decision per request, sequential, HTTP + bearer): p50 %.1f ms  p90 %.1f ms  p99 %.1f ms  max %.1f ms  mean %.1f ms",
                     sorted.count, percentile(0.5), percentile(0.9), percentile(0.99), (sorted.last ?? 0) * 1000,
                     sorted.reduce(0, +) / Double(sorted.count) * 1000))
        print("  goal (issue 18, with the fresh-authority checks): p50 ≤ 10 ms — \(percentile(0.5) <= 10 ? "met" : "NOT met"); p99 ≤ 50 ms — \(percentile(0.99) <= 50 ? "met" : "NOT met")")
    }

}
