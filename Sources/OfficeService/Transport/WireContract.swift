/// What the office server and its clients agree on besides the operations' own types: the body of an error and the
/// names of the headers only hak-akses uses. Defined once, for both sides.
public enum WireHeader {
    /// Request: the time a rehearsal caller names for its call.
    public static let rehearsalTime = "Hakakses-Rehearsal-Time"
    /// Response: `ignored` when the server did not honour `Hakakses-Rehearsal-Time` (it is not a rehearsal office).
    public static let rehearsal = "Hakakses-Rehearsal"
    public static let rehearsalIgnored = "ignored"
    /// Request: the session's CSRF token, required on a write authenticated by the session cookie.
    public static let csrfToken = "X-CSRF-Token"
    /// Response: the kind of a refusal or failure (`forbidden`, `refused`, …).
    public static let errorKind = "Hakakses-Error-Kind"
}

/// The body of every error answer of the API: `{"error": {"kind": "refused", "message": "…"}}`, the message in the
/// language of the call.
public struct WireErrorBody: Codable, Sendable {
    public struct Detail: Codable, Sendable {
        public let kind: String
        public let message: String
    }
    public let error: Detail

    public init(kind: String, message: String) { error = Detail(kind: kind, message: message) }
}
