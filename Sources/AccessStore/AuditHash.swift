import Crypto
import Foundation

/// SHA-256 over length-prefixed fields, so that no two different field lists hash the same bytes.
enum AuditHash {
    static func compute(_ fields: [String]) -> String {
        var hasher = SHA256()
        for var field in fields {
            // Hashes the string's own UTF-8 storage: no copy of (possibly megabyte-sized) payloads.
            field.withUTF8 { bytes in
                var length = UInt64(bytes.count).bigEndian
                withUnsafeBytes(of: &length) { hasher.update(bufferPointer: $0) }
                hasher.update(bufferPointer: UnsafeRawBufferPointer(bytes))
            }
        }
        return hasher.finalize().withUnsafeBytes { Digests.hex($0) }
    }
}

/// The JSON form of payloads: sorted keys, unescaped slashes (SK numbers stay readable).
enum StoreJSON {
    static func encode<T: Encodable>(_ value: T) throws(StoreError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self)
        } catch {
            throw .encoding(StoreError.sentenceFragment(error))
        }
    }
}
