import Foundation

/// Copying the archive folder into a backup: every regular file under a name the archive uses (`dokumen/…`,
/// `bukti/…`, no hidden parts), each hashed as it is written. Nothing is followed: a link (one could point at the
/// audit key) is reported as skipped with anything else that is not the office's, and sub-folders are opened
/// relative to their parent without following links, so a folder swapped for a link meanwhile is not entered.
enum ArchiveCopy {
    /// Copies the archive under `source` to `target` (same relative paths; `target` is created, and must not
    /// exist). The files copied (path `archive/…`, size, SHA-256) and the relative paths skipped, both sorted.
    static func copy(from source: URL, to target: URL) throws(OfficeError) -> (files: [BackupManifest.File], skipped: [String]) {
        // The configured folder itself may be a link (an administrator's choice); nothing inside it is followed.
        let root = source.standardizedFileURL.resolvingSymlinksInPath().path
        let top = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard top >= 0 else {
            if errno == ENOENT { return ([], []) }  // no archive yet: nothing to copy
            throw .unavailable(.backupUnwritable(path: root, detail: String(cString: strerror(errno))))
        }
        var walk = Walk(target: target.path)
        try walk.folder(top, relative: "")
        return (walk.files.sorted { $0.path < $1.path }, walk.skipped.sorted())
    }

    private struct Walk {
        let target: String
        var files: [BackupManifest.File] = []
        var skipped: [String] = []
        /// Target folders made so far (relative; "" is `target` itself).
        var made: Set<String> = []
        var buffer = [UInt8](repeating: 0, count: FileDigest.pieceSize)

        init(target: String) { self.target = target }

        /// Walks the open folder `descriptor` (closed when done), at `relative` under the archive.
        mutating func folder(_ descriptor: Int32, relative: String) throws(OfficeError) {
            guard let stream = fdopendir(descriptor) else {
                let problem = String(cString: strerror(errno))
                close(descriptor)
                throw .unavailable(.backupUnwritable(path: relative, detail: problem))
            }
            defer { closedir(stream) }
            let parent = dirfd(stream)
            while true {
                errno = 0
                guard let entry = readdir(stream) else {
                    if errno != 0 { throw .unavailable(.backupUnwritable(path: relative, detail: String(cString: strerror(errno)))) }
                    return
                }
                let name = withUnsafePointer(to: &entry.pointee.d_name) {
                    String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
                }
                if name == "." || name == ".." { continue }
                let path = relative.isEmpty ? name : "\(relative)/\(name)"
                var info = stat()
                guard fstatat(parent, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else {
                    skipped.append(path)  // gone or unreadable meanwhile: not the office's to copy, and reported
                    continue
                }
                switch info.st_mode & S_IFMT {
                case S_IFDIR:
                    let child = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                    guard child >= 0 else {
                        skipped.append(path)
                        continue
                    }
                    try folder(child, relative: path)
                case S_IFREG where ArchiveFolder.isValidName(path):
                    try file(parent, name: name, relative: relative, path: path)
                default:
                    skipped.append(path)
                }
            }
        }

        private mutating func file(_ parent: Int32, name: String, relative: String, path: String) throws(OfficeError) {
            let input = openat(parent, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
            guard input >= 0 else { throw .unavailable(.backupUnwritable(path: path, detail: String(cString: strerror(errno)))) }
            defer { close(input) }  // closing a file only read from cannot lose data
            try makeFolder(relative)
            let digest = try FileDigest.copy(input, shown: path, to: "\(target)/\(path)", buffer: &buffer)
            files.append(.init(path: "\(BackupManifest.archiveName)/\(path)", size: digest.size, sha256: digest.sha256))
        }

        /// The target folder for files at `relative`, and those above it, made once (mode 0700).
        private mutating func makeFolder(_ relative: String) throws(OfficeError) {
            if made.contains(relative) { return }
            if !relative.isEmpty {
                let parent = relative.split(separator: "/").dropLast().joined(separator: "/")
                try makeFolder(parent)
            }
            let path = relative.isEmpty ? target : "\(target)/\(relative)"
            guard mkdir(path, 0o700) == 0 || errno == EEXIST else {
                throw .unavailable(.backupUnwritable(path: path, detail: String(cString: strerror(errno))))
            }
            made.insert(relative)
        }
    }
}
