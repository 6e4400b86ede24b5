import AccessStore
import AccessWorkflow
import Foundation

/// Times the store's per-row primitives (audit append, username assignment,
/// outbox completion) over N rows in one transaction each. A diagnostic for
/// the provisioning benchmark's phases.
struct StoreProbe {
    let options: BenchOptions

    func run() async throws {
        let count = options.int("rows", default: 10_000)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hakakses-probe-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try AccessStore(path: folder.appendingPathComponent("probe.sqlite").path, key: .ephemeral())
        let people = try BenchOffice.people(count).map(\.0)
        let (_, append) = try await measure {
            try store.transaction { tx in
                for person in people { try tx.append(kind: "probe.record", actor: "probe", subject: person.key.description, payload: ["x": "y"]) }
            }
        }
        print(String(format: "append            %6.2f s  (%.0f µs per record)", append.seconds, append.seconds * 1e6 / Double(count)))
        let (_, usernames) = try await measure {
            try store.transaction { tx in
                for (i, person) in people.enumerated() {
                    _ = try tx.assignUsername(for: person.key, actor: "probe") { _ in "user\(i)" }
                }
            }
        }
        print(String(format: "assignUsername    %6.2f s  (%.0f µs per person)", usernames.seconds, usernames.seconds * 1e6 / Double(count)))
        _ = try store.enqueue(people.map { SyncIntent(person: $0.key, notBefore: Date(timeIntervalSince1970: 0), reason: "probe") }, actor: "probe", note: "probe")
        let due = try store.dueOutbox(now: Date(), limit: count)
        let (_, complete) = try await measure {
            try store.transaction { tx in
                for row in due { try tx.completeOutbox(id: row.id, actor: "probe", detail: ["changes": ["x"]]) }
            }
        }
        print(String(format: "completeOutbox    %6.2f s  (%.0f µs per row)", complete.seconds, complete.seconds * 1e6 / Double(max(due.count, 1))))
    }
}
