import AccessStore
import AccessWorkflow
import Foundation
import Testing
import WorkflowFixtures

/// A copy opened for reading only is verified on two connections (the walk, and the later half's hashes and codes
/// beside it): the verdict must be the one a single walk gives, whichever half holds the broken records.
@Suite("Verification on two connections")
struct TwoPassVerificationTests {
    static let records = 5_000

    /// A log of `records` records, copied (rollback-journal mode) to `name`, then changed by `tamper`; the verdict
    /// of the copy opened for reading only and of the same bytes opened as a store.
    func verdicts(_ tamper: (RawDatabase) throws -> Void) throws -> (twoPass: AuditVerification, oneWalk: AuditVerification) {
        let folder = try TemporaryFolder()
        let store = try folder.store()
        try store.transaction { tx in
            for index in 0..<Self.records {
                try tx.append(kind: "test.note", actor: "tester", subject: "s\(index)", payload: ["n": String(index)])
            }
        }
        let copy = folder.path("copy.sqlite")
        try store.backup(to: copy)
        try tamper(try RawDatabase(path: copy))
        let same = folder.path("same.sqlite")
        try FileManager.default.copyItem(atPath: copy, toPath: same)
        let sop = try Fixtures.sukamara()
        let twoPass = try AccessStore(readingOnly: copy, key: try folder.key()).verify(sop: sop)
        let oneWalk = try AccessStore(path: same, key: try folder.key()).verify(sop: sop)
        return (twoPass, oneWalk)
    }

    static func edit(_ seq: Int) -> (RawDatabase) throws -> Void {
        { raw in
            try raw.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
            try raw.execute("UPDATE audit_log SET payload = replace(payload, '\"n\"', '\"m\"') WHERE seq = ?", [seq])
        }
    }

    @Test("an intact log: intact both ways, with the same head")
    func intact() throws {
        let (twoPass, oneWalk) = try verdicts { _ in }
        guard case .intact(let count, _) = twoPass else {
            Issue.record("expected intact, got \(twoPass)")
            return
        }
        #expect(count == Int64(Self.records))
        #expect(twoPass == oneWalk)
    }

    @Test("a record edited in the later half (checked beside the walk) is named, as one walk names it", arguments: [4_500, 2_501, 5_000])
    func laterHalf(seq: Int) throws {
        let (twoPass, oneWalk) = try verdicts(Self.edit(seq))
        guard case .broken(let problem) = twoPass, case .hashMismatch = problem.problem else {
            Issue.record("expected a hash mismatch, got \(twoPass)")
            return
        }
        #expect(problem.seq == Int64(seq))
        #expect(twoPass == oneWalk)
    }

    @Test("with records edited in both halves the first is named")
    func bothHalves() throws {
        let (twoPass, oneWalk) = try verdicts { raw in
            try Self.edit(4_000)(raw)
            try Self.edit(100)(raw)
        }
        guard case .broken(let problem) = twoPass else {
            Issue.record("expected a broken log, got \(twoPass)")
            return
        }
        #expect(problem.seq == 100)
        #expect(twoPass == oneWalk)
    }

    @Test("a later record re-hashed without the key: its code is found wrong; a wrong link at the same record outranks it")
    func codeAndLink() throws {
        let rehashed: (RawDatabase) throws -> Void = { raw in
            try raw.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
            let fields = try raw.strings("SELECT prev_hash || char(31) || recorded_at || char(31) || payload FROM audit_log WHERE seq = 4200")[0]
                .split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
            let payload = fields[2].replacingOccurrences(of: "\"n\"", with: "\"m\"")
            let hash = AuditRecord.computeHash(prevHash: fields[0], seq: 4200, recordedAt: fields[1], kind: "test.note",
                                               actor: "tester", subject: "s4199", payload: payload)
            try raw.execute("UPDATE audit_log SET payload = ?, hash = ? WHERE seq = 4200", [payload, hash])
        }
        let (twoPass, oneWalk) = try verdicts(rehashed)
        // Record 4201 now names a hash that 4200 no longer has: a single walk stops at 4200's code first.
        guard case .broken(let problem) = twoPass, case .macMismatch = problem.problem else {
            Issue.record("expected a code mismatch, got \(twoPass)")
            return
        }
        #expect(problem.seq == 4200)
        #expect(twoPass == oneWalk)
        let (linked, linkedOnce) = try verdicts { raw in
            try Self.edit(4300)(raw)
            try raw.execute("UPDATE audit_log SET prev_hash = ? WHERE seq = 4300", [String(repeating: "1", count: 64)])
        }
        guard case .broken(let broken) = linked, case .prevHashMismatch = broken.problem else {
            Issue.record("expected a wrong link, got \(linked)")
            return
        }
        #expect(broken.seq == 4300)
        #expect(linked == linkedOnce)
    }
}
