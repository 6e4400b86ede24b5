import AccessWorkflow
import Foundation

/// Dates, times and numbers as Indonesian official documents write them: "23 November 2026", "Senin", "08.30 WIB",
/// "dua puluh tiga", "XI", and the diktum ordinals of a decree (KESATU, KEDUA, …).
enum IndonesianText {
    static let months = [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November",
        "Desember",
    ]
    static let romanMonths = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]

    /// "23 November 2026".
    static func date(_ date: CivilDate) -> String { "\(date.day) \(months[date.month - 1]) \(date.year)" }

    /// "Senin" … "Minggu".
    static func dayName(_ date: CivilDate) -> String {
        switch date.weekday {
        case .monday: "Senin"
        case .tuesday: "Selasa"
        case .wednesday: "Rabu"
        case .thursday: "Kamis"
        case .friday: "Jumat"
        case .saturday: "Sabtu"
        case .sunday: "Minggu"
        }
    }

    /// "WIB", "WITA", "WIT", or "UTC+05:30" for any other offset.
    static func zone(_ offset: UTCOffset) -> String {
        switch offset.seconds {
        case 7 * 3600: "WIB"
        case 8 * 3600: "WITA"
        case 9 * 3600: "WIT"
        default: "UTC\(offset)"
        }
    }

    /// "08.30 WIB" at the office's offset.
    static func time(_ instant: Date, offset: UTCOffset) -> String {
        let local = Int((instant.timeIntervalSince1970 + Double(offset.seconds)).rounded(.down))
        let seconds = ((local % 86_400) + 86_400) % 86_400
        let hours = seconds / 3600, minutes = seconds / 60 % 60
        return "\(hours < 10 ? "0" : "")\(hours).\(minutes < 10 ? "0" : "")\(minutes) \(zone(offset))"
    }

    /// A number in words ("terbilang"): 23 → "dua puluh tiga", 2026 → "dua ribu dua puluh enam".
    static func words(_ number: Int) -> String {
        let units = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"]
        switch number {
        case ..<0: return "minus " + words(-number)
        case 0..<12: return units[number]
        case 12..<20: return units[number - 10] + " belas"
        case 20..<100: return units[number / 10] + " puluh" + (number % 10 == 0 ? "" : " " + units[number % 10])
        case 100..<200: return "seratus" + rest(number - 100)
        case 200..<1000: return units[number / 100] + " ratus" + rest(number % 100)
        case 1000..<2000: return "seribu" + rest(number - 1000)
        case 2000..<1_000_000: return words(number / 1000) + " ribu" + rest(number % 1000)
        case 1_000_000..<1_000_000_000: return words(number / 1_000_000) + " juta" + rest(number % 1_000_000)
        default: return String(number)
        }
    }

    private static func rest(_ number: Int) -> String { number == 0 ? "" : " " + words(number) }

    /// The ordinals of a decree's diktum: KESATU, KEDUA, … KESEPULUH, then KESEBELAS ….
    static func diktum(_ index: Int) -> String {
        index == 1 ? "KESATU" : "KE" + words(index).uppercased()
    }

    /// "Laki-laki" or "Perempuan".
    static func sex(_ sex: Sex) -> String { sex == .male ? "Laki-laki" : "Perempuan" }
}
