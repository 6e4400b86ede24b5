import AccessWorkflow
import Foundation
import GRDB

/// A walk along the audit log in seq order that trusts nothing: each record must follow the previous one without a
/// gap, name the previous record's hash, hash to its stored hash, carry the audit key's authentication code for that
/// hash, and — for workflow records — decode to an event the workflow accepts in the state folded so far.
///
/// Full verification walks from the start; a long-running process keeps the walk's end (seq, hash, state) and walks
/// on from there, so every record it acts on has been checked, including records someone appended to the file while
/// it ran.
struct AuditWalk {
    let key: AuditKey
    /// The seq and hash of the last record walked (0 and the genesis hash before the first).
    private(set) var seq: Int64
    private(set) var hash: String
    private(set) var state: WorkflowState
    /// Records without an authentication code are accepted while no record with one has been seen: the log of an
    /// older version, walked only to seal it.
    let acceptsUnsealedPrefix: Bool
    private(set) var unsealed: Int64 = 0
    private var sawCode = false
    private let decoder = JSONDecoder()

    init(key: AuditKey, state: WorkflowState, seq: Int64 = 0, hash: String = StoreSchema.genesisHash,
         acceptsUnsealedPrefix: Bool = false) {
        self.key = key
        self.state = state
        self.seq = seq
        self.hash = hash
        self.acceptsUnsealedPrefix = acceptsUnsealedPrefix
        sawCode = seq > 0
    }

    /// Walks every record after `seq` as `db` sees it; stops at the first broken one. `observe` sees each workflow
    /// event with its seq after it is applied.
    mutating func walk(_ db: Database, observe: (Int64, WorkflowEvent) -> Void = { _, _ in }) throws -> AuditBreak? {
        let rows = try Row.fetchCursor(
            db.cachedStatement(sql: "SELECT \(AuditLog.columns) FROM audit_log WHERE seq > ? ORDER BY seq"),
            arguments: [seq])
        while let row = try rows.next() {
            let record = try RawAuditRow(row)
            if let problem = check(record, observe: observe) {
                if case .missing = problem { return AuditBreak(seq: seq + 1, problem: problem) }
                return AuditBreak(seq: record.seq, problem: problem)
            }
        }
        return nil
    }

    private mutating func check(_ row: RawAuditRow, observe: (Int64, WorkflowEvent) -> Void) -> AuditProblem? {
        guard row.seq == seq + 1 else { return .missing(found: row.seq) }
        guard row.prevHash == hash else { return .prevHashMismatch(expected: hash, found: row.prevHash) }
        let computed = AuditRecord.computeHash(
            prevHash: row.prevHash, seq: row.seq, recordedAt: row.recordedAt, kind: row.kind, actor: row.actor,
            subject: row.subject, payload: row.payload)
        guard computed == row.hash else { return .hashMismatch(computed: computed, stored: row.hash) }
        if let mac = row.mac {
            guard key.isValid(mac: mac, recordHash: row.hash) else {
                return .macMismatch(firstRecord: row.seq == 1, keyFingerprint: key.fingerprint)
            }
            sawCode = true
        } else if acceptsUnsealedPrefix && !sawCode {
            unsealed += 1
        } else {
            return .unauthenticated(afterAuthenticated: sawCode)
        }
        if row.kind == AuditKind.workflow {
            let event: WorkflowEvent
            do {
                event = try WorkflowLog.decode(row.payload, seq: row.seq, decoder: decoder)
            } catch {
                if case let .undecodableRecord(_, reason) = error { return .undecodable(reason) }
                return .undecodable(error.description)
            }
            do {
                try state.apply(event)
            } catch {
                return .refused(error)
            }
            observe(row.seq, event)
        }
        seq = row.seq
        hash = row.hash
        return nil
    }
}

/// One audit row read by column position (``AuditLog/columns`` order), which is much cheaper than by name.
struct RawAuditRow {
    let seq: Int64, recordedAt: String, kind: String, actor: String, subject: String, payload: String
    let prevHash: String, hash: String, mac: String?

    init(_ row: Row) throws {
        seq = try row.decode(Int64.self, atIndex: 0)
        recordedAt = try row.decode(String.self, atIndex: 1)
        kind = try row.decode(String.self, atIndex: 2)
        actor = try row.decode(String.self, atIndex: 3)
        subject = try row.decode(String.self, atIndex: 4)
        payload = try row.decode(String.self, atIndex: 5)
        prevHash = try row.decode(String.self, atIndex: 6)
        hash = try row.decode(String.self, atIndex: 7)
        mac = try row.decode(String?.self, atIndex: 8)
    }
}

extension StoreError {
    /// The store error for a broken record met while folding the log: a refused or unreadable workflow event keeps
    /// its own case; anything else is ``StoreError/auditBroken(_:)``.
    init(walk problem: AuditBreak) {
        switch problem.problem {
        case .refused(let error): self = .replayRefused(seq: problem.seq, reason: error)
        case .undecodable(let reason): self = .undecodableRecord(seq: problem.seq, reason: reason)
        default: self = .auditBroken(problem)
        }
    }
}
