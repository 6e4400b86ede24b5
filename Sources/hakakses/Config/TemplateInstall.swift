import AccessWorkflow
import Foundation
import OfficeService

/// `hakakses init` copies the shipped document templates (config/templates) into the office's folder, where the
/// office edits them: the Mustache templates, README.md, the letterheads under `kantor/`, and the letterhead of a
/// shipped office as `kantor.yaml`. Another office writes its own `kantor.yaml` (the documents say so until then).
enum TemplateInstall {
    /// The folder written, or nil when the shipped templates are not found (the office then uses none until it
    /// copies them; the documents say how).
    static func install(into folder: URL, office: String?) throws -> URL? {
        guard let shipped = ShippedFiles.locate("config/templates") else { return nil }
        let target = folder.appendingPathComponent("templates")
        let manager = FileManager.default
        if !manager.fileExists(atPath: target.path) {
            try copyFolder(shipped, to: target)
        }
        let own = target.appendingPathComponent("kantor.yaml")
        if let office, !manager.fileExists(atPath: own.path) {
            let letterhead = target.appendingPathComponent("kantor/\(office.lowercased()).yaml")
            if manager.fileExists(atPath: letterhead.path) { try manager.copyItem(at: letterhead, to: own) }
        }
        return target
    }

    /// Copies the folder `source` to `target` (which does not exist yet), making every folder anew so that the copy
    /// belongs to whoever runs `init`. `FileManager.copyItem` on a folder also gives the copied folders their
    /// source's owner, which fails for the service user (EPERM) when the templates are root's, as installed in
    /// /usr/share/hak-akses by the Debian package.
    static func copyFolder(_ source: URL, to target: URL) throws {
        let manager = FileManager.default
        try manager.createDirectory(at: target, withIntermediateDirectories: false)
        for name in try manager.contentsOfDirectory(atPath: source.path).sorted() {
            let from = source.appendingPathComponent(name)
            let to = target.appendingPathComponent(name)
            var isFolder: ObjCBool = false
            if manager.fileExists(atPath: from.path, isDirectory: &isFolder), isFolder.boolValue {
                try copyFolder(from, to: to)
            } else {
                try manager.copyItem(at: from, to: to)
            }
        }
    }
}
