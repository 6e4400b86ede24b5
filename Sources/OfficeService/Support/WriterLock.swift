public import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The lease of the one process that writes an office's database (the office server, or a maintenance command on
/// the server host): an exclusive `flock` on `<database>.lock`. The kernel releases it when the process ends in any
/// way, so a crashed holder keeps nothing; the file names the holder for the message another process shows.
public final class WriterLock: Sendable {
    private let descriptor: Int32
    public let path: String

    private init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
    }

    deinit { close(descriptor) }

    /// Takes the lease for `database`, or refuses naming who holds it.
    public static func acquire(for database: URL, purpose: String) throws(OfficeError) -> WriterLock {
        let path = database.path + ".lock"
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw .unavailable(.lockUnopenable(path: path, reason: String(cString: strerror(errno))))
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let busy = errno == EWOULDBLOCK
            let holder = holderText(descriptor)
            close(descriptor)
            guard busy else { throw .unavailable(.lockFailed(path: path, reason: String(cString: strerror(errno)))) }
            throw .refused(.databaseOwned(path: database.path, holder: holder))
        }
        let text = "pid \(getpid()), \(purpose), since \(ISO8601DateFormatter().string(from: Date()))\n"
        _ = ftruncate(descriptor, 0)
        _ = text.withCString { pwrite(descriptor, $0, strlen($0), 0) }
        return WriterLock(descriptor: descriptor, path: path)
    }

    private static func holderText(_ descriptor: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 512)
        let count = pread(descriptor, &buffer, buffer.count, 0)
        guard count > 0 else { return "holder unknown" }
        return String(decoding: buffer[0..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
