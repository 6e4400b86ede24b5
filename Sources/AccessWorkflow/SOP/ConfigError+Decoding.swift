/// Turns YAML decoding failures into located configuration errors.
extension ConfigError {
    /// A ``ConfigError`` whose path is the decoding path ("steps[2].time") and whose message says what to write.
    static func fromDecoding(_ error: any Error) -> ConfigError {
        guard let decoding = error as? DecodingError else {
            let detail = String(describing: error).whitespaceNormalised
            return ConfigError("the file is not valid YAML (\(detail)); fix the indentation or quoting near that place")
        }
        switch decoding {
        case let .keyNotFound(key, context):
            let path = render(context.codingPath + [key])
            return ConfigError("this required field is missing; add '\(key.stringValue):'", at: path)
        case let .valueNotFound(_, context):
            return ConfigError("this field is empty; give it a value", at: render(context.codingPath))
        case let .typeMismatch(type, context):
            return ConfigError("expected \(describe(type)) here; correct the value's form", at: render(context.codingPath))
        case let .dataCorrupted(context):
            let reason = context.debugDescription.isEmpty ? "the value is malformed; correct it" : context.debugDescription
            return ConfigError(reason, at: render(context.codingPath))
        @unknown default:
            return ConfigError("the file could not be read (\(decoding)); check it against the shipped examples")
        }
    }

    /// "steps[2].executor" from a coding path.
    static func render(_ path: [any CodingKey]) -> String {
        var text = ""
        for key in path {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : "." + key.stringValue
            }
        }
        return text
    }

    private static func describe(_ type: Any.Type) -> String {
        let name = String(describing: type)
        if name.hasPrefix("Array") { return "a list" }
        if name.hasPrefix("Dictionary") { return "a mapping" }
        if name == "Bool" { return "true or false" }
        if name == "Int" { return "a whole number" }
        if name == "String" { return "a text value" }
        return "a \(name) value"
    }
}
