import AccessWorkflow
import Foundation

extension OperatorMapping {
    /// The digests of ``slots(for:)`` (what ``DirectoryOperator/digest(_:)`` gives for each slot), computed without
    /// building the slot strings: what comparing 50,000 entries needs. `cache` keeps what entries share (the region,
    /// an SK's work units, basis and end date), so each is digested once per run of equal values.
    func slotDigests(for entry: borrowing RosterEntry, cache: inout SlotDigestCache) -> SlotDigests {
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
        if cache.region == nil { cache.region = Self.digest(of: region) }
        digests[6] = cache.region ?? 0
        if !entry.workUnits.isEmpty {
            if let known = cache.units, known.units == entry.workUnits {
                digests[7] = known.digest
            } else {
                var hasher = SlotHasher()
                for (index, unit) in entry.workUnits.enumerated() {
                    if index > 0 { hasher.add("; ") }
                    hasher.add(unit)
                }
                digests[7] = hasher.finish()
                cache.units = (entry.workUnits, digests[7])
            }
        }
        if let known = cache.basis, known.basis == entry.basis {
            digests[8] = known.digest
        } else {
            // Usually one SK: digested without an array of one.
            var first: String?, decrees: [String] = []
            for basis in entry.basis {
                guard case .decree(let number) = basis else { continue }
                if first == nil { first = number.rawValue } else { decrees.append(number.rawValue) }
            }
            if let first {
                digests[8] = decrees.isEmpty ? Self.digest(of: first) : DirectoryOperator.digest(DirectoryOperator.canonical([first] + decrees))
            }
            cache.basis = (entry.basis, digests[8])
        }
        if let end = entry.endDate {
            if let known = cache.ends[end] {
                digests[9] = known
            } else {
                digests[9] = Self.digest(of: Self.endOfDay(end, office.utcOffset))
                cache.ends[end] = digests[9]
            }
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

/// What the entries of one roster share, digested once (see ``OperatorMapping/slotDigests(for:cache:)``): equal
/// arrays of one SK's people share their storage, so the comparison with the last one is usually an identity check.
struct SlotDigestCache {
    var region: UInt64?
    var units: (units: [String], digest: UInt64)?
    var basis: (basis: [RosterBasis], digest: UInt64)?
    var ends: [CivilDate: UInt64] = [:]
}
