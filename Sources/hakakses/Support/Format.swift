import AccessWorkflow
import Foundation

/// Dates and durations as office staff read them (office time zone).
enum Format {
    static func day(_ date: Date, _ sop: SOPDefinition) -> String { CivilDate(date, offset: sop.office.utcOffset).description }

    static func time(_ date: Date, _ sop: SOPDefinition) -> String {
        let local = date.addingTimeInterval(TimeInterval(sop.office.utcOffset.seconds))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? .current
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: local)
        return String(format: "%04d-%02d-%02d %02d:%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0)
    }

    /// "1 h 05 min", "40 min", "2 d 3 h" (office time).
    static func duration(_ seconds: TimeInterval) -> String {
        let minutes = Int((seconds / 60).rounded())
        if minutes < 60 { return "\(minutes) min" }
        let hours = minutes / 60, rest = minutes % 60
        if hours < 24 { return rest == 0 ? "\(hours) h" : String(format: "%d h %02d min", hours, rest) }
        return "\(hours / 24) d \(hours % 24) h"
    }
}
