/// The id of a document (kelengkapan) in an SOP, e.g. `pakta-integritas`.
public struct DocumentID: StringIdentifier {
    /// The id.
    public let rawValue: String

    /// Wraps an id.
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// A document, piece of equipment or output named in an SOP table.
public struct DocumentDefinition: Sendable, Hashable, Codable {
    /// The id used in step inputs and outputs and on the command line (`--evidence ID=NUMBER`).
    public let id: DocumentID
    /// The title as in the SOP table, e.g. "Pakta Integritas".
    public let title: String
    /// What must be recorded for it.
    public let kind: DocumentKind

    /// Creates a document definition.
    public init(id: DocumentID, title: String, kind: DocumentKind) {
        self.id = id
        self.title = title
        self.kind = kind
    }
}
