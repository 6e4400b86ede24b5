/// The header of an SOP as the office wrote it, beside its table of steps: when it was made, revised and approved
/// and by whom, its legal basis, the qualifications of its executors, the SOPs it relates to, its equipment, its
/// warnings and what it asks to be kept on record. Kept so that the documents, the SLA report and an audit can name
/// the procedure as signed (issue 20, item 6).
public struct SOPMetadata: Sendable, Hashable, Codable {
    /// Who approved the SOP (disahkan oleh): the position, the name and the NIP as printed.
    public struct Approval: Sendable, Hashable, Codable {
        public let title: String
        public let name: String
        public let nip: String?

        public init(title: String, name: String, nip: String?) {
            self.title = title
            self.name = name
            self.nip = nip
        }
    }

    /// Tanggal pembuatan, tanggal revisi (nil: not revised).
    public let created: CivilDate?, revised: CivilDate?
    /// Disahkan oleh.
    public let approvedBy: Approval?
    /// Dasar hukum, kualifikasi pelaksana, keterkaitan, peralatan/perlengkapan, peringatan, pencatatan dan pendataan.
    public let legalBasis: [String], qualifications: [String], related: [String], equipment: [String]
    public let warnings: [String], recordKeeping: [String]

    public init(created: CivilDate? = nil, revised: CivilDate? = nil, approvedBy: Approval? = nil, legalBasis: [String] = [],
                qualifications: [String] = [], related: [String] = [], equipment: [String] = [], warnings: [String] = [],
                recordKeeping: [String] = []) {
        self.created = created
        self.revised = revised
        self.approvedBy = approvedBy
        self.legalBasis = legalBasis
        self.qualifications = qualifications
        self.related = related
        self.equipment = equipment
        self.warnings = warnings
        self.recordKeeping = recordKeeping
    }

    /// Nothing written.
    public static let none = SOPMetadata()
}
