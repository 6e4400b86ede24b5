/// Checks of a person's numbers against each other and against what is plausible.
///
/// A NIP (or NI PPPK) and a NIK that disagree on birth date or sex used to be refused outright; they are now
/// warnings (``warnings(of:)``), because corrected birth dates are common and a NIK is not re-issued for them.
/// ``verify(nip:nik:)`` keeps the old hard rule for events recorded before confirmations existed.
public enum IdentityCrossCheck {
    /// The minimum age for an appointment as civil servant (and for a PPPK agreement) used by the plausibility
    /// check: 18 years.
    public static let minimumAppointmentAge = 18

    /// Throws if the NIK's day, month and two-digit year differ from the NIP's birth date, or the sexes differ.
    public static func verify(nip: NIP, nik: NIK) throws(IdentityError) {
        guard nik.matches(birthDate: nip.birthDate) else {
            throw .birthDateMismatch(nip: nip.digits, nipDate: nip.birthDate, nik: nik.digits,
                                     nikDate: nik.birthFieldDescription)
        }
        guard nip.sex == nik.sex else {
            throw .sexMismatch(nip: nip.digits, nipSex: nip.sex, nik: nik.digits, nikSex: nik.sex)
        }
    }

    /// Every soft check that fails for the person, in a fixed order (birth date, sex, age, code).
    public static func warnings(of person: Person) -> [IdentityWarning] {
        var found: [IdentityWarning] = []
        let key = person.key
        if let nip = person.nip, let nik = person.nik {
            if !nik.matches(birthDate: nip.birthDate) {
                found.append(IdentityWarning(kind: .birthDateMismatch, person: key, message:
                    "\(nip.labelled) gives birth date \(nip.birthDate) but NIK \(nik.digits) gives \(nik.birthFieldDescription) (DD-MM-YY); "
                    + "if the birth date was corrected after the NIK was issued, confirm it with a note, otherwise correct the mistyped number"))
            }
            if nip.sex != nik.sex {
                found.append(IdentityWarning(kind: .sexMismatch, person: key, message:
                    "\(nip.labelled) says \(nip.sex) but NIK \(nik.digits) says \(nik.sex); "
                    + "if the records really differ, confirm it with a note, otherwise correct the mistyped number"))
            }
        }
        if let nip = person.nip {
            let age = ageAtAppointment(nip)
            if age < minimumAppointmentAge {
                let when = nip.appointment?.description ?? String(nip.appointmentYear)
                let what = nip.kind == .civilServant ? "appointment" : "agreement year"
                found.append(IdentityWarning(kind: .youngAtAppointment, person: key, message:
                    "\(nip.labelled) gives \(what) \(when) at age \(age), below the minimum age of \(minimumAppointmentAge); "
                    + "check digits 1 to 14 against the person's SK, or confirm the number with a note"))
            }
            if let code = nip.agreementCode, code != NIP.usualAgreementCode {
                found.append(IdentityWarning(kind: .unusualAgreementCode, person: key, message:
                    "\(nip.labelled) has code \(code) in digits 13–14 where BKN writes \(NIP.usualAgreementCode) on a NI PPPK; "
                    + "check the number on the SK PPPK, or confirm it with a note"))
            }
        }
        return found
    }

    /// Whole years of age at the appointment month (NIP) or at the start of the agreement year (NI PPPK).
    static func ageAtAppointment(_ nip: NIP) -> Int {
        let birth = nip.birthDate
        let (year, month) = nip.appointment.map { ($0.year, $0.month) } ?? (nip.appointmentYear, 1)
        // Completed years on the first day of the month: a birthday later in that month does not count yet.
        let beforeBirthday = month < birth.month || (month == birth.month && birth.day > 1)
        return year - birth.year - (beforeBirthday ? 1 : 0)
    }
}
