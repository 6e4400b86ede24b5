import AccessStore
import AccessWorkflow
import Foundation

/// Sukamara's step 4 ("Pembuatan dan Pemberian Hak Akses") as a fact, not a declaration (issue 20): where SKs make the
/// roster, the bridge creates the accounts when the SK takes effect, and the ADB's approval of the provision step is
/// accepted only once it has created every account of the request's SK.
enum ProvisionCheck {
    /// A person of the SK whose account the bridge has not created yet, and why.
    struct Pending: Sendable, Hashable {
        let name: String
        let reason: Phrase
    }

    /// The people of the request's SK whose accounts are not created yet; empty where nothing is checked (an office
    /// whose roster comes from requests, where approving the provision step is what lets the bridge write).
    static func pending(_ id: RequestID, in state: WorkflowState, office: Office, now: Date) async throws(OfficeError) -> [Pending] {
        guard state.sop.rosterSource == .decrees, let request = state.requests[id], let number = request.decreeNumber,
              let decree = state.decreeRecord(number)?.decree
        else { return [] }
        if !decree.isSigned {
            return decree.grants.map { Pending(name: $0.person.name.displayName, reason: Phrase(id: "SK belum ditandatangani", en: "the SK is not signed yet")) }
        }
        let keys = decree.grants.map(\.person.key)
        let found: [(PersonKey, String?, [OutboxItem])] = try await office.storeCall { store throws(StoreError) in
            try keys.map { key throws(StoreError) in (key, try store.username(for: key), try store.outbox(person: key)) }
        }
        let today = CivilDate(now, offset: state.sop.office.utcOffset)
        var pending: [Pending] = []
        for (grant, (_, username, outbox)) in zip(decree.grants, found) {
            let name = grant.person.name.displayName
            let open = outbox.filter { $0.state != .done && $0.notBefore <= now }
            if let failed = open.last(where: { $0.state == .refused || $0.lastError != nil }) {
                let error = failed.lastError ?? ""
                pending.append(Pending(name: name, reason: Phrase(id: "gagal dibuat: \(error); periksa `hakakses sync`", en: "creating it failed: \(error); see `hakakses sync`")))
            } else if username == nil || !open.isEmpty {
                let reason = decree.effectiveFrom > today
                    ? Phrase(id: "SK baru berlaku mulai \(decree.effectiveFrom)", en: "the SK is in force only from \(decree.effectiveFrom)")
                    : Phrase(id: "menunggu sinkronisasi direktori (`hakakses sync`)", en: "awaiting the directory sync (`hakakses sync`)")
                pending.append(Pending(name: name, reason: reason))
            }
        }
        return pending
    }

    /// Refuses the provision step's approval while any account of the SK is not created, naming each person.
    static func requireCreated(_ id: RequestID, in state: WorkflowState, office: Office, now: Date) async throws(OfficeError) {
        guard let step = state.currentStep(of: id), step.kind == .provision,
              state.awaited(id)?.completesStep ?? true
        else { return }
        let pending = try await pending(id, in: state, office: office, now: now)
        guard !pending.isEmpty else { return }
        let indonesian = pending.map { "\($0.name) (\($0.reason.indonesian))" }.joined(separator: "; ")
        let en = pending.map { "\($0.name) (\($0.reason.english))" }.joined(separator: "; ")
        throw .refused(.said(Phrase(
            id: "tahap \(step.id) selesai setelah akun setiap orang dalam SK dibuat di direktori; belum dibuat: \(indonesian)",
            en: "step \(step.id) is done once every account of the SK exists in the directory; not created yet: \(en)")))
    }
}
