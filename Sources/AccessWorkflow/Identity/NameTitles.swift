/// Academic, professional and religious titles (gelar) that Indonesian names carry before or after the name.
///
/// Titles are compared by a key: lowercased, with dots and spaces removed ("M.Si." → "msi", "S. Kom" → "skom"), so
/// every way of writing one — with or without dots and spaces, in any case — is the same title.
enum NameTitles {
    /// Titles written before the name: Drs./Dra. (doktorandus/a), Dr. (doctor), dr./drg./drh. (physician, dentist,
    /// veterinarian), Ir. (insinyur), Prof., H./Hj. and Haji/Hajjah (who made the hajj), K.H./Kyai (kiai haji),
    /// Ust./Ustadz/Ustadzah (religious teacher), Ns. (ners), apt. (apoteker), Bd. (bidan).
    static let frontKeys: Set<String> = [
        "drs", "dra", "dr", "drg", "drh", "ir", "prof", "h", "hj", "haji", "hajah", "hajjah", "kh", "kyai", "kiai",
        "ust", "ustadz", "ustad", "ustadzah", "ustazah", "ns", "apt", "bd",
    ]

    /// Front titles recognised only when written with a dot, because without it they could be initials or names
    /// ("H" could be a name; "H." is haji).
    static let frontKeysNeedingDot: Set<String> = ["h"]

    /// Titles written after the name (usually after a comma).
    static let backKeys: Set<String> = [
        // Diploma (ahli madya, ahli pratama, ahli muda).
        "ama", "amapd", "amd", "amdkom", "amdkes", "amdkeb", "amdkep", "amdak", "amdt", "amdpar", "amdip", "amdgz",
        "amdfarm", "amdrmik", "amdsi", "amdtek", "amdkl", "amdtrk", "amkeb", "amkep", "amkes", "amkom", "ap", "aptr",
        // Bachelor (sarjana) and applied bachelor (sarjana terapan).
        "ssos", "skom", "se", "sh", "st", "spd", "skep", "sip", "sap", "ssi", "spsi", "sag", "spdi", "spdsd", "shum",
        "sfarm", "sked", "skm", "sstat", "str", "sst", "sstp", "sik", "sth", "sthi", "ssn", "sds", "shi", "sei",
        "stp", "spt", "spi", "sgz", "ssit", "strkom", "stri", "strip", "strkes", "strkeb", "strsos", "strt", "sak",
        "sikom", "sn", "smb", "sp", "shut", "ssy", "sars", "skg", "skh", "sfil", "smat", "skeb", "stek", "sps",
        // Master and doctor.
        "msi", "mm", "mkom", "map", "mh", "mpd", "mt", "me", "mak", "mpa", "mkes", "msc", "mba", "mhum", "mkn",
        "mars", "mag", "mpdi", "mtp", "mec", "mpsi", "mfarm", "mkep", "mkeb", "msihan", "mtrap", "mip", "mph", "ma",
        "meng", "mstat", "msos", "mhi", "msy", "mfil", "mbiomed", "mkm", "mgz", "mmr", "mpwk", "mth", "phd", "dmin",
        // Professional and religious.
        "lc", "ners", "ns", "apt", "akt", "ak", "ca", "cpa", "psikolog", "spog", "sppd", "spa", "spb", "spjp", "spm",
        "sptht", "spkk", "span", "sprad", "spn", "spkj", "spp", "spot", "skepns", "skepners", "bsc", "ba", "dipl",
    ]

    /// Back-title keys that are also names or name parts: recognised at the end of a name only with a dot or after a
    /// comma ("Maria Ma" is a name; "Maria, M.A." has a title).
    static let nameLikeKeys: Set<String> = [
        "ma", "me", "mars", "ama", "sei", "sak", "mak", "spa", "shi", "sag", "mag", "sn", "ba", "ca", "span", "spot",
        "meng", "ap",
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

    /// Splits a token that starts with front titles glued together or to the name, such as "Prof.Dr.", "Hj.SITI",
    /// "H.M." or "dr.Budi": the leading titles (each with its dot) and what follows them, if anything. Nil unless
    /// the token starts with at least one front title followed by a dot.
    static func splitGluedFrontTitles(_ token: String) -> (titles: [String], rest: String?)? {
        guard token.hasDot else { return nil }
        var titles: [String] = []
        var rest = Substring(token)
        while let dot = rest.firstIndex(of: ".") {
            let piece = rest[...dot]
            guard frontKeys.contains(key(String(piece))) else { break }
            titles.append(String(piece))
            rest = rest[rest.index(after: dot)...]
        }
        guard !titles.isEmpty, titles.count > 1 || !rest.isEmpty else { return nil }
        return (titles, rest.isEmpty ? nil : String(rest))
    }

    /// True if `token` is a back title that may stand at the end of a name without a comma: a known title written
    /// with a dot ("S.Kom", "A.Md.Kep"), a known title without dots that is not also a name ("ST", "SE", "SKom"), or
    /// titles run together with dots ("SE.MM", "S.Kom.M.Kom").
    static func isTrailingBackTitle(_ token: String) -> Bool {
        let key = key(token)
        if backKeys.contains(key) { return token.hasDot || !nameLikeKeys.contains(key) }
        return token.hasDot && isChain(key)
    }

    /// "S. Kom" from the last two tokens "S." and "Kom": a back title written with a space after its first letter's
    /// dot; nil if the two tokens are not one.
    static func splitTrailingTitle(_ first: String, _ second: String) -> String? {
        guard first.count == 2, first.hasSuffix("."), first.first?.isLetter == true,
              backKeys.contains(key(first + second))
        else { return nil }
        return first + " " + second
    }

    /// True if `token` is a back title written after a comma: a known title, or known titles run together.
    static func isBackTitle(_ token: String) -> Bool {
        let key = key(token)
        return backKeys.contains(key) || isChain(key)
    }

    /// True if the key is two or more back-title keys run together ("semm" = S.E. + M.M.).
    static func isChain(_ key: String) -> Bool {
        let characters = Array(key)
        guard characters.count >= 3, characters.count <= 24 else { return false }
        // parts[i]: the fewest titles that make up the first i characters (0 for none yet, -1 impossible).
        var parts = [Int](repeating: -1, count: characters.count + 1)
        parts[0] = 0
        for end in 1...characters.count {
            for start in max(0, end - 8)..<end where parts[start] >= 0 {
                if backKeys.contains(String(characters[start..<end])) {
                    parts[end] = parts[end] < 0 ? parts[start] + 1 : min(parts[end], parts[start] + 1)
                }
            }
        }
        return parts[characters.count] >= 2
    }
}

extension String {
    /// True if the string contains a full stop (compared by byte, which is much cheaper than by character).
    var hasDot: Bool { utf8.contains(UInt8(ascii: ".")) }
}
