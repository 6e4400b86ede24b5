import AccessStore
import Foundation

/// A fresh folder under the system's temporary directory, removed with everything in it when released.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("accessstore-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// The path of a file in the folder.
    func path(_ name: String = "hakakses.sqlite") -> String { url.appendingPathComponent(name).path }

    /// The folder's audit key (one per folder, in a file beside the databases, as an office keeps it).
    func key() throws -> AuditKey {
        let file = url.appendingPathComponent("audit.key")
        if FileManager.default.fileExists(atPath: file.path) { return try AuditKey(contentsOf: file) }
        return try AuditKey.generate(at: file)
    }

    /// A store on a file in this folder.
    func store(_ name: String = "hakakses.sqlite") throws -> AccessStore { try AccessStore(path: path(name), key: try key()) }
}
