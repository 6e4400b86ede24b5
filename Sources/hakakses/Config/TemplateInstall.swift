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
            try manager.copyItem(at: shipped, to: target)
        }
        let own = target.appendingPathComponent("kantor.yaml")
        if let office, !manager.fileExists(atPath: own.path) {
            let letterhead = target.appendingPathComponent("kantor/\(office.lowercased()).yaml")
            if manager.fileExists(atPath: letterhead.path) { try manager.copyItem(at: letterhead, to: own) }
        }
        return target
    }
}
