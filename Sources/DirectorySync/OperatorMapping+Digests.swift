import AccessWorkflow
import Foundation

extension OperatorMapping {
    /// The digests of ``slots(for:)`` (what ``DirectoryOperator/digest(_:)`` gives for each slot), computed without
    /// building the slot strings: what comparing 50,000 entries needs. `ends` keeps the GeneralizedTime text of each
    /// end date met (an SK's people share one).
    func slotDigests(for entry: borrowing RosterEntry, ends: inout [CivilDate: String]) -> SlotDigests {
        var digests = SlotDigests()
        let name = entry.person.name
        let text = name.name
        let lastSpace = name.lastSpace
        digests[0] = Self.digest(of: text)
        digests[1] = Self.digest(of: lastSpace.map { text[text.index(after: $0)...] } ?? text[...])
        digests[2] = lastSpace.map { Self.digest(of: text[..<$0]) } ?? 0
        digests[3] = name.frontTitles.isEmpty && name.backTitles.isEmpty ? digests[0] : Self.digest(of: name.displayName)
        if let nip = entry.person.nip {
            var hasher = SlotHasher()
            nip.forEachDigitByte { hasher.add($0) }
            digests[4] = hasher.finish()
        }
        if let nik = entry.person.nik {
            var hasher = SlotHasher()
            nik.forEachDigitByte { hasher.add($0) }
            digests[5] = hasher.finish()
        }
        digests[6] = Self.digest(of: region)
        if !entry.workUnits.isEmpty {
            var hasher = SlotHasher()
            for (index, unit) in entry.workUnits.enumerated() {
                if index > 0 { hasher.add("; ") }
                hasher.add(unit)
            }
            digests[7] = hasher.finish()
        }
        // Usually one SK: digested without an array of one.
        var first: String?, decrees: [String] = []
        for basis in entry.basis {
            guard case .decree(let number) = basis else { continue }
            if first == nil { first = number.rawValue } else { decrees.append(number.rawValue) }
        }
        if let first {
            digests[8] = decrees.isEmpty ? Self.digest(of: first) : DirectoryOperator.digest(DirectoryOperator.canonical([first] + decrees))
        }
        if let end = entry.endDate {
            let text: String
            if let known = ends[end] {
                text = known
            } else {
                text = Self.endOfDay(end, office.utcOffset)
                ends[end] = text
            }
            digests[9] = Self.digest(of: text)
        }
        return digests
    }

    private static func digest(of text: String) -> UInt64 {
        var hasher = SlotHasher()
        hasher.add(text)
        return hasher.finish()
    }

    private static func digest(of text: Substring) -> UInt64 {
        var hasher = SlotHasher()
        hasher.add(text)
        return hasher.finish()
    }
}
