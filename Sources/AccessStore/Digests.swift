import Crypto
public import Foundation

/// Digests as text and comparing secrets: lowercase hexadecimal SHA-256, and a comparison that takes the same time
/// whatever the first differing character — the one implementation every module uses for record hashes, codes,
/// file digests, tokens and CSRF values.
public enum Digests {
    /// `bytes` as lowercase hexadecimal.
    public static func hex(_ bytes: some Sequence<UInt8>) -> String {
        if let text = bytes.withContiguousStorageIfAvailable({ hex(UnsafeRawBufferPointer($0)) }) { return text }
        return Array(bytes).withUnsafeBytes { hex($0) }
    }

    /// `bytes` as lowercase hexadecimal, written straight into the string's storage (record hashes and codes are
    /// made a hundred thousand times in a verification).
    public static func hex(_ bytes: UnsafeRawBufferPointer) -> String {
        let digits: StaticString = "0123456789abcdef"
        return digits.withUTF8Buffer { digits in
            String(unsafeUninitializedCapacity: bytes.count * 2) { out in
                var index = 0
                for byte in bytes {
                    out[index] = digits[Int(byte >> 4)]
                    out[index + 1] = digits[Int(byte & 0x0F)]
                    index += 2
                }
                return index
            }
        }
    }

    /// The SHA-256 of `data`, in lowercase hexadecimal.
    public static func sha256(_ data: some DataProtocol) -> String { hex(SHA256.hash(data: data)) }

    /// True if `a` and `b` are the same non-empty text, compared in constant time for a given length.
    public static func equal(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                guard x.count == y.count, !x.isEmpty else { return false }
                var difference: UInt8 = 0
                for index in x.indices { difference |= x[index] ^ y[index] }
                return difference == 0
            }
        }
    }
}
