import Foundation
import MultipartKit
import NIOCore

/// A submitted HTML form: `application/x-www-form-urlencoded` fields, or `multipart/form-data` fields and files.
struct SubmittedForm: Sendable {
    struct File: Sendable {
        let field: String
        let fileName: String
        let contentType: String?
        let bytes: [UInt8]
    }

    private(set) var fields: [String: [String]] = [:]
    private(set) var files: [File] = []

    /// The first value of a field, trimmed; nil when absent or empty.
    func value(_ name: String) -> String? {
        guard let raw = fields[name]?.first else { return nil }
        let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// Every value of a field (checkboxes, repeated inputs).
    func values(_ name: String) -> [String] { fields[name] ?? [] }

    var allFields: [String: [String]] { fields }
    var allFiles: [File] { files }

    /// The uploaded files of a field that are not empty.
    func files(_ name: String) -> [File] { files.filter { $0.field == name && !$0.bytes.isEmpty } }

    /// Parses a body by its content type; nil for a type a form does not send.
    static func parse(contentType: String, body: ByteBuffer) -> SubmittedForm? {
        let lower = contentType.lowercased()
        if lower.hasPrefix("application/x-www-form-urlencoded") {
            return urlEncoded(String(buffer: body))
        }
        if lower.hasPrefix("multipart/form-data"), let boundary = boundary(contentType) {
            return multipart(body, boundary: boundary)
        }
        return nil
    }

    static func urlEncoded(_ text: String) -> SubmittedForm {
        var form = SubmittedForm()
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = decode(parts[0])
            let value = parts.count > 1 ? decode(parts[1]) : ""
            form.fields[name, default: []].append(value)
        }
        return form
    }

    private static func decode(_ text: Substring) -> String {
        String(text).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(text)
    }

    private static func boundary(_ contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2, pair[0].lowercased() == "boundary" {
                return pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            }
        }
        return nil
    }

    private static func multipart(_ body: ByteBuffer, boundary: String) -> SubmittedForm? {
        let parser = MultipartParser(boundary: boundary)
        var parts: [(headers: [(String, String)], body: [UInt8])] = []
        var headers: [(String, String)] = []
        var bytes: [UInt8] = []
        parser.onHeader = { name, value in headers.append((name.lowercased(), value)) }
        parser.onBody = { buffer in bytes += buffer.readableBytesView }
        parser.onPartComplete = {
            parts.append((headers, bytes))
            headers = []
            bytes = []
        }
        do { try parser.execute(body) } catch { return nil }
        var form = SubmittedForm()
        for part in parts {
            guard let disposition = part.headers.first(where: { $0.0 == "content-disposition" })?.1 else { continue }
            let attributes = dispositionAttributes(disposition)
            guard let name = attributes["name"] else { continue }
            if let fileName = attributes["filename"] {
                let type = part.headers.first { $0.0 == "content-type" }?.1
                form.files.append(File(field: name, fileName: fileName, contentType: type, bytes: part.body))
            } else {
                form.fields[name, default: []].append(String(decoding: part.body, as: UTF8.self))
            }
        }
        return form
    }

    private static func dispositionAttributes(_ header: String) -> [String: String] {
        var attributes: [String: String] = [:]
        for piece in header.split(separator: ";").dropFirst() {
            let pair = piece.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2 else { continue }
            attributes[pair[0].lowercased()] = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        }
        return attributes
    }
}
