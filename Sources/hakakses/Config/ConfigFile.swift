import Foundation
import Yams

/// `config.yaml` as written by `hakakses init` or by hand. Paths are relative
/// to the folder of the file. See config/hakakses.example.yaml.
struct ConfigFile: Codable {
    /// A label for messages, e.g. "Kabupaten Sukamara".
    var office: String?
    /// The office's SOP definition (YAML).
    var sop: String
    /// The SIAK role catalogue (YAML); the built-in one when absent.
    var roles: String?
    /// The SQLite database.
    var database: String
    var directory: Directory
    var accounts: Accounts?
    var sync: Sync?
    var reconcile: Reconcile?

    struct Directory: Codable {
        /// Folder of an embedded local slapd (`hakakses directory start`); instead of `uris`.
        var local: String?
        /// Servers, tried in order.
        var uris: [String]?
        var baseDN: String?
        var startTLS: Bool?
        var caFile: String?
        /// The bridge's service account and the file holding its password.
        var bridgeDN: String?
        var bridgePasswordFile: String?
        var networkTimeoutSeconds: Int?
        var operationTimeoutSeconds: Int?
    }

    struct Accounts: Codable {
        /// Username pattern, e.g. "{first}.{last}" or "{nip}".
        var usernameRule: String?
        var maxLength: Int?
    }

    struct Sync: Codable {
        /// Writes per LDAP transaction in large decrees.
        var transactionSize: Int?
        /// Writes outstanding at once.
        var window: Int?
        /// Backoff while the directory is unreachable.
        var retryInitialSeconds: Int?
        var retryMaxSeconds: Int?
        /// Days a revoked (locked) entry stays before it is deleted.
        var revocationGraceDays: Int?
        /// How often `serve` looks at the outbox.
        var pollSeconds: Int?
    }

    struct Reconcile: Codable {
        /// Minutes between reconciliations in `serve`.
        var intervalMinutes: Int?
        /// An apply that would change more than this share of the managed entries needs --force.
        var maxChangePercent: Double?
        /// An apply touching at most this many entries never needs --force.
        var alwaysAllowedChanges: Int?
        /// Whether `serve` applies the differences it finds (else it only reports them).
        var applyInServe: Bool?
    }

    static func load(_ url: URL) throws(CLIError) -> ConfigFile {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw .badInput("cannot read the configuration \(url.path): \(error.localizedDescription)")
        }
        do { return try YAMLDecoder().decode(ConfigFile.self, from: text) } catch {
            throw .badInput("the configuration \(url.path) is not valid: \(describe(error))")
        }
    }

    func yaml() throws -> String { try YAMLEncoder().encode(self) }
}
