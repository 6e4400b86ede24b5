import Foundation

/// One LDIF record (RFC 2849): an entry to add, or a change.
public enum LDIFRecord: Sendable, Hashable {
    case add(DN, [LDAPAttribute])
    case modify(DN, [Modification])
    case delete(DN)
    case rename(DN, newRDN: RDN, newParent: DN?, deleteOldRDN: Bool)

    /// The write this record describes.
    public var write: LDAPWrite {
        switch self {
        case .add(let dn, let attributes): return .add(dn, attributes)
        case .modify(let dn, let mods): return .modify(dn, mods)
        case .delete(let dn): return .delete(dn)
        case .rename(let dn, let rdn, let parent, let deleteOld):
            return .rename(dn, newRDN: rdn, newParent: parent, deleteOldRDN: deleteOld)
        }
    }
}

/// A problem in LDIF text, with the line it starts on.
public struct LDIFError: Error, Sendable, CustomStringConvertible {
    public let line: Int
    public let message: String
    public var description: String { "LDIF line \(line): \(message)" }
}

/// Reading and writing LDIF (RFC 2849).
public enum LDIF {
    /// Parses content and change records. `file:` URLs (`attr:< …`) are refused.
    public static func parse(_ text: String) throws(LDIFError) -> [LDIFRecord] {
        var records: [LDIFRecord] = []
        for block in logicalBlocks(text) {
            records.append(try record(block))
        }
        return records
    }

    /// LDIF text for one record, values base64-encoded where RFC 2849 requires it.
    public static func render(_ record: LDIFRecord) -> String {
        var lines: [String] = []
        switch record {
        case .add(let dn, let attributes):
            lines.append(line("dn", LDAPValue(dn.description)))
            for attribute in attributes {
                for value in attribute.values { lines.append(line(attribute.name, value)) }
            }
        case .modify(let dn, let mods):
            lines.append(line("dn", LDAPValue(dn.description)))
            lines.append("changetype: modify")
            for mod in mods {
                let verb = ["add", "delete", "replace"][Int(mod.operation.rawValue)]
                lines.append("\(verb): \(mod.attribute)")
                for value in mod.values { lines.append(line(mod.attribute, value)) }
                lines.append("-")
            }
        case .delete(let dn):
            lines.append(line("dn", LDAPValue(dn.description)))
            lines.append("changetype: delete")
        case .rename(let dn, let rdn, let parent, let deleteOld):
            lines.append(line("dn", LDAPValue(dn.description)))
            lines.append("changetype: modrdn")
            lines.append(line("newrdn", LDAPValue(rdn.description)))
            lines.append("deleteoldrdn: \(deleteOld ? 1 : 0)")
            if let parent { lines.append(line("newsuperior", LDAPValue(parent.description))) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `name: value`, or `name:: base64` when the value is not a safe string.
    public static func line(_ name: String, _ value: LDAPValue) -> String {
        isSafe(value.bytes) ? "\(name): \(value.string ?? "")" : "\(name):: \(Data(value.bytes).base64EncodedString())"
    }

    /// RFC 2849 SAFE-STRING, plus valid UTF-8 beyond ASCII (which base64 would hide from readers).
    static func isSafe(_ bytes: [UInt8]) -> Bool {
        guard let first = bytes.first else { return true }
        if first == 0x20 || first == 0x3A || first == 0x3C { return false }  // space, ':', '<'
        if bytes.last == 0x20 { return false }
        if bytes.contains(where: { $0 == 0 || $0 == 0x0A || $0 == 0x0D }) { return false }
        return LDAPValue(bytes: bytes).string != nil
    }

    // MARK: - Parsing

    private struct Line { let number: Int; let text: String }

    /// Unfolds continuation lines, drops comments, splits records on blank lines.
    private static func logicalBlocks(_ text: String) -> [[Line]] {
        var blocks: [[Line]] = []
        var current: [Line] = []
        var inComment = false
        let physical = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, raw) in physical.enumerated() {
            var text = String(raw)
            if text.hasSuffix("\r") { text.removeLast() }
            if text.hasPrefix(" ") {
                if inComment { continue }
                if let last = current.popLast() { current.append(Line(number: last.number, text: last.text + text.dropFirst())) }
                continue
            }
            inComment = false
            if text.isEmpty {
                if !current.isEmpty { blocks.append(current) }
                current = []
            } else if text.hasPrefix("#") {
                inComment = true
            } else {
                current.append(Line(number: index + 1, text: text))
            }
        }
        if !current.isEmpty { blocks.append(current) }
        // An optional "version: 1" line may precede the first record.
        if let first = blocks.first?.first, first.text.lowercased().hasPrefix("version:") {
            blocks[0].removeFirst()
            if blocks[0].isEmpty { blocks.removeFirst() }
        }
        return blocks
    }

    private static func split(_ line: Line) throws(LDIFError) -> (String, LDAPValue) {
        guard let colon = line.text.firstIndex(of: ":") else {
            throw LDIFError(line: line.number, message: "expected 'attribute: value', found '\(line.text)'")
        }
        let name = String(line.text[..<colon])
        var rest = line.text[line.text.index(after: colon)...]
        if rest.hasPrefix(":") {
            rest = rest.dropFirst().drop(while: { $0 == " " })
            guard let data = Data(base64Encoded: String(rest)) else {
                throw LDIFError(line: line.number, message: "the base64 value of '\(name)' is not valid base64")
            }
            return (name, LDAPValue(bytes: [UInt8](data)))
        }
        if rest.hasPrefix("<") {
            throw LDIFError(line: line.number, message: "values read from URLs ('\(name):<') are not supported; put the value inline")
        }
        return (name, LDAPValue(String(rest.drop(while: { $0 == " " }))))
    }

    private static func dn(_ value: LDAPValue, line: Int) throws(LDIFError) -> DN {
        do { return try DN(parsing: value.string ?? "") } catch {
            throw LDIFError(line: line, message: "'\(value)' is not a valid DN")
        }
    }

    private static func record(_ block: [Line]) throws(LDIFError) -> LDIFRecord {
        let (first, firstValue) = try split(block[0])
        guard first.lowercased() == "dn" else {
            throw LDIFError(line: block[0].number, message: "a record must start with 'dn:', found '\(first):'")
        }
        let target = try dn(firstValue, line: block[0].number)
        var rest = Array(block.dropFirst())
        var changeType = "add"  // a content record is an add
        if let line = rest.first, let (name, value) = try? split(line), name.lowercased() == "changetype" {  // try?: a first line that is not an attribute is no changetype; the record is parsed (and refused) as content
            changeType = (value.string ?? "").lowercased()
            rest.removeFirst()
        }
        switch changeType {
        case "add":
            var attributes: [LDAPAttribute] = []
            for line in rest {
                let (name, value) = try split(line)
                if let i = attributes.firstIndex(where: { $0.name.caseInsensitiveEquals(name) }) {
                    attributes[i].values.append(value)
                } else {
                    attributes.append(LDAPAttribute(name, [value]))
                }
            }
            return .add(target, attributes)
        case "delete":
            return .delete(target)
        case "modify":
            return .modify(target, try modifications(rest))
        case "modrdn", "moddn":
            var fields: [String: (LDAPValue, Int)] = [:]
            for line in rest {
                let (name, value) = try split(line)
                fields[name.lowercased()] = (value, line.number)
            }
            guard let (rdnValue, rdnLine) = fields["newrdn"] else {
                throw LDIFError(line: block[0].number, message: "a modrdn record needs 'newrdn:'")
            }
            let newRDN = try dn(rdnValue, line: rdnLine).rdn
            guard let newRDN else { throw LDIFError(line: rdnLine, message: "'newrdn' is empty") }
            let parent = try fields["newsuperior"].map { (value, line) throws(LDIFError) in try dn(value, line: line) }
            let deleteOld = fields["deleteoldrdn"]?.0.string != "0"
            return .rename(target, newRDN: newRDN, newParent: parent, deleteOldRDN: deleteOld)
        default:
            throw LDIFError(line: block[0].number + 1, message: "unknown changetype '\(changeType)'; use add, delete, modify or modrdn")
        }
    }

    private static func modifications(_ lines: [Line]) throws(LDIFError) -> [Modification] {
        var mods: [Modification] = []
        var current: Modification?
        for line in lines {
            if line.text == "-" {
                if let done = current { mods.append(done) }
                current = nil
                continue
            }
            let (name, value) = try split(line)
            if let open = current {
                guard name.caseInsensitiveEquals(open.attribute) else {
                    throw LDIFError(line: line.number, message: "'\(name)' inside a change of '\(open.attribute)'; end each change with '-'")
                }
                current?.values.append(value)
            } else {
                let operation: Modification.Operation
                switch name.lowercased() {
                case "add": operation = .add
                case "delete": operation = .delete
                case "replace": operation = .replace
                default:
                    throw LDIFError(line: line.number, message: "expected 'add:', 'delete:' or 'replace:', found '\(name):'")
                }
                current = Modification(operation, value.string ?? "", [])
            }
        }
        if let done = current { mods.append(done) }
        return mods
    }
}
