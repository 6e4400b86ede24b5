/// The id of an identity warning, stable across runs so that an official can confirm it:
/// "<kind>:<person key>", e.g. "birth-date-mismatch:nip:199203202018012001".
public struct WarningID: StringIdentifier {
    /// The id.
    public let rawValue: String

    /// Wraps an id.
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// A soft identity check that failed: data that is probably mistyped but can be right (a birth date corrected after
/// the NIK was issued, for instance). It does not refuse the person; it blocks the command that records them until
/// an official confirms it with a note, and the confirmation is stored in the workflow event (the audit log).
public struct IdentityWarning: Sendable, Hashable, CustomStringConvertible {
    /// What the check found.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// The NIP (or NI PPPK) and the NIK give different birth dates.
        case birthDateMismatch = "birth-date-mismatch"
        /// The NIP (or NI PPPK) and the NIK give different sexes.
        case sexMismatch = "sex-mismatch"
        /// The NIP's appointment (or the NI PPPK's agreement) falls before the person's 18th birthday.
        case youngAtAppointment = "young-at-appointment"
        /// The NI PPPK has another code than the 21 BKN writes in digits 13–14.
        case unusualAgreementCode = "unusual-pppk-code"
        /// A candidate for a SIAK role has only a NIK: not a civil servant (PNS) or PPPK employee by their numbers.
        case noCivilServantNumber = "no-nip"

        /// A note an official might confirm a warning of this kind with (for the examples in refusals).
        public var exampleNote: String {
            switch self {
            case .birthDateMismatch: "tanggal lahir dikoreksi, lihat SK …"
            case .sexMismatch: "data kependudukan berbeda, lihat KTP …"
            case .youngAtAppointment: "nomor sesuai SK pengangkatan …"
            case .unusualAgreementCode: "kode sesuai SK PPPK …"
            case .noCivilServantNumber: "tenaga kontrak kelurahan, surat tugas Lurah no. …"
            }
        }
    }

    /// What the check found, with the numbers concerned (NIPs as labelled: "NIP 1990…" or "NI PPPK 1990…").
    public enum Finding: Sendable, Hashable {
        /// The NIP and the NIK give different birth dates (the NIK's as its DD-MM-YY field).
        case birthDateMismatch(nip: String, nipDate: CivilDate, nik: String, nikDate: String)
        /// The NIP and the NIK give different sexes.
        case sexMismatch(nip: String, nipSex: Sex, nik: String, nikSex: Sex)
        /// The appointment (or agreement year) `when` falls at `age`, below the minimum age.
        case youngAtAppointment(nip: String, civilServant: Bool, when: String, age: Int, minimum: Int)
        /// The NI PPPK has `code` in digits 13–14 where BKN writes `usual`.
        case unusualAgreementCode(nip: String, code: Int, usual: Int)
        /// A candidate for a SIAK role is named by NIK `nik` alone, without a NIP or NI PPPK.
        case noCivilServantNumber(nik: String)
    }

    /// Whose data.
    public let person: PersonKey
    /// What was found.
    public let finding: Finding

    /// Creates a warning.
    public init(person: PersonKey, finding: Finding) {
        self.person = person
        self.finding = finding
    }

    /// What kind of check failed.
    public var kind: Kind {
        switch finding {
        case .birthDateMismatch: .birthDateMismatch
        case .sexMismatch: .sexMismatch
        case .youngAtAppointment: .youngAtAppointment
        case .unusualAgreementCode: .unusualAgreementCode
        case .noCivilServantNumber: .noCivilServantNumber
        }
    }

    /// One sentence: what looks wrong, how to correct it, or that it may be confirmed.
    public var message: String {
        switch finding {
        case let .birthDateMismatch(nip, nipDate, nik, nikDate):
            "\(nip) gives birth date \(nipDate) but NIK \(nik) gives \(nikDate) (DD-MM-YY); "
                + "if the birth date was corrected after the NIK was issued, confirm it with a note, otherwise correct the mistyped number"
        case let .sexMismatch(nip, nipSex, nik, nikSex):
            "\(nip) says \(nipSex) but NIK \(nik) says \(nikSex); "
                + "if the records really differ, confirm it with a note, otherwise correct the mistyped number"
        case let .youngAtAppointment(nip, civilServant, when, age, minimum):
            "\(nip) gives \(civilServant ? "appointment" : "agreement year") \(when) at age \(age), below the minimum age of \(minimum); "
                + "check digits 1 to 14 against the person's SK, or confirm the number with a note"
        case let .unusualAgreementCode(nip, code, usual):
            "\(nip) has code \(code) in digits 13–14 where BKN writes \(usual) on a NI PPPK; "
                + "check the number on the SK PPPK, or confirm it with a note"
        case let .noCivilServantNumber(nik):
            "NIK \(nik) is named without a NIP or NI PPPK, so the candidate is not a civil servant or PPPK employee by "
                + "their numbers; add the NIP if there is one, or confirm with a note why a non-ASN officer gets SIAK access "
                + "(for example the letter assigning them)"
        }
    }

    /// "<kind>:<person key>".
    public var id: WarningID { WarningID(rawValue: "\(kind.rawValue):\(person)") }

    /// "[id] message".
    public var description: String { "[\(id)] \(message)" }
}
