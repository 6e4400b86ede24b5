import AccessWorkflow
import Foundation
import GRDB

/// Writes the read models (requests, candidates, SKs, grants, roster) from the workflow state. They serve listings
/// and SQL users; decisions are always taken on the replayed log.
enum Projections {
    /// Refreshes what `events` touched: their requests and SKs, and the roster (as of `now` in office time) if an
    /// event can change who holds access.
    static func refresh(_ db: Database, events: [(Int64, WorkflowEvent)], state: WorkflowState, at now: Date) throws {
        var rosterChanged = false
        for (seq, event) in events {
            if let id = event.requestID, let request = state.requests[id] {
                try writeRequest(db, request, state: state, lastSeq: seq)
            }
            switch event {
            case .decreeIssued(let e):
                try insertDecree(db, number: e.decree.number, state: state, seq: seq)
                rosterChanged = true
            case .decreeImported(let e):
                try insertDecree(db, number: e.decree.number, state: state, seq: seq)
                rosterChanged = true
            case .decreeConfirmed(let e):
                try insertDecree(db, number: e.decree, state: state, seq: seq)
                rosterChanged = true
            case .decreeSigned(let e):
                try insertDecree(db, number: e.decree, state: state, seq: seq)
                rosterChanged = true
            case .accessRevoked, .requestCancelled, .requestRejected, .requestReturned, .reviewSigned:
                rosterChanged = true
            case .stepApproved(let e):
                rosterChanged = rosterChanged || state.sop(of: e.request).step(e.step)?.kind == .provision
            case .requestFiled, .requestResubmitted, .handoverRecorded, .stepInitialled, .decreeWithdrawn, .sopAdopted,
                 .reviewStarted, .reviewDecided, .actingAssigned:
                break
            }
        }
        if rosterChanged {
            try refreshRoster(db, state: state, on: CivilDate(now, offset: state.sop.office.utcOffset))
        }
    }

    /// Clears every projection and writes it again from `events` (with their seqs) and `state`.
    static func rebuild(_ db: Database, events: [(Int64, WorkflowEvent)], state: WorkflowState,
                        rosterOn date: CivilDate) throws {
        for table in ["request_candidates", "requests", "decree_grants", "decrees"] {
            try db.execute(sql: "DELETE FROM \(table)")
        }
        var lastSeq: [RequestID: Int64] = [:]
        var decreeSeq: [DecreeNumber: Int64] = [:]
        for (seq, event) in events {
            if let id = event.requestID { lastSeq[id] = seq }
            if case .decreeIssued(let e) = event { decreeSeq[e.decree.number] = seq }
            if case .decreeImported(let e) = event { decreeSeq[e.decree.number] = seq }
            if case .decreeConfirmed(let e) = event { decreeSeq[e.decree] = seq }
            if case .decreeSigned(let e) = event { decreeSeq[e.decree] = seq }
        }
        for (id, seq) in lastSeq.sorted(by: { $0.key < $1.key }) {
            if let request = state.requests[id] { try writeRequest(db, request, state: state, lastSeq: seq) }
        }
        for (number, seq) in decreeSeq.sorted(by: { $0.key < $1.key }) {
            try insertDecree(db, number: number, state: state, seq: seq)
        }
        try refreshRoster(db, state: state, on: date)
    }

    private static func writeRequest(_ db: Database, _ request: AccessRequest, state: WorkflowState,
                                     lastSeq: Int64) throws {
        let status = RequestStatusKind(request.status)
        try db.execute(
            sql: """
                INSERT INTO requests (id, kind, status, status_reason, current_step, filed_at, filed_by,
                    applicant_key, applicant_name, candidate_count, decree_number, last_activity, last_seq)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET status = excluded.status, status_reason = excluded.status_reason,
                    current_step = excluded.current_step, applicant_key = excluded.applicant_key,
                    applicant_name = excluded.applicant_name, candidate_count = excluded.candidate_count,
                    decree_number = excluded.decree_number, last_activity = excluded.last_activity,
                    last_seq = excluded.last_seq
                """,
            arguments: [
                request.id.rawValue, request.kind.rawValue, status.rawValue, status.reason(of: request.status),
                state.currentStep(of: request.id)?.id.rawValue, StoreTime.iso(request.filedAt), request.filedBy,
                request.applicant.key.description, request.applicant.name.displayName, request.candidates.count,
                request.decreeNumber?.rawValue, StoreTime.iso(request.lastActivity), lastSeq,
            ])
        try db.execute(sql: "DELETE FROM request_candidates WHERE request_id = ?", arguments: [request.id.rawValue])
        let insert = try db.cachedStatement(sql: """
            INSERT INTO request_candidates (request_id, position, person_key, name, nip, nik, uid, role, work_unit,
                job_title) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (position, candidate) in request.candidates.enumerated() {
            let person = candidate.person
            try insert.execute(arguments: [
                request.id.rawValue, position + 1, person.key.description, person.name.displayName,
                person.nip?.digits, person.nik?.digits, person.uid, candidate.role.rawValue, candidate.workUnit,
                candidate.position,
            ])
        }
    }

    /// Writes an SK in the record (one awaiting confirmation is written when it is confirmed, a draft awaiting the
    /// Kadis's signature when it is signed: only SKs in the record carry a signer).
    private static func insertDecree(_ db: Database, number: DecreeNumber, state: WorkflowState, seq: Int64) throws {
        guard let record = state.decrees[number], let signer = record.decree.signer, let signedOn = record.decree.signedOn
        else { return }
        let decree = record.decree
        let (source, requestID): (String, String?) = switch record.source {
        case .issued(let request): ("issued", request.rawValue)
        case .imported: ("imported", nil)
        }
        try db.execute(
            sql: """
                INSERT INTO decrees (number, title, signed_on, effective_from, effective_until, signer_name,
                    signer_nip, source, request_id, supersedes, grant_count, recorded_by, recorded_at, seq)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                number.rawValue, decree.title, signedOn.description, decree.effectiveFrom.description,
                decree.effectiveUntil?.description, signer.name.displayName, signer.nip.digits, source,
                requestID, try StoreJSON.encode(decree.supersedes), decree.grants.count, record.recordedBy.uid,
                StoreTime.iso(record.recordedAt), seq,
            ])
        let insert = try db.cachedStatement(sql: """
            INSERT INTO decree_grants (decree_number, position, person_key, name, nip, nik, roles, work_unit,
                job_title) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (position, grant) in decree.grants.enumerated() {
            let person = grant.person
            try insert.execute(arguments: [
                number.rawValue, position + 1, person.key.description, person.name.displayName, person.nip?.digits,
                person.nik?.digits, try StoreJSON.encode(grant.roles), grant.workUnit, grant.position,
            ])
        }
    }

    /// Replaces the roster table (and its conflicts) with the roster of `state` on `date`.
    static func refreshRoster(_ db: Database, state: WorkflowState, on date: CivilDate) throws {
        let roster = Roster(state: state, on: date)
        try db.execute(sql: "DELETE FROM roster")
        try db.execute(sql: "DELETE FROM roster_conflicts")
        let insert = try db.cachedStatement(sql: """
            INSERT INTO roster (person_key, name, nip, nik, uid, roles, work_units, basis, end_date, as_of)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for entry in roster.entries {
            let person = entry.person
            try insert.execute(arguments: [
                entry.key.description, person.name.displayName, person.nip?.digits, person.nik?.digits, person.uid,
                try StoreJSON.encode(entry.roles.sorted()), try StoreJSON.encode(entry.workUnits),
                try StoreJSON.encode(entry.basis.map(\.description)), entry.endDate?.description, date.description,
            ])
        }
        for (position, conflict) in roster.conflicts.enumerated() {
            try db.execute(sql: "INSERT INTO roster_conflicts (position, description, as_of) VALUES (?, ?, ?)",
                           arguments: [position + 1, conflict.description, date.description])
        }
        try db.execute(sql: """
            INSERT INTO projection_dates (projection, as_of) VALUES ('roster', ?)
            ON CONFLICT (projection) DO UPDATE SET as_of = excluded.as_of
            """, arguments: [date.description])
    }

    /// The office date the roster table was last computed for; nil before the first computation.
    static func rosterDate(_ db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT as_of FROM projection_dates WHERE projection = 'roster'")
    }
}
