import AccessStore
import AccessWorkflow
import Foundation

/// Everything a document is printed from, gathered from the checked workflow state and the audit log: the request
/// or SK, the people (optionally one of them), their usernames, the handovers recorded, and the number to print.
struct DocumentFacts: Sendable {
    /// One recorded handover (`handover.delivered`): never a password, which is neither stored nor printed.
    struct Delivery: Sendable {
        let person: PersonKey
        let username: String
        let receivedBy: String
        let deliveredBy: String
        let at: Date
        let request: String?
    }

    let kind: OfficeDocumentKind
    let state: WorkflowState
    let request: AccessRequest?
    let decree: DecreeRecord?
    /// The access review a `laporan-review` reports.
    let review: Review?
    /// The people a per-person document or a BAST is limited to; nil for all of the subject's.
    let people: [PersonKey]?
    let usernames: [PersonKey: String]
    let deliveries: [Delivery]
    let number: String
    let now: Date
    let maker: WorkflowActor
    /// False when the official printing may not read NIKs beyond a request (``ArchiveAccess/seesAll(_:_:)``): a
    /// review's report then shows a holder's NIK by its last four digits.
    var identitiesVisible = true

    /// The SOP the document's request was decided under (the version in force when it was filed), else the SOP in
    /// force now.
    var sop: SOPDefinition { sopVersion.sop }

    /// The SOP version of the document's request, else the one in force.
    var sopVersion: SOPVersion {
        let number = request?.sopVersion ?? state.sopVersions.count - 1
        return state.sopVersions[min(number, state.sopVersions.count - 1)]
    }

    /// The audit record's subject: the SK number for an SK, else the request, else the person.
    var subject: String {
        if let review { return review.id.rawValue }
        if kind.isOfficeWide { return "SLA-\(CivilDate(now, offset: state.sop.office.utcOffset))" }
        if kind == .skKadis, let decree { return decree.decree.number.description }
        if let request { return request.id.rawValue }
        if let decree { return decree.decree.number.description }
        return people?.first?.description ?? ""
    }

    /// The candidates or grantees the document is about, as (person, roles, work unit, position).
    var subjects: [(person: Person, roles: [SIAKRoleID], workUnit: String, position: String?)] {
        var all: [(person: Person, roles: [SIAKRoleID], workUnit: String, position: String?)]
        if let request {
            all = request.candidates.map { ($0.person, [$0.role], $0.workUnit, $0.position) }
        } else if let decree {
            all = decree.decree.grants.map { ($0.person, $0.roles, $0.workUnit, $0.position) }
        } else {
            all = []
        }
        guard let people else { return all }
        return all.filter { people.contains($0.person.key) }
    }
}

extension DocumentFacts.Delivery {
    /// The payload of `handover.delivered` (see DirectorySync's Handover).
    private struct Payload: Decodable {
        let username: String
        let receivedBy: String
        let request: String?
    }

    /// The handovers recorded in the audit log, oldest first.
    static func all(_ store: AccessStore) throws(StoreError) -> [DocumentFacts.Delivery] {
        var deliveries: [DocumentFacts.Delivery] = []
        for record in try store.authenticatedRecords(kind: "handover.delivered") {
            // An authenticated handover whose subject is not a person key is a damaged record, never one to leave
            // out of the BAST without a word.
            let person: PersonKey
            do { person = try PersonKey(record.subject) } catch {
                throw .undecodableRecord(seq: record.seq, reason: "handover.delivered names '\(record.subject)', not a person (nip:… or nik:…): \(error)")
            }
            let payload = try record.decodePayload(Payload.self)
            deliveries.append(.init(
                person: person, username: payload.username, receivedBy: payload.receivedBy, deliveredBy: record.actor,
                at: record.recordedAt, request: payload.request))
        }
        return deliveries
    }
}
