/// Text made safe for HTML and SVG: `&`, `<`, `>`, `"` and `'` as entities, so that it can stand in an element's text
/// and in a quoted attribute value. The one escaping of the web pages (OfficeServer's `HTML`) and of the markup made
/// here (the SLA chart).
public enum MarkupText {
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
