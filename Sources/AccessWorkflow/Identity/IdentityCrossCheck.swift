/// Checks that a person's NIP and NIK describe the same person: same birth date and same sex.
public enum IdentityCrossCheck {
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
}
