import AccessWorkflow
import DirectorySync
import Foundation
import LDAP

extension Context {
    /// The bridge as configured: the directory, the bridge account, write settings.
    func bridge() throws(CLIError) -> Bridge {
        let endpoint = try settings.directory()
        let password = try endpoint.bridgePassword()
        let sync = settings.raw.sync
        let bridgeSettings = BridgeSettings(
            transactionSize: sync?.transactionSize ?? 500, window: sync?.window ?? 64,
            retryInitial: .seconds(sync?.retryInitialSeconds ?? 5), retryMax: .seconds(sync?.retryMaxSeconds ?? 300),
            graceDays: sync?.revocationGraceDays ?? 30, usernameRule: settings.usernameRule)
        let options = endpoint.options
        let dn = endpoint.bridgeDN
        return Bridge(
            store: store, sop: sop, catalogue: catalogue, layout: DirectoryLayout(baseDN: endpoint.baseDN), settings: bridgeSettings
        ) { () async throws(LDAPError) in
            try await LDAPConnection.connect(options, credentials: .simple(dn: dn, password: password))
        }
    }
}

extension CLIError {
    init(bridge error: BridgeError) {
        switch error {
        case .directoryUnavailable: self = .unavailable(error.description)
        case .auditBroken: self = .refused(error.description)
        case .directory, .store: self = .badInput(error.description)
        }
    }
}

/// A one-line progress bar on standard error, only when it is a terminal.
final class ProgressBar: @unchecked Sendable {
    private let label: String
    private let enabled = isatty(STDERR_FILENO) == 1
    private let lock = NSLock()
    private var lastPercent = -1

    init(_ label: String) { self.label = label }

    func update(_ done: Int, _ total: Int) {
        guard enabled, total > 0 else { return }
        let percent = done * 100 / total
        lock.lock()
        defer { lock.unlock() }
        guard percent != lastPercent else { return }
        lastPercent = percent
        let width = 30, filled = width * done / total
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        FileHandle.standardError.write(Data("\r\(label) [\(bar)] \(done)/\(total)".utf8))
        if done == total { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
