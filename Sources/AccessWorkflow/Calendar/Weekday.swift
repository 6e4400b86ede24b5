/// A day of the week, Monday first (as in Indonesian office calendars: Senin ... Minggu).
public enum Weekday: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// Senin.
    case monday
    /// Selasa.
    case tuesday
    /// Rabu.
    case wednesday
    /// Kamis.
    case thursday
    /// Jumat.
    case friday
    /// Sabtu.
    case saturday
    /// Minggu.
    case sunday

    /// The English lowercase name, as written in SOP files.
    public var description: String { rawValue }
}
