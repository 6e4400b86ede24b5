import AccessWorkflow
import Foundation

/// Four eyes on SKs: who confirms one that awaits it, what its supersession revokes, and when an issued SK must
/// await it too.
enum FourEyes {
    /// The document id under which the scan of a signed SK is sent (`POST /api/v1/evidence`), in every office.
    static let scanDocument = Decree.signedScanDocument

    /// "Kepala Dinas (kadis)": the roles that confirm.
    static func confirmers(_ sop: SOPDefinition) -> String {
        sop.permissions.confirmDecree.map { "\(sop.roleTitle($0)) (\($0))" }.joined(separator: ", ")
    }

    /// The standing of an SK awaiting confirmation.
    static func awaiting(_ sop: SOPDefinition) -> Phrase {
        let who = confirmers(sop)
        return Phrase(id: "menunggu konfirmasi \(who) dengan pindaian SK yang ditandatangani", en: "awaiting confirmation by \(who) with the signed scan")
    }

    /// The standing of an SK drafted for a request that awaits the Kadis's signature at the SOP's sign step.
    static func awaitingSignature(_ sop: SOPDefinition) -> Phrase {
        guard let step = sop.signStep else { return Phrase(id: "menunggu tanda tangan", en: "awaiting signature") }
        let who = sop.executorTitles(step)
        return Phrase(id: "konsep, menunggu tanda tangan \(who) di tahap \(step.id)", en: "draft, awaiting the signature of \(who) at step \(step.id)")
    }

    /// How many people lose access, or a role, by `decree` (``WorkflowState/loss(ifInForce:recordedBy:at:)``).
    static func revokedBySupersession(_ decree: Decree, in state: WorkflowState, by actor: WorkflowActor, at now: Date) -> Int {
        state.loss(ifInForce: decree, recordedBy: actor, at: now)
    }

    /// True if an SK whose supersession revokes `revokes` people of a roster of `rosterSize` must await confirmation:
    /// more than a reconciliation may change without `--force` (the configured share of the roster, and more than
    /// the changes always allowed).
    static func needsConfirmation(revokes: Int, rosterSize: Int, options: (percent: Double, always: Int)) -> Bool {
        revokes > options.always && Double(revokes) > Double(rosterSize) * options.percent / 100
    }
}
