public import Foundation
import Crypto
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The office's audit key: a 256-bit secret kept in a file beside the configuration (mode 0600, readable only by the
/// service user), never in the database. Every audit record carries an HMAC-SHA-256 made with it, so a record
/// written by someone who can write the database file but cannot read this key is found by verification, however
/// carefully its hash chain was recomputed.
///
/// HMAC, not a signature: the only party that writes and verifies is the office server (and `audit verify` on the
/// same host), so a public key buys nothing, and an HMAC costs about a microsecond per record where an Ed25519
/// verification costs about a hundred — a full verification of a 100,000-record log would go from under a second to
/// over ten.
public struct AuditKey: Sendable {
    private let key: SymmetricKey
    /// The HMAC of records with the key and the label already fed in: each record's code starts from a copy of it
    /// instead of preparing the key again (most of the cost of a code for a short record hash).
    private let recordCode: HMAC<SHA256>

    /// A key from its 32 bytes.
    public init(bytes: some ContiguousBytes) throws(AuditKeyError) {
        let key = SymmetricKey(data: bytes)
        guard key.bitCount == 256 else { throw .wrongLength(bits: key.bitCount) }
        self.init(checked: key)
    }

    /// A fresh random key that is never written anywhere: for in-memory stores and tests.
    public static func ephemeral() -> AuditKey {
        AuditKey(checked: SymmetricKey(size: .bits256))
    }

    private init(checked key: SymmetricKey) {
        self.key = key
        var code = HMAC<SHA256>(key: key)
        code.update(data: Self.label)
        recordCode = code
    }

    /// A short public name of the key (not secret: derived one way), to tell keys apart in messages and records.
    public var fingerprint: String {
        let code = HMAC<SHA256>.authenticationCode(for: Data("hak-akses audit key fingerprint".utf8), using: key)
        return String(Self.hex(code).prefix(16))
    }

    /// The authentication code of a record, as 64 lowercase hex digits: HMAC-SHA-256 over a fixed label and the
    /// record's hash. The hash already covers every chained field (previous hash, seq, time, kind, actor, subject,
    /// payload), so authenticating it authenticates them, and a megabyte payload is not read twice.
    public func mac(recordHash: String) -> String {
        var hmac = recordCode
        var hash = recordHash
        hash.withUTF8 { hmac.update(data: UnsafeRawBufferPointer($0)) }
        return Self.hex(hmac.finalize())
    }

    /// Whether `mac` is this key's code for `recordHash` (compared in constant time).
    public func isValid(mac: String, recordHash: String) -> Bool {
        Self.same(self.mac(recordHash: recordHash), mac)
    }

    /// The HMAC-SHA-256 under this key of a domain label followed by `fields` and then `bytes`, each after its
    /// length (8 bytes, big-endian, so that no two lists feed the same bytes), as 64 lowercase hex digits: for values
    /// other than records (checkpoints, day rosters, compact payloads). Each kind of value has its own label, so a
    /// code made for one is never valid for another.
    func code(domain: String, fields: [String], bytes: UnsafeRawBufferPointer? = nil) -> String {
        var hmac = HMAC<SHA256>(key: key)
        hmac.update(data: Data("hak-akses \(domain)\n".utf8))
        func add(_ part: UnsafeRawBufferPointer) {
            var length = UInt64(part.count).bigEndian
            withUnsafeBytes(of: &length) { hmac.update(data: $0) }
            hmac.update(data: part)
        }
        for field in fields {
            var field = field
            field.withUTF8 { add(UnsafeRawBufferPointer($0)) }
        }
        if let bytes { add(bytes) }
        return Self.hex(hmac.finalize())
    }

    /// Whether two codes are equal, compared in constant time.
    static func same(_ expected: String, _ given: String) -> Bool { Digests.equal(expected, given) }

    private static let label = Data("hak-akses audit record v1\n".utf8)

    static func hex(_ bytes: some Sequence<UInt8>) -> String { Digests.hex(bytes) }

    static func hex(_ code: HashedAuthenticationCode<SHA256>) -> String {
        code.withUnsafeBytes { hex($0) }
    }
}

extension AuditKey {
    /// Reads the key file: 64 hex digits on the first line. Refuses a file that others than its owner may read or
    /// write, since whoever reads it can forge records.
    public init(contentsOf url: URL) throws(AuditKeyError) {
        var info = stat()
        guard stat(url.path, &info) == 0 else {
            throw errno == ENOENT ? .missing(url.path) : .unreadable(url.path, reason: String(cString: strerror(errno)))
        }
        let permissions = info.st_mode & 0o777
        guard permissions & 0o077 == 0 else { throw .tooOpen(url.path, mode: permissions) }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw .unreadable(url.path, reason: "permission denied")
        }
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.utf8.count == 64, let bytes = Self.bytes(hex: text) else { throw .malformed(url.path) }
        try self.init(bytes: bytes)
    }

    /// Creates a new key file with mode 0600; never overwrites an existing one (an office's records would no longer
    /// verify).
    @discardableResult
    public static func generate(at url: URL) throws(AuditKeyError) -> AuditKey {
        let key = ephemeral()
        let descriptor = open(url.path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            if errno == EEXIST { throw .exists(url.path) }
            throw .unreadable(url.path, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        let text = key.key.withUnsafeBytes { hex($0) } + "\n"
        let written = text.withCString { write(descriptor, $0, strlen($0)) }
        guard written == text.utf8.count, fsync(descriptor) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(url.path)
            throw .unreadable(url.path, reason: "could not write the new key (\(reason))")
        }
        return key
    }

    private static func bytes(hex text: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        var high: UInt8?
        for character in text.utf8 {
            let value: UInt8
            switch character {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = character - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): value = character - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): value = character - UInt8(ascii: "A") + 10
            default: return nil
            }
            if let first = high {
                bytes.append(first << 4 | value)
                high = nil
            } else {
                high = value
            }
        }
        return high == nil ? bytes : nil
    }
}

/// Why an audit key could not be used. Each description says what to do.
public enum AuditKeyError: Error, Sendable, Hashable, CustomStringConvertible {
    case missing(String)
    case exists(String)
    case unreadable(String, reason: String)
    case tooOpen(String, mode: mode_t)
    case malformed(String)
    case wrongLength(bits: Int)

    public var description: String {
        switch self {
        case .missing(let path):
            return "the audit key \(path) does not exist; `hakakses init` creates it — restore it from the office's key backup (without it no record can be written or verified)"
        case .exists(let path):
            return "an audit key already exists at \(path); it is never overwritten, because the office's records are authenticated with it"
        case let .unreadable(path, reason):
            return "the audit key \(path) cannot be read (\(reason)); run as the service user that owns it"
        case let .tooOpen(path, mode):
            return "the audit key \(path) may be read or written by others (mode \(String(mode, radix: 8))); run `chmod 600 \(path)` and check who copied it"
        case .malformed(let path):
            return "the audit key \(path) is not 64 hexadecimal digits; restore it from the office's key backup"
        case .wrongLength(let bits):
            return "an audit key must have 256 bits, not \(bits)"
        }
    }
}
