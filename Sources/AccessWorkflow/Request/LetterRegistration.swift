public import Foundation

/// The registration of an applicant's letter in the office's agenda (buku agenda surat masuk): its agenda number and
/// when it was registered. The submit step is timed from it: the office holds the letter from then on, and before
/// then nobody in the office held it (Mojokerto's step 1, issue 20).
public struct LetterRegistration: Sendable, Hashable, Codable {
    /// The agenda number, e.g. "045/117/Dispenduk/2025".
    public let agenda: String
    /// When the letter was registered (UTC, millisecond precision).
    @EventInstant public private(set) var at: Date

    /// Creates a registration, refusing an empty agenda number.
    public init(agenda: String, at: Date) throws(RequestError) {
        self.agenda = try FieldCheck.required(agenda, field: "agenda number", owner: "the letter")
        self.at = at
    }

    private enum CodingKeys: String, CodingKey { case agenda, at }

    /// Decodes and re-validates.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(agenda: try container.decode(String.self, forKey: .agenda),
                      at: try container.decode(EventInstant.self, forKey: .at).wrappedValue)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(agenda, forKey: .agenda)
        try container.encode(EventInstant(wrappedValue: at), forKey: .at)
    }
}
