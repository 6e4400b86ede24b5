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
        String(title.lowercased().filter { $0 != "." && !$0.isWhitespace })
    }

    /// True if `token` is a front title as written.
    static func isFrontTitle(_ token: String) -> Bool {
        let key = key(token)
        guard frontKeys.contains(key) else { return false }
        return token.contains(".") || !frontKeysNeedingDot.contains(key)
    }

    /// Splits a token such as "Prof.Dr." or "Dr.Ir.H." into its titles when every part is a front title.
    static func splitJoinedFrontTitles(_ token: String) -> [String]? {
        let parts = token.split(separator: ".").map(String.init)
        guard parts.count >= 2, token.hasSuffix("."),
              parts.allSatisfy({ frontKeys.contains(key($0)) })
        else { return nil }
        return parts.map { $0 + "." }
    }

    /// True if `token` is a back title that may stand at the end of a name without a comma: it must contain a dot
    /// (so that a name such as "SE" or "MA" is never mistaken for a title).
    static func isTrailingBackTitle(_ token: String) -> Bool {
        token.contains(".") && backKeys.contains(key(token))
    }
}
