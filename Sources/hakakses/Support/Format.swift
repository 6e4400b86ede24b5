import Foundation
import OfficeService

/// Dates and durations as office staff read them (office time zone).
enum Format {
    static func day(_ date: Date, _ office: OfficeProfile) -> String {
        String(time(date, office).prefix(10))
    }

    static func time(_ date: Date, _ office: OfficeProfile) -> String {
        let local = date.addingTimeInterval(TimeInterval(office.utcOffsetSeconds))
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

    /// One line on where a request stands after a command.
    static func progress(_ progress: RequestProgress) -> String {
        if let next = progress.next {
            return "\(progress.request): next \(next.id) \(next.title) — \(next.executorTitle), within \(next.time)"
        }
        return "\(progress.request): \(progress.status)"
    }
}
