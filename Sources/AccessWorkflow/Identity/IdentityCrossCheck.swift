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
                found.append(IdentityWarning(person: key, finding: .birthDateMismatch(
                    nip: nip.labelled, nipDate: nip.birthDate, nik: nik.digits, nikDate: nik.birthFieldDescription)))
            }
            if nip.sex != nik.sex {
                found.append(IdentityWarning(person: key, finding: .sexMismatch(
                    nip: nip.labelled, nipSex: nip.sex, nik: nik.digits, nikSex: nik.sex)))
            }
        }
        if let nip = person.nip {
            let age = ageAtAppointment(nip)
            if age < minimumAppointmentAge {
                let when = nip.appointment?.description ?? String(nip.appointmentYear)
                found.append(IdentityWarning(person: key, finding: .youngAtAppointment(
                    nip: nip.labelled, civilServant: nip.kind == .civilServant, when: when, age: age,
                    minimum: minimumAppointmentAge)))
            }
            if let code = nip.agreementCode, code != NIP.usualAgreementCode {
                found.append(IdentityWarning(person: key, finding: .unusualAgreementCode(
                    nip: nip.labelled, code: code, usual: NIP.usualAgreementCode)))
            }
        }
        return found
    }

    /// The checks of a candidate for a SIAK role (or a grant of an SK): those of ``warnings(of:)``, then, for a person
    /// with no NIP or NI PPPK, the no-NIP warning. Permendagri 95/2019 gives SIAK access to officials of the
    /// Disdukcapil and its units; an officer who is not ASN (a contract worker at a kelurahan, say) may still be
    /// assigned, but an official says why with a note, which the audit log keeps.
    public static func candidateWarnings(of person: Person) -> [IdentityWarning] {
        var found = warnings(of: person)
        if person.nip == nil, let nik = person.nik {
            found.append(IdentityWarning(person: person.key, finding: .noCivilServantNumber(nik: nik.digits)))
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
