public import AccessWorkflow
import Foundation
import GRDB

extension AccessStore {
    /// The requests, oldest filing first, optionally only those with one status.
    public func requests(status: RequestStatusKind? = nil) throws(StoreError) -> [RequestSummary] {
        try read { db in
            let rows = if let status {
                try Row.fetchAll(db, sql: "SELECT * FROM requests WHERE status = ? ORDER BY filed_at, id",
                                 arguments: [status.rawValue])
            } else {
                try Row.fetchAll(db, sql: "SELECT * FROM requests ORDER BY filed_at, id")
            }
            return try rows.map(ProjectionDecoding.request)
        }
    }

    /// A request with its full history, from the replayed log.
    public func request(_ id: RequestID, sop: SOPDefinition, catalogue: RoleCatalogue = .standard)
        throws(StoreError) -> AccessRequest
    {
        let state = try state(sop: sop, catalogue: catalogue)
        do {
            return try state.request(id)
        } catch {
            throw .workflow(error)
        }
    }

    /// The SKs, by effective date then number, each with the SKs that supersede it.
    public func decrees() throws(StoreError) -> [DecreeSummary] {
        let summaries = try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM decrees ORDER BY effective_from, number")
                .map(ProjectionDecoding.decree)
        }
        let successors = DecreeSuccessor.index(summaries.lazy.map { ($0.number, $0.effectiveFrom, $0.supersedes) })
        return summaries.map { summary in
            var listed = summary
            listed.supersededBy = successors[summary.number] ?? []
            return listed
        }
    }

    /// An SK with its grants and who recorded it, from the replayed log.
    public func decree(_ number: DecreeNumber, sop: SOPDefinition, catalogue: RoleCatalogue = .standard)
        throws(StoreError) -> DecreeRecord
    {
        guard let record = try state(sop: sop, catalogue: catalogue).decrees[number] else {
            throw .unknownDecree(number)
        }
        return record
    }

    /// The stored roster, by person key (as of the date in each row; see ``refreshRoster(sop:catalogue:on:)``).
    public func rosterRows() throws(StoreError) -> [RosterRow] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM roster ORDER BY person_key").map(ProjectionDecoding.roster)
        }
    }

    /// The identity contradictions that kept people off the stored roster, one sentence each.
    public func rosterConflicts() throws(StoreError) -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT description FROM roster_conflicts ORDER BY position") }
    }
}
