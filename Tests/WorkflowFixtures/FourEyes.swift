public import AccessWorkflow

/// Four eyes in tests: an imported SK takes effect only when a Kadis who did not import it confirms it with the scan
/// of the signed SK. Tests whose subject is not the confirmation itself import and confirm in one go with these.
public enum FourEyesFixture {
    /// The Kadis who confirms (on no SK of the fixtures, importer of none).
    public static func confirmer() throws -> WorkflowActor {
        try People.actor("kadis.konfirmasi", ["kadis"], nip: People.kadisNIP)
    }

    /// A scan of a signed SK, by its SHA-256.
    public static func scan() throws -> Evidence {
        try Evidence(sha256: String(repeating: "5a", count: 32), fileName: "sk-ditandatangani.pdf")
    }

    /// The command confirming SK `number`.
    public static func confirm(_ number: DecreeNumber) throws -> WorkflowCommand {
        .confirmDecree(number, scan: try scan(), note: "pindaian SK bertanda tangan")
    }
}
