/// What decides who holds SIAK access in an office.
public enum RosterSource: String, Sendable, Hashable, Codable, CaseIterable {
    /// Effective SKs (decrees) decide, as in Sukamara: access follows the SK Kadis on SIAK management.
    case decrees
    /// Completed requests decide, as in Mojokerto: a candidate holds access once the provision step is done.
    case requests
}

/// How many candidates one request carries.
public enum RequestKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A proposal list (daftar usulan) of one or more candidates.
    case list
    /// Exactly one candidate per request (surat permohonan).
    case single
}

/// What kind of thing a document (kelengkapan) is, which decides what must be recorded for it.
public enum DocumentKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Equipment such as ATK (stationery) or the SIAK server: nothing to record.
    case equipment
    /// A paper or file that needs evidence: a reference number and/or the SHA-256 of a scan.
    case document
    /// The SK (Surat Keputusan, decree); recorded by issuing it at the decree step.
    case decree
    /// A username and password; produced by the directory, never recorded in the workflow.
    case credentials
}

/// What completing a step means.
public enum StepKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// The first step; done when the request is filed (or resubmitted).
    case submit
    /// An approval or disposition.
    case review
    /// Done by issuing the SK for this request.
    case decree
    /// The Kadis signs the SK drafted at the decree step before it: the signer is the official who records it (name
    /// and NIP from the directory, never typed), with the scan of the signed SK. An SOP with this step puts the SK in
    /// force only when it is done.
    case sign
    /// The ADB creates access; for request-based offices completing it authorises the directory write.
    case provision
    /// The operator receives the username and password.
    case handover
}
