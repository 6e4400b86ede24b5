public import Foundation

/// `decree list`: one row per SK.
public struct DecreeRow: Codable, Sendable, Hashable {
    /// nil (with ``signer``) while a draft awaits the Kadis's signature.
    public let number: String, title: String, signedOn: String?, effectiveFrom: String, effectiveUntil: String?, signer: String?
    public let request: String?, supersedes: [String], grants: Int, recordedBy: String, recordedAt: Date, inForce: Bool
    /// "in force", "superseded by SK … from …", "ended on …", "not yet in force (from …)".
    public let standing: String
    public let supersededBy: [Successor]
    /// Awaiting a second official's confirmation (four eyes): it grants and revokes nothing yet.
    public let awaitsConfirmation: Bool
    /// Who confirmed it, if it awaited confirmation.
    public let confirmedBy: String?
    /// A draft issued for a request, awaiting the Kadis's signature at the SOP's sign step: it grants nothing yet.
    public let awaitsSignature: Bool

    public struct Successor: Codable, Sendable, Hashable {
        public let number: String, effectiveFrom: String
    }
}

/// `decree show`: an SK and its people.
public struct DecreeDetail: Codable, Sendable, Hashable {
    public struct GrantRow: Codable, Sendable, Hashable {
        public let name: String, nip: String?, nik: String?, roles: [String], workUnit: String, position: String?
    }
    public let number: String, title: String, signedOn: String?, effectiveFrom: String, effectiveUntil: String?
    /// nil while a draft awaits the Kadis's signature.
    public let signer: String?, signerNIP: String?, supersedes: [String], request: String?, recordedBy: String, recordedAt: Date
    public let supersededBy: [DecreeRow.Successor]
    public let awaitsConfirmation: Bool
    public let confirmedBy: String?
    /// A draft awaiting the Kadis's signature.
    public let awaitsSignature: Bool
    public let grants: [GrantRow]
}

/// `decree issue`: the SK recorded for a request.
public struct IssuedDecree: Codable, Sendable, Hashable {
    public let number: String
    public let period: String
    public let progress: RequestProgress
    /// How many people on the SKs it supersedes lose access by it.
    public let supersessionRevokes: Int
    /// Who must confirm it before it takes effect (when its supersession revokes more people than the office lets a
    /// reconciliation change unconfirmed); nil when it takes effect as recorded.
    public let awaitsConfirmationBy: String?
    /// Who signs it before it takes effect, at which step (an SOP with a sign step); nil otherwise.
    public let awaitsSignatureBy: String?
}

/// `decree sign`: the SK of a request signed by the Kadis, now in the record.
public struct SignedDecree: Codable, Sendable, Hashable {
    public let number: String
    public let people: Int
    public let period: String
    public let signer: String
    public let signedOn: String
    /// Directory changes queued by the signature.
    public let queued: Int
    public let progress: RequestProgress
}

/// `decree import`: an existing SK recorded from its attachment.
public struct ImportedDecree: Codable, Sendable, Hashable {
    public let number: String
    public let people: Int
    public let period: String
    public let ignoredColumns: [String]
    /// Directory changes queued by the import.
    public let queued: Int
    /// Identity warnings of the attachment's lines, confirmed with a note by the importer (recorded).
    public let confirmed: [WarningView]
    /// How many people on the SKs it supersedes lose access by it once confirmed.
    public let supersessionRevokes: Int
    /// Who must confirm it, with the signed scan, before it takes effect (four eyes).
    public let awaitsConfirmationBy: String
}

/// `decree confirm`: an SK confirmed by a second official, now in the record.
public struct ConfirmedDecree: Codable, Sendable, Hashable {
    public let number: String
    public let people: Int
    public let period: String
    /// Directory changes queued by the confirmation.
    public let queued: Int
    public let supersessionRevokes: Int
}

/// A spreadsheet produced by the office (UTF-8 with BOM, ';').
public struct CSVText: Codable, Sendable, Hashable {
    public let csv: String
}

/// `decree withdraw`: an imported SK withdrawn before it took effect.
public struct WithdrawnDecree: Codable, Sendable, Hashable {
    public let number: String
    public let reason: String
}
