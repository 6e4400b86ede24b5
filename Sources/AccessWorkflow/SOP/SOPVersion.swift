public import Foundation

/// One version of an office's SOP as the log knows it: the original (number 0, in force from the office's first
/// record) or an adopted one (``SOPAdopted``).
public struct SOPVersion: Sendable, Hashable {
    /// 0 for the office's original, then 1, 2, … in the order adopted.
    public let number: Int
    /// The SOP.
    public let sop: SOPDefinition
    /// The file's text, when the log holds it: every adopted version; the original once the first adoption carried it.
    public internal(set) var text: String?
    /// The SHA-256 of the text as recorded at adoption (nil for the original).
    public let sha256: String?
    /// When it was adopted, and by whom (nil for the original).
    public let adoptedAt: Date?, adoptedBy: String?

    init(number: Int, sop: SOPDefinition, text: String? = nil, sha256: String? = nil, adoptedAt: Date? = nil, adoptedBy: String? = nil) {
        self.number = number
        self.sop = sop
        self.text = text
        self.sha256 = sha256
        self.adoptedAt = adoptedAt
        self.adoptedBy = adoptedBy
    }

    init(number: Int, sop: SOPDefinition, adoption e: SOPAdopted) {
        self.init(number: number, sop: sop, text: e.text, sha256: e.sha256, adoptedAt: e.at, adoptedBy: e.actor.uid)
    }

    /// "SOP 000.8.3.3/240/Dukcapil/2025 (versi 1, revisi 2026-01-05)": how reports and documents name it.
    public var label: String {
        var text = "SOP \(sop.number)"
        if number > 0 { text += " (v\(number)" + (sop.metadata.revised.map { ", \($0)" } ?? "") + ")" }
        return text
    }
}
