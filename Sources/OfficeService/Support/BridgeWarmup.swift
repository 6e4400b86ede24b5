public import Foundation
import LDAP
import Synchronization

/// The bridge's directory connection, opened and bound while the rest of the office is still being opened (the SOP
/// parsed, the database opened): a command that goes to the directory at once (`hakakses reconcile`, `sync`) then
/// finds it ready instead of waiting for the connection and slapd's password check afterwards.
///
/// Only a shortcut: if the directory is not configured, the password file unreadable or the connection fails, the
/// warmup holds nothing and the bridge connects as always, reporting the error in its own words. The first bridge
/// connection takes it; later ones connect themselves.
public final class BridgeWarmup: Sendable {
    private let pending: Mutex<Task<LDAPConnection?, Never>?>
    /// The directory it was opened for, so that an office configured otherwise does not use it.
    let endpoint: DirectoryEndpoint

    private init(endpoint: DirectoryEndpoint, task: Task<LDAPConnection?, Never>) {
        self.endpoint = endpoint
        pending = Mutex(task)
    }

    /// Starts connecting as the bridge account that `config` (read from `file`) names; nil when it names none that
    /// can be used (the office then reports why, when it opens).
    public static func start(file: URL, _ config: ConfigFile) -> BridgeWarmup? {
        let endpoint: DirectoryEndpoint, password: String
        do throws(OfficeError) {
            endpoint = try DirectoryEndpoint(file: file, config)
            password = try endpoint.bridgePassword()
        } catch {
            return nil  // reported by the office when the bridge needs the directory
        }
        let options = endpoint.options, dn = endpoint.bridgeDN
        let task = Task { () async -> LDAPConnection? in
            do throws(LDAPError) {
                return try await LDAPConnection.connect(options, credentials: .simple(dn: dn, password: password))
            } catch {
                return nil  // the bridge connects again and reports this error itself
            }
        }
        return BridgeWarmup(endpoint: endpoint, task: task)
    }

    /// The connection, once: nil if it failed or was taken already.
    func take() async -> LDAPConnection? {
        guard let task = pending.withLock({ pending in
            defer { pending = nil }
            return pending
        }) else { return nil }
        return await task.value
    }

    /// True when it was opened for `endpoint` (same servers, base and bridge account).
    func serves(_ other: DirectoryEndpoint) -> Bool {
        endpoint.options.uris == other.options.uris && endpoint.bridgeDN == other.bridgeDN && endpoint.baseDN == other.baseDN
            && endpoint.options.startTLS == other.options.startTLS
    }
}
