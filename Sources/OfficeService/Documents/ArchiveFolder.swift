import AccessStore
import Foundation

/// The office's archive folder on disk: generated documents under `dokumen/`, uploaded evidence files under
/// `bukti/`. Files are written once (a name that exists is never overwritten), readable by the service user and its
/// group only; the audit log holds the SHA-256 of each (see ``ArchiveIndex``), so a file changed or removed
/// afterwards is found by `hakakses audit verify`.
struct ArchiveFolder: Sendable {
    let root: URL

    enum Written: Sendable { case written, alreadyThere }

    /// Writes `data` at `name` (relative), atomically. An existing file with the same content is left as it is; one
    /// with other content is refused — it was changed after it was stored, which `audit verify` reports.
    func write(_ data: Data, to name: String) throws(OfficeError) -> Written {
        guard Self.isValidName(name) else { throw .badInput(.said(Phrase(id: "'\(name)' bukan nama di dalam arsip", en: "'\(name)' is not a name inside the archive"))) }
        let target = root.appendingPathComponent(name)
        let manager = FileManager.default
        if let existing = manager.contents(atPath: target.path) {
            guard Self.sha256(existing) == Self.sha256(data) else {
                throw .refused(.said(Phrase(id: "arsip sudah menyimpan berkas lain di \(target.path) (berkas itu diubah setelah disimpan); jalankan `hakakses audit verify` dan pulihkan arsip dari cadangannya", en: "the archive already holds a different file at \(target.path) (it was changed after it was stored); run `hakakses audit verify` and restore the archive from its backup")))
            }
            return .alreadyThere
        }
        let folder = target.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try manager.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o750])
            guard manager.createFile(atPath: temporary.path, contents: data, attributes: [.posixPermissions: 0o640]) else {
                throw OfficeError.unavailable(.said(Phrase(id: "tidak dapat menulis ke folder arsip \(folder.path); periksa bahwa folder itu ada dan pengguna layanan boleh menulis di sana (kunci konfigurasi `archive:`)", en: "cannot write into the archive folder \(folder.path); check that it exists and the service user may write there (configuration key `archive:`)")))
            }
            defer { try? manager.removeItem(at: temporary) }  // try?: our own temporary name; the kept file is the hard link made below
            try manager.linkItem(at: temporary, to: target)
        } catch let error as OfficeError {
            throw error
        } catch {
            if manager.fileExists(atPath: target.path) { return try write(data, to: name) }
            throw .unavailable(.said(Phrase(id: "tidak dapat menulis \(target.path) ke arsip (\(error.localizedDescription)); periksa izin folder dan ruang kosongnya (kunci konfigurasi `archive:`)", en: "cannot write \(target.path) into the archive (\(error.localizedDescription)); check the folder's permissions and free space (configuration key `archive:`)")))
        }
        return .written
    }

    /// The file's content, or nil if it is not there.
    func read(_ name: String) -> Data? {
        guard Self.isValidName(name) else { return nil }
        return FileManager.default.contents(atPath: root.appendingPathComponent(name).path)
    }

    /// The absolute path of an archive name.
    func path(_ name: String) -> String { root.appendingPathComponent(name).path }

    /// A relative name under `dokumen/` or `bukti/` without `..`, empty or hidden segments.
    static func isValidName(_ name: String) -> Bool {
        let segments = name.split(separator: "/", omittingEmptySubsequences: false)
        guard segments.count >= 2, ["dokumen", "bukti"].contains(segments[0]) else { return false }
        return segments.allSatisfy { !$0.isEmpty && !$0.hasPrefix(".") && !$0.contains("\\") }
    }

    /// Lowercase hexadecimal SHA-256.
    static func sha256(_ data: Data) -> String { Digests.sha256(data) }

    /// A file-name-safe form of a subject: "000.8.3.3/241/Dukcapil/2026" → "000.8.3.3-241-Dukcapil-2026".
    static func slug(_ text: String) -> String {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_")
        var slug = String(text.map { allowed.contains($0) ? $0 : "-" })
        while slug.contains("--") { slug = slug.replacingOccurrences(of: "--", with: "-") }
        slug = String(slug.drop { $0 == "-" || $0 == "." })
        return slug.isEmpty ? "tanpa-subjek" : String(slug.prefix(80))
    }
}
