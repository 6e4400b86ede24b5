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
        var problem = pieces(of: input, shown: shown, buffer: &buffer) { piece in
            var written = 0
            while written < piece.count, let base = piece.baseAddress {
                let result = write(output, base + written, piece.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                written += result
            }
            return nil
        }
        // A close that fails may have lost written data: that is a failed copy.
        if close(output) != 0, problem.failure == nil { problem.failure = String(cString: strerror(errno)) }
        if let failure = problem.failure { throw .unavailable(.backupUnwritable(path: target, detail: failure)) }
        return (problem.size, problem.sha256)
    }

    /// The size and SHA-256 of the file at `url`.
    static func of(_ url: URL) throws(OfficeError) -> (size: Int64, sha256: String) {
        let input = open(url.path, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else { throw .unavailable(.backupUnwritable(path: url.path, detail: String(cString: strerror(errno)))) }
        defer { close(input) }  // closing a file only read from cannot lose data
        var buffer = [UInt8](repeating: 0, count: pieceSize)
        let read = pieces(of: input, shown: url.path, buffer: &buffer) { _ in nil }
        if let failure = read.failure { throw .unavailable(.backupUnwritable(path: url.path, detail: failure)) }
        return (read.size, read.sha256)
    }

    /// Reads `input` to its end through `buffer`, hashing each piece and handing it to `use` (which returns why it
    /// failed, if it did); the size and SHA-256 read, or why reading or `use` stopped.
    private static func pieces(
        of input: Int32, shown: String, buffer: inout [UInt8], _ use: (UnsafeRawBufferPointer) -> String?
    ) -> (size: Int64, sha256: String, failure: String?) {
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
                if let problem = use(bytes) { return problem }
                size += Int64(count)
            }
        }
        return (size, hasher.finalize().withUnsafeBytes { Digests.hex($0) }, failure)
    }
}
