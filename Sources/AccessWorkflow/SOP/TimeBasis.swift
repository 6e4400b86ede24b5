/// What a step's time standard (waktu) is counted for.
public enum TimeBasis: String, Sendable, Hashable, Codable, CaseIterable {
    /// The standard is for the whole request, however many people it names (one letter, one SK).
    case request
    /// The standard is for each person the request names at that step (one account each, one receipt each), so a
    /// list of five is allowed five times the standard.
    case person
}
