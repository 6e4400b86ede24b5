import Crypto
public import Foundation

/// Digests as text and comparing secrets: lowercase hexadecimal SHA-256, and a comparison that takes the same time
/// whatever the first differing character — the one implementation every module uses for record hashes, codes,
/// file digests, tokens and CSRF values.
public enum Digests {
    /// `bytes` as lowercase hexadecimal.
    public static func hex(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The SHA-256 of `data`, in lowercase hexadecimal.
    public static func sha256(_ data: some DataProtocol) -> String { hex(SHA256.hash(data: data)) }

    /// True if `a` and `b` are the same non-empty text, compared in constant time for a given length.
    public static func equal(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count, !x.isEmpty else { return false }
        var difference: UInt8 = 0
        for index in x.indices { difference |= x[index] ^ y[index] }
        return difference == 0
    }
}
