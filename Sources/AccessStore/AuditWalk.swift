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
    /// Compact re-encodings not carrying the key's code, whose records were decoded from their originals instead.
    private(set) var ignoredCompact = 0
    private var sawCode = false
    private let decoder = JSONDecoder()
    /// Records after this seq have their hash and code checked by another pass beside this walk
    /// (``checkCodes(_:key:after:)``); the walk checks their order, chain links and workflow events.
    var codesCheckedElsewhereAfter: Int64 = .max

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
        let rows = try Row.fetchCursor(db.cachedStatement(sql: Self.query), arguments: [seq])
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
        let elsewhere = row.seq > codesCheckedElsewhereAfter
        if !elsewhere, let problem = Self.codeProblem(row, key: key) { return problem }
        if row.mac != nil {
            sawCode = true
        } else if acceptsUnsealedPrefix && !sawCode {
            unsealed += 1
        } else {
            return .unauthenticated(afterAuthenticated: sawCode)
        }
        if row.kind == AuditKind.workflow {
            let event: WorkflowEvent
            do {
                event = try WorkflowLog.decode(eventPayload(row), seq: row.seq, decoder: decoder)
            } catch {
                if case let .undecodableRecord(_, reason) = error { return .undecodable(reason) }
                return .undecodable(error.description)
            }
            do {
                try state.apply(event)
            } catch {
                return .refused(error, authenticated: row.mac != nil)
            }
            observe(row.seq, event)
        }
        seq = row.seq
        hash = row.hash
        return nil
    }
}

extension AuditWalk {
    /// What is wrong with a record on its own: its fields do not hash to its stored hash, or its code (when it has
    /// one) is not the audit key's for that hash.
    static func codeProblem(_ row: RawAuditRow, key: AuditKey) -> AuditProblem? {
        let computed = AuditRecord.computeHash(
            prevHash: row.prevHash, seq: row.seq, recordedAt: row.recordedAt, kind: row.kind, actor: row.actor,
            subject: row.subject, payload: row.payload)
        guard computed == row.hash else { return .hashMismatch(computed: computed, stored: row.hash) }
        if let mac = row.mac, !key.isValid(mac: mac, recordHash: row.hash) {
            return .macMismatch(firstRecord: row.seq == 1, keyFingerprint: key.fingerprint)
        }
        return nil
    }

    /// The first record after `seq` whose hash or code is wrong on its own (``codeProblem(_:key:)``): the half of a
    /// verification that needs no order, run beside a walk that skips it (``codesCheckedElsewhereAfter``).
    static func checkCodes(_ db: Database, key: AuditKey, after seq: Int64) throws -> AuditBreak? {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT seq, recorded_at, kind, actor, subject, payload, prev_hash, hash, mac FROM audit_log
            WHERE seq > ? ORDER BY seq
            """, arguments: [seq])
        while let row = try rows.next() {
            let record = try RawAuditRow(row)
            if let problem = codeProblem(record, key: key) { return AuditBreak(seq: record.seq, problem: problem) }
        }
        return nil
    }

    /// The records after a seq, each with its compact re-encoding if one was made (see ``CompactPayloads``).
    static let query = """
        SELECT a.seq, a.recorded_at, a.kind, a.actor, a.subject, a.payload, a.prev_hash, a.hash, a.mac,
               c.payload, c.mac
        FROM audit_log a LEFT JOIN audit_compact c ON c.seq = a.seq
        WHERE a.seq > ? ORDER BY a.seq
        """

    /// The payload to decode the event from: the compact re-encoding when it carries the audit key's code for this
    /// record (whose own hash and code were checked on the original), else the original.
    private mutating func eventPayload(_ row: RawAuditRow) -> String {
        guard let compact = row.compact, let mac = row.compactMAC else { return row.payload }
        guard CompactPayloads.isValid(key: key, recordHash: row.hash, payload: compact, mac: mac) else {
            ignoredCompact += 1
            return row.payload
        }
        return compact
    }
}

/// One audit row read by column position (``AuditLog/columns`` order), which is much cheaper than by name.
struct RawAuditRow {
    let seq: Int64, recordedAt: String, kind: String, actor: String, subject: String, payload: String
    let prevHash: String, hash: String, mac: String?
    /// The compact re-encoding of the payload and its code, when the row was read with ``AuditWalk/query``.
    let compact: String?, compactMAC: String?

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
        compact = row.count > 10 ? try row.decode(String?.self, atIndex: 9) : nil
        compactMAC = row.count > 10 ? try row.decode(String?.self, atIndex: 10) : nil
    }
}

extension StoreError {
    /// The store error for a broken record met while folding the log: a refused or unreadable workflow event keeps
    /// its own case; anything else is ``StoreError/auditBroken(_:)``.
    init(walk problem: AuditBreak) {
        switch problem.problem {
        case let .refused(error, authenticated): self = .replayRefused(seq: problem.seq, reason: error, authenticated: authenticated)
        case .undecodable(let reason): self = .undecodableRecord(seq: problem.seq, reason: reason)
        default: self = .auditBroken(problem)
        }
    }
}
