/// Why request data (a person, candidate, evidence or person key) was refused.
public enum RequestError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A NIP, NIK, name or date was invalid.
    case identity(IdentityError)
    /// A required text field is empty.
    case emptyField(field: String, owner: String)
    /// A text field contains a control character.
    case controlCharacter(field: String)
    /// A directory uid contains whitespace or is empty.
    case invalidUID(String)
    /// Evidence has neither a reference nor a file hash.
    case emptyEvidence
    /// Evidence's SHA-256 is not 64 hexadecimal digits.
    case invalidHash(String)
    /// A file name was given without the file's hash.
    case fileNameWithoutHash(String)
    /// A person key is not "nip:…" or "nik:…".
    case malformedPersonKey(String)

    /// One sentence: what is wrong and how to fix it.
    public var description: String {
        switch self {
        case .identity(let error):
            return error.description
        case let .emptyField(field, owner):
            return "\(field) of \(owner) is empty; fill it in"
        case .controlCharacter(let field):
            return "\(field) contains a control character; retype it as plain text"
        case .invalidUID(let uid):
            return "uid '\(uid)' is not a directory user id; use the login name without spaces"
        case .emptyEvidence:
            return "evidence needs a reference number or a file hash; give --evidence DOC=NUMBER or --file DOC=PATH"
        case .invalidHash(let hash):
            return "'\(hash)' is not a SHA-256; give the 64 hexadecimal digits of the file's hash"
        case .fileNameWithoutHash(let name):
            return "file '\(name)' was named without its SHA-256; record files with --file DOC=PATH so the hash is taken"
        case .malformedPersonKey(let text):
            return "'\(text)' is not a person key; write nip:18-DIGITS or nik:16-DIGITS"
        }
    }
}

/// Field checks shared by request data.
enum FieldCheck {
    /// The trimmed text, or an error if it is empty or has control characters.
    static func required(_ text: String, field: String, owner: String) throws(RequestError) -> String {
        let value = text.trimmed
        guard !value.isEmpty else { throw .emptyField(field: field, owner: owner) }
        guard !value.containsControlCharacter else { throw .controlCharacter(field: field) }
        return value
    }

    /// The trimmed text or nil if empty; an error if it has control characters.
    static func optional(_ text: String?, field: String) throws(RequestError) -> String? {
        guard let value = text?.trimmed, !value.isEmpty else { return nil }
        guard !value.containsControlCharacter else { throw .controlCharacter(field: field) }
        return value
    }
}
