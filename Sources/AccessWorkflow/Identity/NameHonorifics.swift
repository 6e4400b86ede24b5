/// Titles of nobility written before a name and kept out of its parts (like academic front titles, they stay in
/// the display name): Javanese and Sundanese Raden (R.), Raden Mas (R.M.), Raden Ajeng / Raden Ayu (R.A., R.Ay.),
/// Raden Roro (Rr.), Raden Nganten (R.Ngt.); Acehnese Teuku, Tengku / Teungku (Tgk.) and Cut; Butonese La Ode (men)
/// and Wa Ode (women).
///
/// Balinese caste and birth-order names (I Gusti, Ida Bagus, Putu, Made …) are not titles: they are part of the
/// legal name and stay in it (see ``UsernameWords`` for usernames).
enum NameHonorifics {
    /// Honorifics recognised whether or not they carry a dot.
    static let keys: Set<String> = ["raden", "teuku", "tengku", "teungku", "tgk", "cut"]

    /// Abbreviated honorifics, recognised only with a dot: R., R.A., R.M., R.Ay., Rr., R.Ngt., R.Rr.
    static let abbreviatedKeys: Set<String> = ["r", "ra", "rm", "ray", "rr", "rngt", "rrr"]

    /// Words that continue "Raden" / "R.": Raden Mas, Raden Ajeng, Raden Ayu, Raden Roro/Rara, Raden Nganten,
    /// Raden Ngabehi, Raden Panji, Raden Bagus.
    static let radenContinuations: Set<String> = ["mas", "ajeng", "ayu", "roro", "rara", "rr", "nganten", "ngt",
                                                  "ngabehi", "panji", "bagus"]

    /// The number of tokens at the start of `tokens` that form an honorific, leaving at least one token for the name
    /// (0 if none).
    static func length(at tokens: ArraySlice<String>) -> Int {
        guard let first = tokens.first, tokens.count >= 2 else { return 0 }
        let key = NameTitles.key(first)
        let second = tokens[tokens.index(after: tokens.startIndex)]
        if key == "la" || key == "wa", NameTitles.key(second) == "ode" { return tokens.count >= 3 ? 2 : 0 }
        let isRaden = key == "raden" || key == "r"
        guard keys.contains(key) || (first.hasDot && abbreviatedKeys.contains(key)) else { return 0 }
        if isRaden, tokens.count >= 3, radenContinuations.contains(NameTitles.key(second)) { return 2 }
        return 1
    }
}
