extension WorkflowError {
    /// Why an acting assignment (Plt./Plh.), or an act under one, was refused.
    public enum ActingProblem: Sendable, Hashable, CustomStringConvertible {
        case notPermitted(actor: String)
        case unknownRole(WorkflowRole, known: [WorkflowRole])
        case endsBeforeStart(from: CivilDate, until: CivilDate)
        case letterMissing
        /// Longer than a year: a Plt./Plh. is renewed by a new letter, so that a mistyped last day never gives a
        /// post for good.
        case tooLong(from: CivilDate, until: CivilDate)
        case forOneself(actor: String)
        /// An event claims an acting role no assignment covers on its day.
        case notAssigned(actor: String, role: WorkflowRole)

        public var description: String {
            switch self {
            case .notPermitted(let actor): "\(actor) may not record an acting assignment: the Kadis does, or the Sekretaris in his absence (never an acting official)"
            case let .unknownRole(role, known): "role '\(role)' is not in the SOP; one of \(known.map(\.rawValue).listed)"
            case let .endsBeforeStart(from, until): "it would end on \(until), before it starts on \(from); check both dates"
            case .letterMissing: "give the number of the letter (surat perintah) that appoints the acting official, --letter"
            case let .tooLong(from, until): "from \(from) to \(until) is longer than a year; appoint for at most a year and renew it with a new letter"
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
            case let .tooLong(from, until): "dari \(from) sampai \(until) lebih dari satu tahun; tunjuk paling lama satu tahun dan perpanjang dengan surat baru"
            case .forOneself(let actor): "\(actor) tidak boleh menunjuk dirinya sendiri"
            case let .notAssigned(actor, role): "\(actor) bertindak sebagai \(role) tanpa penunjukan Plt./Plh. pada hari itu"
            }
        }
    }
}
