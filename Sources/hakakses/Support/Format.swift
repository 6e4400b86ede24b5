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

    /// "1 jam 05 menit" / "1 h 05 min", "40 menit" / "40 min", "2 hari 3 jam" / "2 d 3 h" (office time).
    static func duration(_ seconds: TimeInterval) -> String {
        Catalogue.words.duration(seconds: seconds).text(in: Shell.language)
    }

    /// "40 menit dari 1 jam TERLAMBAT": time used against a standard, with a mark when over it.
    static func used(_ elapsed: Double, of standard: Int, mark: Phrase?) -> String {
        Catalogue.words.used(elapsed, of: standard, mark: mark).text(in: Shell.language)
    }

    /// One line on where a request stands after a command (its status as the office said it, in this language).
    static func progress(_ progress: RequestProgress) -> String {
        if let next = progress.next { return Catalogue.requests.next(progress.request, step: next).text(in: Shell.language) }
        return Catalogue.requests.stands(progress.request, status: progress.status).text(in: Shell.language)
    }
}
