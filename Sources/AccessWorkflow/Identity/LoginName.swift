import Foundation

/// The comparison form of a directory login (LDAP `uid`): what slapd treats as the same login is one key here.
///
/// slapd matches `uid` case-insensitively, so `WAHYU`, `wahyu` and ` Wahyu ` bind as the same entry. Every rule that
/// compares officials (segregation of duties, the filer of a request, login throttling) compares this key, never the
/// string someone typed: compatibility-normalised (NFKC, so full-width `ＷＡＨＹＵ` is `wahyu`), trimmed, lower-cased.
public enum LoginName {
    /// The comparison key of `text`.
    public static func key(_ text: String) -> String {
        text.precomposedStringWithCompatibilityMapping.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    /// True if `a` and `b` name the same login.
    public static func same(_ a: String, _ b: String) -> Bool { key(a) == key(b) }
}
