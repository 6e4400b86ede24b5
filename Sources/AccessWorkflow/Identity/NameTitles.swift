/// Academic, professional and religious titles (gelar) that Indonesian names carry before or after the name.
///
/// Titles are compared by a key: lowercased, with dots and spaces removed ("M.Si." → "msi").
enum NameTitles {
    /// Titles written before the name: Drs./Dra. (doktorandus/a), Dr./dr./drg., Ir. (insinyur), H./Hj. (haji/hajjah),
    /// Prof., KH/K.H. (kiai haji), Ns. (ners), apt. (apoteker), Hc.
    static let frontKeys: Set<String> = ["drs", "dra", "dr", "drg", "ir", "h", "hj", "prof", "kh", "ns", "apt", "ust", "ustadz"]

    /// Front titles that are only recognised when written with a dot, because without it they could be initials
    /// or names ("H" could be a name; "H." is haji).
    static let frontKeysNeedingDot: Set<String> = ["h"]

    /// Titles written after the name (usually after a comma).
    static let backKeys: Set<String> = [
        // Diploma (ahli madya / ahli muda).
        "ama", "amd", "amdkom", "amdkes", "amdkeb", "amdkep", "amdak", "amdt", "amdpar", "amdip",
        // Bachelor (sarjana).
        "ssos", "skom", "se", "sh", "st", "spd", "skep", "sip", "sap", "ssi", "spsi", "sag", "spdi", "shum",
        "sfarm", "sked", "skm", "sstat", "str", "sst", "sik", "sth", "ssn", "sds", "shi", "sei", "stp", "spt",
        "sgz", "ssit", "strkom", "stri", "sak", "sikom", "sn", "spi", "sthi", "smb",
        // Master and doctor.
        "msi", "mm", "mkom", "map", "mh", "mpd", "mt", "me", "mak", "mpa", "mkes", "msc", "mba", "mhum", "mkn",
        "mars", "mag", "mpdi", "mtp", "mec", "phd",
        // Professional and religious.
        "lc", "ners", "apt", "akt", "cpa", "spog", "sppd", "spa", "spb", "skepns", "skepners", "ma", "mph",
    ]

    /// The comparison key of a title as written.
    static func key(_ title: String) -> String {
        // Fast path for ASCII, which almost every title and name is.
        if title.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(title.utf8.count)
            for byte in title.utf8 where byte != UInt8(ascii: ".") && byte != UInt8(ascii: " ") && !(0x09...0x0D).contains(byte) {
                bytes.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        return String(title.lowercased().filter { $0 != "." && !$0.isWhitespace })
    }

    /// True if `token` is a front title as written.
    static func isFrontTitle(_ token: String) -> Bool {
        let key = key(token)
        guard frontKeys.contains(key) else { return false }
        return token.hasDot || !frontKeysNeedingDot.contains(key)
    }

    /// Splits a token such as "Prof.Dr." or "Dr.Ir.H." into its titles when every part is a front title.
    static func splitJoinedFrontTitles(_ token: String) -> [String]? {
        guard token.utf8.last == UInt8(ascii: ".") else { return nil }
        let parts = token.split(separator: ".").map(String.init)
        guard parts.count >= 2, token.hasSuffix("."),
              parts.allSatisfy({ frontKeys.contains(key($0)) })
        else { return nil }
        return parts.map { $0 + "." }
    }

    /// True if `token` is a back title that may stand at the end of a name without a comma: it must contain a dot
    /// (so that a name such as "SE" or "MA" is never mistaken for a title).
    static func isTrailingBackTitle(_ token: String) -> Bool {
        token.hasDot && backKeys.contains(key(token))
    }
}

extension String {
    /// True if the string contains a full stop (compared by byte, which is much cheaper than by character).
    fileprivate var hasDot: Bool { utf8.contains(UInt8(ascii: ".")) }
}
