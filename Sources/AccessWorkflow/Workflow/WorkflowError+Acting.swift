extension WorkflowError {
    /// Why an acting assignment (Plt./Plh.), or an act under one, was refused.
    public enum ActingProblem: Sendable, Hashable, CustomStringConvertible {
        case notPermitted(actor: String)
        case unknownRole(WorkflowRole, known: [WorkflowRole])
        case endsBeforeStart(from: CivilDate, until: CivilDate)
        case letterMissing
        case forOneself(actor: String)
        /// An event claims an acting role no assignment covers on its day.
        case notAssigned(actor: String, role: WorkflowRole)

        public var description: String {
            switch self {
            case .notPermitted(let actor): "\(actor) may not record an acting assignment: the Kadis does, or the Sekretaris in his absence (never an acting official)"
            case let .unknownRole(role, known): "role '\(role)' is not in the SOP; one of \(known.map(\.rawValue).listed)"
            case let .endsBeforeStart(from, until): "it would end on \(until), before it starts on \(from); check both dates"
            case .letterMissing: "give the number of the letter (surat perintah) that appoints the acting official, --letter"
            case .forOneself(let actor): "\(actor) may not appoint themselves"
            case let .notAssigned(actor, role): "\(actor) acted as \(role) with no acting assignment covering that day"
            }
        }

        public var indonesian: String {
            switch self {
            case .notPermitted(let actor): "\(actor) tidak berwenang mencatat penunjukan Plt./Plh.: Kepala Dinas yang mencatatnya, atau Sekretaris bila Kepala Dinas berhalangan (bukan pejabat Plt./Plh.)"
            case let .unknownRole(role, known): "peran '\(role)' tidak ada dalam SOP; salah satu dari \(Language.indonesian.list(known.map(\.rawValue)))"
            case let .endsBeforeStart(from, until): "penunjukan berakhir \(until), sebelum mulai \(from); periksa kedua tanggal"
            case .letterMissing: "isi nomor surat perintah penunjukan Plt./Plh., --letter"
            case .forOneself(let actor): "\(actor) tidak boleh menunjuk dirinya sendiri"
            case let .notAssigned(actor, role): "\(actor) bertindak sebagai \(role) tanpa penunjukan Plt./Plh. pada hari itu"
            }
        }
    }
}
