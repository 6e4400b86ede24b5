import AccessStore
import ArgumentParser
import Foundation

/// `hakakses audit log|verify`: the hash-chained record of everything.
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "The audit trail: read it, verify it.", subcommands: [Log.self, Verify.self])

    struct Log: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "log", abstract: "Show audit records.")
        @OptionGroup var config: ConfigOptions
        @OptionGroup var output: OutputOptions
        @Option(name: .long, help: "First record (seq).") var from: Int64 = 1
        @Option(name: .long, help: "At most this many records.") var limit = 200
        @Option(name: .long, help: "Only records about this request, SK number or person (nip:…/nik:…).") var subject: String?

        struct Row: Encodable { let seq: Int64; let at: Date; let kind: String; let actor: String; let subject: String; let payload: String; let hash: String }

        func run() async throws {
            try await reporting {
                let context = try Context.open(config)
                let records = try context.read { store throws(StoreError) in
                    if let subject { return try store.records(subject: subject) }
                    return try store.records(from: from, limit: limit)
                }
                let rows = records.map { Row(seq: $0.seq, at: $0.recordedAt, kind: $0.kind, actor: $0.actor, subject: $0.subject, payload: $0.payload, hash: $0.hash) }
                if output.json { try printJSON(rows); return }
                var table = Table("SEQ", "TIME", "KIND", "ACTOR", "SUBJECT", "WHAT")
                for r in rows {
                    table.add(String(r.seq), Format.time(r.at, context.sop), r.kind, r.actor, r.subject, Self.summary(r.payload))
                }
                table.print(empty: "no records")
            }
        }

        /// The event type or the first words of the payload.
        static func summary(_ payload: String) -> String {
            if let data = payload.data(using: .utf8), let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] {
                if let type = object["type"] as? String { return type + ((object["step"] as? String).map { " \($0)" } ?? "") }
                if let reason = object["reason"] as? String { return String(reason.prefix(70)) }
            }
            return String(payload.prefix(70))
        }
    }

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify",
            abstract: "Check the hash chain and replay every workflow event; name the first broken record.",
            discussion: "Keep the printed head hash somewhere else (a signed paper report, an e-mail); --expect-head then proves nothing was cut off the end.")
        @OptionGroup var config: ConfigOptions
        @OptionGroup var output: OutputOptions
        @Option(name: .long, help: "A head hash recorded earlier: verify also that the log still contains it.") var expectHead: String?

        struct Result: Encodable { let intact: Bool; let records: Int64?; let head: String?; let brokenAt: Int64?; let problem: String?; let expectedHeadFound: Bool? }

        func run() async throws {
            try await reporting {
                let context = try Context.open(config)
                let verification = try context.read { store throws(StoreError) in try store.verify(sop: context.sop, catalogue: context.catalogue) }
                var expectedFound: Bool?
                if let expectHead {
                    let all = try context.read { store throws(StoreError) in try store.records(from: 1, limit: Int.max) }
                    expectedFound = all.contains { $0.hash == expectHead.lowercased() }
                }
                let result: Result
                switch verification {
                case .intact(let count, let head):
                    result = Result(intact: expectedFound ?? true, records: count, head: head, brokenAt: nil, problem: expectedFound == false ? "the expected head \(expectHead ?? "") is not in the log: records were removed from its end" : nil, expectedHeadFound: expectedFound)
                case .broken(let broken):
                    result = Result(intact: false, records: nil, head: nil, brokenAt: broken.seq, problem: broken.problem.description, expectedHeadFound: expectedFound)
                }
                if output.json { try printJSON(result) } else if result.intact {
                    print("audit log intact: \(result.records ?? 0) records, head \(result.head ?? "")")
                } else if let seq = result.brokenAt {
                    printError("audit log BROKEN at record \(seq): \(result.problem ?? "")")
                } else {
                    printError("audit log BROKEN: \(result.problem ?? "")")
                }
                if !result.intact { throw ExitCode(1) }
            }
        }
    }
}
