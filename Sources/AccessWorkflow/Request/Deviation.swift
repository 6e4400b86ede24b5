/// A departure from the SOP's standard recorded with a step, as Sukamara's SOP asks ("Peringatan: segala bentuk
/// penyimpangan atas mutu baku terkait perlengkapan, waktu maupun output dikategorikan sebagai bentuk kegagalan yang
/// harus dipertanggungjawabkan oleh pelaksana"): the equipment was not as the SOP lists it, or the output differs.
/// Time needs no note: it is measured. A step with a deviation counts as failed in the SLA report.
public struct Deviation: Sendable, Hashable, Codable {
    /// What departed from the standard.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// Perlengkapan: the equipment (ATK, the SIAK server, …) was not as the SOP lists it.
        case equipment
        /// Output: the step's output differs from what the SOP names.
        case output
    }

    public let kind: Kind
    /// What happened, in the executor's words (required).
    public let note: String

    /// Creates a deviation, refusing an empty note.
    public init(kind: Kind, note: String) throws(RequestError) {
        self.kind = kind
        self.note = try FieldCheck.required(note, field: "deviation note", owner: "the \(kind.rawValue) deviation")
    }

    private enum CodingKeys: String, CodingKey { case kind, note }

    /// Decodes and re-validates.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(kind: try container.decode(Kind.self, forKey: .kind), note: try container.decode(String.self, forKey: .note))
    }
}
