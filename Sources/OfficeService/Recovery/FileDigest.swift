import AccessStore
import Crypto
import Foundation

/// SHA-256 of files, read in pieces through one reusable buffer (a database of hundreds of megabytes is never held
/// whole), and copies that hash what they write on the way. Plain descriptors: a backup copies a thousand files, and
/// per-file Foundation objects cost more than the bytes.
enum FileDigest {
    /// One piece read at a time.
    static let pieceSize = 1 << 20

    /// Copies `source` to `target` (a new file: never over an existing one) and returns the SHA-256 of what was
    /// written, read once: each piece is hashed on its way.
    static func copy(_ source: URL, to target: URL) throws(OfficeError) -> (size: Int64, sha256: String) {
        let input = open(source.path, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else { throw .unavailable(.backupUnwritable(path: source.path, detail: String(cString: strerror(errno)))) }
        defer { close(input) }  // closing a file only read from cannot lose data
        var buffer = [UInt8](repeating: 0, count: pieceSize)
        return try copy(input, shown: source.path, to: target.path, buffer: &buffer)
    }

    /// Copies the open file `input` to a new file at `target` through `buffer`; the size and SHA-256 written.
    static func copy(_ input: Int32, shown: String, to target: String, buffer: inout [UInt8]) throws(OfficeError)
        -> (size: Int64, sha256: String)
    {
        let output = open(target, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard output >= 0 else { throw .unavailable(.backupUnwritable(path: target, detail: String(cString: strerror(errno)))) }
        var hasher = SHA256()
        var size: Int64 = 0
        let failure: String? = buffer.withUnsafeMutableBytes { piece in
            guard let base = piece.baseAddress else { return "no buffer" }
            while true {
                let count = read(input, base, piece.count)
                if count < 0 {
                    if errno == EINTR { continue }
                    return "\(shown): \(String(cString: strerror(errno)))"
                }
                if count == 0 { return nil }
                let bytes = UnsafeRawBufferPointer(start: base, count: count)
                hasher.update(bufferPointer: bytes)
                var written = 0
                while written < count {
                    let result = write(output, base + written, count - written)
                    if result < 0 {
                        if errno == EINTR { continue }
                        return String(cString: strerror(errno))
                    }
                    written += result
                }
                size += Int64(count)
            }
        }
        // A close that fails may have lost written data: that is a failed copy.
        let closed = close(output) == 0 ? nil : String(cString: strerror(errno))
        if let problem = failure ?? closed { throw .unavailable(.backupUnwritable(path: target, detail: problem)) }
        return (size, hasher.finalize().withUnsafeBytes { Digests.hex($0) })
    }

    /// The size and SHA-256 of the file at `url`.
    static func of(_ url: URL) throws(OfficeError) -> (size: Int64, sha256: String) {
        let input = open(url.path, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else { throw .unavailable(.backupUnwritable(path: url.path, detail: String(cString: strerror(errno)))) }
        defer { close(input) }  // closing a file only read from cannot lose data
        var hasher = SHA256()
        var size: Int64 = 0
        var buffer = [UInt8](repeating: 0, count: pieceSize)
        let failure: String? = buffer.withUnsafeMutableBytes { piece in
            guard let base = piece.baseAddress else { return "no buffer" }
            while true {
                let count = read(input, base, piece.count)
                if count < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                if count == 0 { return nil }
                hasher.update(bufferPointer: UnsafeRawBufferPointer(start: base, count: count))
                size += Int64(count)
            }
        }
        if let failure { throw .unavailable(.backupUnwritable(path: url.path, detail: failure)) }
        return (size, hasher.finalize().withUnsafeBytes { Digests.hex($0) })
    }
}
