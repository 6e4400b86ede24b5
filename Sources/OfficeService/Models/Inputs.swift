public import Foundation

/// A candidate given field by field (a proposal list comes as ``CSVUpload``).
public struct CandidateInput: Codable, Sendable, Hashable {
    public var name: String
    public var nip: String?
    public var nik: String?
    public var role: String
    public var unit: String
    public var position: String?

    public init(name: String, nip: String? = nil, nik: String? = nil, role: String, unit: String, position: String? = nil) {
        self.name = name
        self.nip = nip
        self.nik = nik
        self.role = role
        self.unit = unit
        self.position = position
    }
}

/// A person given field by field (the applicant of a request).
public struct PersonInput: Codable, Sendable, Hashable {
    public var name: String
    public var nip: String?
    public var nik: String?
    public var uid: String?

    public init(name: String, nip: String? = nil, nik: String? = nil, uid: String? = nil) {
        self.name = name
        self.nip = nip
        self.nik = nik
        self.uid = uid
    }
}

/// A document on record for a step: a reference number, and/or the SHA-256 and name of a scanned file.
public struct EvidenceInput: Codable, Sendable, Hashable {
    public var document: String
    public var reference: String?
    public var sha256: String?
    public var fileName: String?

    public init(document: String, reference: String? = nil, sha256: String? = nil, fileName: String? = nil) {
        self.document = document
        self.reference = reference
        self.sha256 = sha256
        self.fileName = fileName
    }

    /// A scan not sent yet, by its SHA-256: what ``ApproveCommand/checkOnly`` checks before the file is sent.
    public static func scan(document: String, content: Data, fileName: String) -> EvidenceInput {
        EvidenceInput(document: document, sha256: ArchiveFolder.sha256(content), fileName: fileName)
    }
}

/// A name struck from a proposal list by the approver of a step, with the reason (recorded).
/// A departure from the SOP's standard recorded with a step: `equipment` (perlengkapan) or `output`, and what happened.
public struct DeviationInput: Codable, Sendable, Hashable {
    public var kind: String
    public var note: String

    public init(kind: String, note: String) {
        self.kind = kind
        self.note = note
    }
}

public struct StrikeInput: Codable, Sendable, Hashable {
    /// The candidate: NIP, NIK, `nip:…`/`nik:…`, or username.
    public var person: String
    public var reason: String

    public init(person: String, reason: String) {
        self.person = person
        self.reason = reason
    }
}

/// A spreadsheet sent to the office (a proposal list, an SK attachment): its bytes in base64 and its file name for
/// messages.
public struct CSVUpload: Codable, Sendable, Hashable {
    public var fileName: String
    public var base64: String

    public init(fileName: String, bytes: [UInt8]) {
        self.fileName = fileName
        self.base64 = Data(bytes).base64EncodedString()
    }

    /// The bytes sent, or a bad-input error naming the file.
    func bytes() throws(OfficeError) -> Data {
        guard let data = Data(base64Encoded: base64) else { throw .badInput(.fileDamaged(fileName)) }
        return data
    }
}

/// The particulars of an SK as printed on it. The date of signature and the signer are left out where the Kadis
/// signs at the SOP's sign step (they are recorded then, from the directory), and given for every other SK.
public struct DecreeInput: Codable, Sendable, Hashable {
    public var number: String
    public var title: String
    public var signed: String?
    public var effective: String
    public var until: String?
    public var supersedes: [String]
    public var signerName: String?
    public var signerNip: String?

    public init(
        number: String, title: String = "Pengelolaan Aplikasi SIAK", signed: String? = nil, effective: String,
        until: String? = nil, supersedes: [String] = [], signerName: String? = nil, signerNip: String? = nil
    ) {
        self.number = number
        self.title = title
        self.signed = signed
        self.effective = effective
        self.until = until
        self.supersedes = supersedes
        self.signerName = signerName
        self.signerNip = signerNip
    }
}
