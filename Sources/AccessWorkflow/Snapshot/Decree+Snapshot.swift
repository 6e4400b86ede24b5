import Foundation

extension Decree {
    /// An SK from validated parts, as a snapshot holds them (or as a draft becomes when signed).
    init(snapshotNumber number: DecreeNumber, title: String, signedOn: CivilDate?, effectiveFrom: CivilDate,
         effectiveUntil: CivilDate?, signer: Signer?, grants: [Grant], supersedes: [DecreeNumber], requestID: RequestID?) {
        self.number = number
        self.title = title
        self.signedOn = signedOn
        self.effectiveFrom = effectiveFrom
        self.effectiveUntil = effectiveUntil
        self.signer = signer
        self.grants = grants
        self.supersedes = supersedes
        self.requestID = requestID
    }
}

/// Everything of a ``DecreeRecord`` but its grants, in a snapshot's JSON part.
struct DecreeRecordHead: Codable {
    let number: DecreeNumber
    let title: String
    let signedOn: CivilDate?
    let effectiveFrom: CivilDate
    let effectiveUntil: CivilDate?
    let signer: Decree.Signer?
    let supersedes: [DecreeNumber]
    let requestID: RequestID?
    let source: DecreeSource
    let recordedBy: WorkflowActor
    let recordedAt: Date
    let supersededBy: [DecreeSuccessor]
    let confirmation: DecreeConfirmation?

    init(_ record: DecreeRecord) {
        let decree = record.decree
        number = decree.number
        title = decree.title
        signedOn = decree.signedOn
        effectiveFrom = decree.effectiveFrom
        effectiveUntil = decree.effectiveUntil
        signer = decree.signer
        supersedes = decree.supersedes
        requestID = decree.requestID
        source = record.source
        recordedBy = record.recordedBy
        recordedAt = record.recordedAt
        supersededBy = record.supersededBy
        confirmation = record.confirmation
    }

    func record(grants: [Grant]) -> DecreeRecord {
        let decree = Decree(
            snapshotNumber: number, title: title, signedOn: signedOn, effectiveFrom: effectiveFrom,
            effectiveUntil: effectiveUntil, signer: signer, grants: grants, supersedes: supersedes, requestID: requestID)
        return DecreeRecord(decree: decree, source: source, recordedBy: recordedBy, recordedAt: recordedAt,
                            supersededBy: supersededBy, confirmation: confirmation)
    }
}
