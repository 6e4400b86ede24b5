extension WorkflowState {
    /// The identity warnings of `persons` and `candidates` (for these also the no-NIP warning, where `nipWarning`)
    /// must each be confirmed with a note, and every confirmation must answer a warning raised here.
    ///
    /// `confirmations` is nil only in events recorded before confirmations existed. Those were checked with a
    /// disagreement between NIP and NIK as a hard error (and the newer soft checks did not exist), so replay keeps
    /// that rule for them.
    func requireConfirmed(_ persons: [Person], candidates: [Person], _ confirmations: [WarningID: String]?,
                          nipWarning: Bool?) throws(WorkflowError) {
        guard let confirmations else {
            for person in persons + candidates {
                guard let nip = person.nip, let nik = person.nik else { continue }
                do {
                    try IdentityCrossCheck.verify(nip: nip, nik: nik)
                } catch {
                    throw .invalidIdentity(error)
                }
            }
            return
        }
        // A person named twice (the applicant who is also the candidate) raises each warning once.
        var seen: Set<WarningID> = []
        let candidateChecks = nipWarning == true ? IdentityCrossCheck.candidateWarnings : IdentityCrossCheck.warnings
        let warnings = (persons.flatMap(\.warnings) + candidates.flatMap(candidateChecks))
            .filter { seen.insert($0.id).inserted }
        let raised = Set(warnings.map(\.id))
        for (id, note) in confirmations.sorted(by: { $0.key < $1.key }) {
            guard raised.contains(id) else { throw .unknownConfirmation(id, known: warnings.map(\.id)) }
            guard !note.trimmed.isEmpty else { throw .emptyConfirmationNote(id) }
        }
        let open = warnings.filter { confirmations[$0.id] == nil }
        guard open.isEmpty else { throw .unconfirmedWarnings(open) }
    }
}
