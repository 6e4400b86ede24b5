import AccessStore
import ArgumentParser
import DirectorySync
import Foundation
import OfficeService

/// The operating-system user running a maintenance command, for the audit record.
private var hostActor: String { "host:\(ProcessInfo.processInfo.environment["USER"] ?? "unknown")" }

/// `hakakses audit seal`: authenticate the records of a log written before audit keys (once, audited).
struct AuditSeal: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seal",
        abstract: "Give every record written before this office had an audit key its authentication code (once; recorded).",
        discussion: "Sealing vouches for the log as it is now. Compare its head with one recorded before the upgrade first (--expect-head).")
    @OptionGroup var config: ConfigOptions
    @Option(name: .long, help: "Why, and who checked the log (recorded).") var note: String
    @Option(name: .long, help: "A head hash recorded before: refuse to seal unless the log contains it.") var expectHead: String?

    func run() async throws {
        try await reporting {
            let settings = try config.load()
            let lock = try WriterLock.acquire(for: settings.databaseURL, purpose: "`hakakses audit seal`")
            let store = try settings.openStore()
            if let expectHead {
                let found: Bool
                do throws(StoreError) { found = try store.contains(hash: expectHead.lowercased()) } catch { throw OfficeError.store(error) }
                guard found else {
                    throw OfficeError.refused(.expectedHeadMissing(expectHead))
                }
            }
            let report: SealReport
            do throws(StoreError) {
                report = try store.seal(sop: settings.sop, catalogue: settings.catalogue, actor: hostActor, note: note,
                                        at: OfficeClock(rehearsal: settings.rehearsal).now())
            } catch {
                throw OfficeError.store(error)
            }
            say(Catalogue.administration.sealed(report.sealed, record: report.record.seq, key: try settings.auditKey().fingerprint))
            _ = lock
        }
    }
}

/// `hakakses audit new-key`: an audit key for an office configured by an older version.
struct AuditNewKey: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new-key",
        abstract: "Create the audit key file (mode 0600) beside the configuration and name it there; then run `hakakses audit seal`.",
        discussion: "Never overwrites a key. Back the key file up apart from the database: without it no record can be written or verified.")
    @OptionGroup var config: ConfigOptions

    func run() async throws {
        try await reporting {
            let url = config.url
            let file = try ConfigFile.load(url)
            if let existing = file.auditKey {
                throw OfficeError.refused(.keyAlreadyNamed(path: url.path, key: existing))
            }
            let keyURL = url.deletingLastPathComponent().appendingPathComponent("audit.key")
            let key: AuditKey
            do throws(AuditKeyError) { key = try AuditKey.generate(at: keyURL) } catch { throw OfficeError.badInput(.auditKey(error)) }
            var text = try String(contentsOf: url, encoding: .utf8)
            if !text.hasSuffix("\n") { text += "\n" }
            text += "# The audit key (mode 0600, outside the database); every audit record carries its HMAC.\nauditKey: audit.key\n"
            try text.write(to: url, atomically: true, encoding: .utf8)
            say(Catalogue.administration.keyCreated(keyURL.path, key: key.fingerprint, configuration: url.path))
            say(Catalogue.administration.nextSeal)
        }
    }
}

/// `hakakses audit reanchor`: accept, on the record, that the database lost records after a restore.
struct AuditReanchor: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reanchor",
        abstract: "After a deliberate restore that lost records: record the loss and move the directory's anchor to the database's head.",
        discussion: "Only for a restore decided by the office: the audit log keeps what the anchor said, who moved it and why.")
    @OptionGroup var config: ConfigOptions
    @Option(name: .long, help: "Why the records after the backup are accepted as lost (recorded).") var reason: String

    struct Payload: Encodable {
        let previousSeq: Int64
        let previousHash: String
        let reason: String
    }

    func run() async throws {
        try await reporting {
            let settings = try config.load()
            let lock = try WriterLock.acquire(for: settings.databaseURL, purpose: "`hakakses audit reanchor`")
            let office = try Office(settings: settings) { printWarning($0) }
            let bridge = try office.bridge()
            let previous: AuditAnchor
            do throws(BridgeError) { previous = try await bridge.readAnchor() } catch { throw OfficeError.bridge(error) }
            do throws(StoreError) { try office.store.check(anchor: previous) } catch {
                guard case .anchorMismatch = error else { throw OfficeError.store(error) }
                let now = office.clock.now()
                do throws(StoreError) {
                    try office.store.append(
                        kind: AuditKind.auditReanchored, actor: hostActor, subject: "",
                        payload: Payload(previousSeq: previous.seq, previousHash: previous.hash, reason: reason), at: now)
                } catch {
                    throw OfficeError.store(error)
                }
                do throws(BridgeError) { _ = try await bridge.reanchor(now: now) } catch { throw OfficeError.bridge(error) }
                say(Catalogue.administration.reanchored(previous: previous.text(in: Shell.language)))
                _ = lock
                return
            }
            throw OfficeError.refused(.nothingLost(previous))
        }
    }
}
