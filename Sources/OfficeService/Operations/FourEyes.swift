import AccessWorkflow
import Foundation

/// Four eyes on SKs: who confirms one that awaits it, what its supersession revokes, and when an issued SK must
/// await it too.
enum FourEyes {
    /// The document id under which the scan of a signed SK is sent (`POST /api/v1/evidence`), in every office.
    static let scanDocument = DocumentID(rawValue: "sk-bertanda-tangan")

    /// "Kepala Dinas (kadis)": the roles that confirm.
    static func confirmers(_ sop: SOPDefinition) -> String {
        sop.permissions.confirmDecree.map { "\(sop.roleTitle($0)) (\($0))" }.joined(separator: ", ")
    }

    /// The standing of an SK awaiting confirmation.
    static func awaiting(_ sop: SOPDefinition) -> Phrase {
        let who = confirmers(sop)
        return Phrase(id: "menunggu konfirmasi \(who) dengan pindaian SK yang ditandatangani", en: "awaiting confirmation by \(who) with the signed scan")
    }

    /// How many people on the SKs `decree` supersedes, in the roster of `day`, are not on `decree`: who loses access
    /// by it.
    static func revokedBySupersession(_ decree: Decree, in state: WorkflowState, on day: CivilDate) -> Int {
        guard !decree.supersedes.isEmpty else { return 0 }
        let kept = Set(decree.grants.map(\.person.key))
        var lost: Set<PersonKey> = []
        for number in decree.supersedes {
            for grant in state.decrees[number]?.decree.grants ?? [] where !kept.contains(grant.person.key) {
                lost.insert(grant.person.key)
            }
        }
        let holders = Set(Roster(state: state, on: day).entries.map(\.key))
        return lost.intersection(holders).count
    }

    /// True if an SK whose supersession revokes `revokes` people of a roster of `rosterSize` must await confirmation:
    /// more than a reconciliation may change without `--force` (the configured share of the roster, and more than
    /// the changes always allowed).
    static func needsConfirmation(revokes: Int, rosterSize: Int, options: (percent: Double, always: Int)) -> Bool {
        revokes > options.always && Double(revokes) > Double(rosterSize) * options.percent / 100
    }
}
