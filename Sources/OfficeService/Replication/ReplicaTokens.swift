import AccessStore
import Foundation

/// The replicas the configuration admits (`api.replicaTokens`): the SHA-256 of each one's token. A token is 32 random
/// bytes, base64url, made by `hakakses replica token` on the replica's machine; only its hash is on the server.
public struct ReplicaTokens: Sendable {
    /// `sha256:` and 64 lowercase hexadecimal digits, in the configuration's order.
    public let hashes: [String]

    /// The configured hashes, each checked: a wrong one is named with what to fix.
    public init(configured: [String]?) throws(OfficeError) {
        var hashes: [String] = []
        for (index, value) in (configured ?? []).enumerated() {
            let text = value.trimmingCharacters(in: .whitespaces).lowercased()
            let hex = text.hasPrefix("sha256:") ? String(text.dropFirst(7)) : ""
            guard hex.count == 64, hex.allSatisfy(\.isHexDigit) else {
                throw .badInput(.said(Phrase(
                    id: "api.replicaTokens[\(index)] bukan `sha256:` dan 64 digit heksadesimal; salin baris yang dicetak `hakakses replica token` di mesin replika",
                    en: "api.replicaTokens[\(index)] is not `sha256:` and 64 hexadecimal digits; copy the line `hakakses replica token` printed on the replica's machine")))
            }
            hashes.append("sha256:" + hex)
        }
        self.hashes = hashes
    }

    /// The hash of `token` as the configuration lists it.
    public static func hash(of token: String) -> String {
        "sha256:" + Digests.sha256(Data(token.utf8))
    }

    /// A new token: 32 random bytes, base64url (the same as a session's).
    public static func make() -> String { SessionStore.randomToken() }

    /// The replica `token` belongs to (its short id), or nil; every configured hash is compared in full, in
    /// constant time.
    public func replica(presenting token: String) -> String? {
        guard !token.isEmpty else { return nil }
        let presented = Self.hash(of: token)
        var found: String?
        for hash in hashes where Digests.equal(hash, presented) { found = hash }
        return found.map(Self.id)
    }

    /// How a replica is named in logs and the health answer: `sha256:` and the first 12 digits of its token's hash.
    public static func id(_ hash: String) -> String { String(hash.prefix(19)) }
}
