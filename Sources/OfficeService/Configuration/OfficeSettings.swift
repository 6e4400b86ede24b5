public import AccessStore
public import AccessWorkflow
public import Foundation
import LocalDirectory

/// The configuration of an office as the server (or a command on the server host) uses it: checked, with defaults
/// filled in.
public struct OfficeSettings: Sendable {
    public let file: URL
    public let raw: ConfigFile
    public let sop: SOPDefinition
    /// The office's copy of its SOP file (`sop:` in the configuration): the version in force, replaced only by
    /// `hakakses sop adopt`.
    public let sopURL: URL
    public let catalogue: RoleCatalogue
    public let databaseURL: URL
    public let auditKeyURL: URL
    public let usernameRule: UsernameRule
    /// The folder of an embedded local directory, if that is what is configured.
    public let localDirectoryFolder: URL?
    /// Callers may set the workflow clock (demo, tests); see ``OfficeClock``.
    public let rehearsal: Bool

    public var folder: URL { file.deletingLastPathComponent() }

    /// A path named in the configuration: absolute, or relative to the configuration file's `folder`.
    static func path(_ value: String, in folder: URL) -> URL {
        value.hasPrefix("/") ? URL(fileURLWithPath: value) : folder.appendingPathComponent(value).standardizedFileURL
    }

    /// Checks `raw` (read from `file`) as an office's configuration.
    public init(file: URL, _ raw: ConfigFile) throws(OfficeError) {
        self.file = file
        self.raw = raw
        let folder = file.deletingLastPathComponent()
        func path(_ value: String) -> URL { Self.path(value, in: folder) }
        guard let sopPath = raw.sop, let database = raw.database, let directory = raw.directory else {
            let missing = [("sop", raw.sop == nil), ("database", raw.database == nil), ("directory", raw.directory == nil)]
                .filter(\.1).map(\.0).joined(separator: ", ")
            throw .badInput(.notServerConfiguration(path: file.path, missing: missing))
        }
        let sopURL = path(sopPath)
        self.sopURL = sopURL
        do {
            sop = try SOPDefinition(yaml: try String(contentsOf: sopURL, encoding: .utf8))
        } catch let error as ConfigError {
            throw .badInput(.sopInvalid(path: sopURL.path, error))
        } catch {
            throw .badInput(.sopUnreadable(path: sopURL.path, detail: error.localizedDescription))
        }
        if let roles = raw.roles {
            let rolesURL = path(roles)
            do {
                catalogue = try RoleCatalogue(yaml: try String(contentsOf: rolesURL, encoding: .utf8))
            } catch let error as ConfigError {
                throw .badInput(.rolesInvalid(path: rolesURL.path, error))
            } catch {
                throw .badInput(.rolesUnreadable(path: rolesURL.path, detail: error.localizedDescription))
            }
        } else {
            catalogue = .standard
        }
        databaseURL = path(database)
        guard let key = raw.auditKey else {
            throw .badInput(.noAuditKeyNamed(file.path))
        }
        auditKeyURL = path(key)
        let particles = raw.accounts?.nameParticles ?? UsernameRule.NameParticles.drop.rawValue
        guard let nameParticles = UsernameRule.NameParticles(rawValue: particles) else {
            throw .badInput(.nameParticles(particles, path: file.path))
        }
        let collisionText = raw.accounts?.collisions ?? UsernameRule.Collisions.middleNames.rawValue
        guard let collisions = UsernameRule.Collisions(rawValue: collisionText) else {
            throw .badInput(.collisions(collisionText, path: file.path))
        }
        do throws(UsernameError) {
            usernameRule = try UsernameRule(
                pattern: raw.accounts?.usernameRule ?? "{first}.{last}", maxLength: raw.accounts?.maxLength ?? 32,
                nameParticles: nameParticles, collisions: collisions)
        } catch {
            throw .badInput(.usernameRule(path: file.path, error))
        }
        localDirectoryFolder = directory.local.map(path)
        if localDirectoryFolder == nil && (directory.uris ?? []).isEmpty {
            throw .badInput(.directoryUnset(file.path))
        }
        rehearsal = raw.rehearsal ?? false
    }

    /// Loads and checks the configuration at `url`.
    public static func load(_ url: URL) throws(OfficeError) -> OfficeSettings {
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw .badInput(.noConfiguration(url.path))
        }
        return try OfficeSettings(file: url, ConfigFile.load(url))
    }

    /// The office's audit key, read from its file.
    public func auditKey() throws(OfficeError) -> AuditKey { try Self.auditKey(at: auditKeyURL) }

    /// An audit key read from the file at `url` (a replica's copy, a key kept beside a backup), refused as the
    /// office's own would be (missing, unreadable, open to others, malformed).
    public static func auditKey(at url: URL) throws(OfficeError) -> AuditKey {
        do { return try AuditKey(contentsOf: url) } catch { throw .badInput(.auditKey(error)) }
    }

    /// Opens the database (which `hakakses init` created) with the audit key; `warn` hears of what the store does
    /// not stop for (a checkpoint it did not trust).
    public func openStore(warn: @escaping @Sendable (String) -> Void = { _ in }) throws(OfficeError) -> AccessStore {
        let path = databaseURL.path
        guard FileManager.default.fileExists(atPath: path) else {
            throw .badInput(.noDatabase(path: path, configuration: file.path))
        }
        let key = try auditKey()
        do { return try AccessStore(path: path, key: key, warn: warn) } catch { throw .store(error) }
    }

    /// Where the directory is and how the bridge authenticates.
    public func directory() throws(OfficeError) -> DirectoryEndpoint {
        try DirectoryEndpoint(self)
    }
}
