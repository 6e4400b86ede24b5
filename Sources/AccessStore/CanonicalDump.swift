/// A deterministic text of any value's stored properties, found by reflection: sets and dictionaries are written
/// sorted, so two equal values give the same text in every process. Used to tell whether a checkpoint was made
/// under the same SOP and role catalogue, which are not `Encodable`.
enum CanonicalDump {
    static func text(of value: Any) -> String {
        var out = ""
        write(value, into: &out)
        return out
    }

    private static func write(_ value: Any, into out: inout String) {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            if let wrapped = mirror.children.first { write(wrapped.value, into: &out) } else { out += "nil" }
        case .set, .dictionary:
            let parts = mirror.children.map { text(of: $0.value) }.sorted()
            out += "{" + parts.joined(separator: ",") + "}"
        case .collection:
            out += "["
            for (index, child) in mirror.children.enumerated() {
                if index > 0 { out += "," }
                write(child.value, into: &out)
            }
            out += "]"
        case .enum where mirror.children.isEmpty:
            out += "\(type(of: value)).\(value)"
        case nil:
            out += String(reflecting: value)
        default:
            out += "\(type(of: value))("
            for (index, child) in mirror.children.enumerated() {
                if index > 0 { out += "," }
                out += (child.label ?? "_") + ":"
                write(child.value, into: &out)
            }
            out += ")"
        }
    }
}
