import AccessStore
import ArgumentParser
import DirectorySync
import Foundation
import OfficeService

/// `hakakses audit verify`: on the server host, with the audit key.
struct AuditVerify: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check the hash chain, every record's authentication code and the workflow replay; compare with the directory's anchor; name the first broken record.",
        discussion: "Runs on the server host as the service user (it needs the audit key). Keep the printed head hash elsewhere too (a signed paper report); --expect-head then proves nothing was cut off the end.")
    @OptionGroup var config: ConfigOptions
    @OptionGroup var output: OutputOptions
    @Option(name: .long, help: "A head hash recorded earlier: verify also that the log still contains it.") var expectHead: String?

    struct Result: Encodable {
        let intact: Bool, records: Int64?, head: String?, brokenAt: Int64?, problem: String?, expectedHeadFound: Bool?
        /// Whether the directory's anchor was compared (false when the directory could not be reached).
        let anchorChecked: Bool
        let anchor: Int64?

        /// What is wrong when the log does not contain the anchored record as anchored.
        static func mismatch(_ store: AccessStore, _ anchor: AuditAnchor) -> String? {
            do {
                try store.check(anchor: anchor)
                return nil
            } catch {
                return error.description
            }
        }
    }

    func run() async throws {
        try await reporting {
            let settings = try config.load()
            let result = try await Self.check(settings, expectHead: expectHead)
            if output.json {
                try printJSON(result)
            } else if result.intact {
                let anchor = result.anchorChecked ? "; the directory's anchor (record #\(result.anchor ?? 0)) matches" : ""
                print("audit log intact: \(result.records ?? 0) records, head \(result.head ?? "")\(anchor)")
            } else if let seq = result.brokenAt {
                printError("audit log BROKEN at record \(seq): \(result.problem ?? "")")
            } else {
                printError("audit log BROKEN: \(result.problem ?? "")")
            }
            if !result.intact { throw ExitCode(1) }
        }
    }

    /// The whole check: the log itself, the expected head, then the directory's anchor.
    static func check(_ settings: OfficeSettings, expectHead: String?) async throws(OfficeError) -> Result {
        let store = try settings.openStore { printError("warning: \($0)") }
        // Every record from the first, trusting no checkpoint; an intact log leaves a fresh checkpoint, a broken one
        // leaves none (so every later reader meets the broken record too).
        let verification = try storeCall { () throws(StoreError) in
            try store.verifyAndCheckpoint(sop: settings.sop, catalogue: settings.catalogue).verification
        }
        let expectedFound = try expectHead.map { hash throws(OfficeError) in
            try storeCall { () throws(StoreError) in try store.contains(hash: hash.lowercased()) }
        }
        switch verification {
        case .broken(let broken):
            return Result(intact: false, records: nil, head: nil, brokenAt: broken.seq, problem: broken.description,
                          expectedHeadFound: expectedFound, anchorChecked: false, anchor: nil)
        case .intact(let count, let hash):
            if expectedFound == false {
                return Result(intact: false, records: count, head: hash, brokenAt: nil,
                              problem: "the expected head \(expectHead ?? "") is not in the log: records were removed from its end",
                              expectedHeadFound: false, anchorChecked: false, anchor: nil)
            }
            let anchor: AuditAnchor
            do {
                anchor = try await Self.anchor(try Office(settings: settings) { printError("warning: \($0)") })
            } catch {
                guard error.kind == .unavailable else { throw error }
                printError("warning: the directory's audit anchor was not compared (\(error.description))")
                return Result(intact: true, records: count, head: hash, brokenAt: nil, problem: nil,
                              expectedHeadFound: expectedFound, anchorChecked: false, anchor: nil)
            }
            let mismatch = Result.mismatch(store, anchor)
            return Result(intact: mismatch == nil, records: count, head: hash, brokenAt: nil, problem: mismatch,
                          expectedHeadFound: expectedFound, anchorChecked: true, anchor: anchor.seq)
        }
    }

    static func storeCall<T>(_ body: () throws(StoreError) -> T) throws(OfficeError) -> T {
        do { return try body() } catch { throw .store(error) }
    }

    static func anchor(_ office: Office) async throws(OfficeError) -> AuditAnchor {
        let bridge = try office.bridge()
        do { return try await bridge.readAnchor() } catch { throw .bridge(error) }
    }
}
