import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Creation of the database file with owner-only permissions before SQLite opens it.
enum DatabaseFile {
    /// Checks that the folder exists and creates the file with mode 0600 if it is missing, never truncating an
    /// existing file (another process may be creating it at the same moment). SQLite gives the `-wal` and `-shm`
    /// files the same permissions.
    static func prepare(_ path: String) throws(StoreError) {
        let folder = (path as NSString).deletingLastPathComponent
        var isFolder: ObjCBool = false
        let folderPath = folder.isEmpty ? "." : folder
        guard FileManager.default.fileExists(atPath: folderPath, isDirectory: &isFolder), isFolder.boolValue else {
            throw .folderMissing(folderPath)
        }
        let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        if descriptor >= 0 {
            close(descriptor)
        } else if errno != EEXIST {
            throw .cannotOpen(path: path, reason: String(cString: strerror(errno)))
        }
    }
}
