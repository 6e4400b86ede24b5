public import Foundation

/// How an official acts for another (Peraturan BKN 1/2021, SE BKN 2/2019): *Plt.* (pelaksana tugas, the post is
/// vacant or its holder away for long) or *Plh.* (pelaksana harian, the holder away for a short time).
public enum ActingKind: String, Sendable, Hashable, Codable, CaseIterable {
    case plt, plh

    /// "Plt." or "Plh.", as printed before the post.
    public var prefix: String { self == .plt ? "Plt." : "Plh." }
}

/// An acting assignment: official `uid` holds `role` of the SOP as Plt./Plh. from `from` to `until` (office days,
/// both included), by the letter `letter`. It ends by itself after `until`.
public struct ActingAssignment: Sendable, Hashable, Codable {
    public let uid: String
    public let role: WorkflowRole
    public let kind: ActingKind
    public let from: CivilDate, until: CivilDate
    public let letter: String
    public let recordedBy: WorkflowActor
    @EventInstant public private(set) var at: Date

    /// True if the assignment names `actor` (the login compared as the directory compares it) on `date`.
    public func covers(_ actor: WorkflowActor, on date: CivilDate) -> Bool {
        LoginName.same(uid, actor.uid) && from <= date && date <= until
    }
}
