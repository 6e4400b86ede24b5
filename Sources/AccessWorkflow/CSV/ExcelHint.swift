/// Hints for identity numbers that Excel turned into numbers: it shows 18-digit NIPs as "1,96507E+17" and keeps only
/// 15 significant digits, so a NIP saved from a number cell ends in 000.
enum ExcelHint {
    /// A sentence to append to the error of a NIP or NIK cell, or "".
    static func forNumber(_ text: String, error: IdentityError) -> String {
        let hint = "; it looks like Excel stored it as a number, which keeps only 15 digits: format the column as Text and retype it"
        if text.contains("E+") || text.contains("e+") { return hint }
        if case .nipSequence = error, text.filter(\.isNumber).hasSuffix("000") { return hint }
        return ""
    }
}
