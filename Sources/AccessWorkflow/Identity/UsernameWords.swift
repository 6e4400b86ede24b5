/// Words of a name that usernames leave out because many people share them, so that usernames stay readable and
/// do not all start alike.
///
/// - Balinese names: the gender prefix I (men) and Ni (women, also Ni Luh) and the caste titles Ida Bagus, Ida Ayu,
///   Anak Agung (A.A.), Gusti (Gusti Ayu), Cokorda (Cok., Tjokorda), Dewa (Dewa Ayu), Desak and Dayu. The
///   birth-order names (Wayan, Putu, Gede, Luh, Made, Kadek, Nengah, Nyoman, Komang, Ketut) stay: they are what
///   people are called ("I PUTU GEDE ARSANA" → putu.arsana, "NI MADE SRI ASIH" → made.asih).
/// - Single-letter initials ("M." for Muhammad), when at least two other words are left ("M. RIDWAN KAMIL" →
///   ridwan.kamil, but "M. ZAINUDDIN" → m.zainuddin).
enum UsernameWords {
    /// Balinese birth-order names.
    static let birthOrder: Set<String> = ["wayan", "putu", "gede", "gde", "luh", "made", "kadek", "nengah", "nyoman",
                                          "komang", "ketut"]
    /// Balinese caste words that follow the gender prefix or open the name.
    static let caste: Set<String> = ["ida", "anak", "aa", "gusti", "cokorda", "cok", "tjokorda", "dewa", "desak", "dayu"]

    /// The words a username is made of: `words` without the particles above, never fewer than one.
    static func of(_ words: [String]) -> [String] {
        let keys = words.map(NameTitles.key)
        var start = 0
        /// True if word `index` exists and at least one word follows it.
        func leavesName(_ index: Int) -> Bool { index + 1 < words.count }
        if leavesName(0), keys[0] == "i" || keys[0] == "ni",
           birthOrder.contains(keys[1]) || caste.contains(keys[1]) {
            start = 1
            if keys[0] == "ni", keys[1] == "luh", leavesName(1), birthOrder.contains(keys[2]) || caste.contains(keys[2]) {
                start = 2
            }
        }
        while leavesName(start) {
            let key = keys[start]
            let next = keys[start + 1]
            if (key == "ida" && (next == "bagus" || next == "ayu")) || (key == "anak" && next == "agung") {
                guard leavesName(start + 1) else { break }
                start += 2
            } else if key == "gusti" || key == "dewa" {
                start += next == "ayu" && leavesName(start + 1) ? 2 : 1
            } else if ["aa", "cokorda", "cok", "tjokorda", "desak", "dayu"].contains(key) {
                start += 1
            } else {
                break
            }
        }
        let rest = Array(words[start...])
        let full = rest.filter { !isInitial($0) }
        return full.count >= 2 ? full : rest
    }

    /// True for a single-letter initial with or without its dot: "M.", "A" (not a number such as "2").
    static func isInitial(_ word: String) -> Bool {
        let letters = word.filter { $0 != "." }
        return letters.count == 1 && word.count <= 2 && letters.first?.isLetter == true
    }
}
