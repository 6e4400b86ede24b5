import AccessStore
import ArgumentParser
import DirectorySync
import Foundation
import OfficeService

/// `hakakses audit verify`: on the server host, with the audit key.
struct AuditVerify: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: helpText(
            """
            Check the hash chain, every record's authentication code and the workflow \
            replay; compare with the directory's anchor; name the first broken record.
            """,
            id: """
            Periksa rantai hash, kode autentikasi setiap catatan dan pemutaran ulang alur kerja; \
            bandingkan dengan jangkar di direktori; sebutkan catatan pertama yang rusak.
            """),
        discussion: helpText(
            """
            Runs on the server host as the service user (it needs the audit key). Keep the printed head hash \
            elsewhere too (a signed paper report); --expect-head then proves nothing was cut off the end.
            """,
            id: """
            Dijalankan di mesin server sebagai pengguna layanan (memerlukan kunci audit). Simpan \
            juga hash terakhir yang dicetak di tempat lain (laporan kertas yang ditandatangani); \
            dengan --expect-head kemudian terbukti bahwa tidak ada yang terpotong dari ujung log.
            """))
    @OptionGroup var config: ConfigOptions
    @OptionGroup var output: OutputOptions
    @Option(name: .long, help: ArgumentHelp(
        "A head hash recorded earlier: verify also that the log still contains it.",
        id: "Hash terakhir yang dicatat sebelumnya: periksa juga bahwa log masih memuatnya.")) var expectHead: String?

    struct Result: Encodable {
        let intact: Bool, records: Int64?, head: String?, brokenAt: Int64?, problem: String?, expectedHeadFound: Bool?
        /// Whether the directory's anchor was compared (false when the directory could not be reached).
        let anchorChecked: Bool
        let anchor: Int64?
        /// The archive's files compared with their audit records (documents and evidence), and what is wrong.
        var archiveFiles: Int? = nil
        var archiveProblems: [String] = []

        /// What is wrong when the log does not contain the anchored record as anchored.
        static func mismatch(_ store: AccessStore, _ anchor: AuditAnchor) -> String? {
            do throws(StoreError) {
                try store.check(anchor: anchor)
                return nil
            } catch {
                return error.text(in: Shell.language)
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
                say(Catalogue.reports.auditIntact(
                    records: result.records ?? 0, head: result.head ?? "", anchor: result.anchorChecked ? result.anchor ?? 0 : nil))
                say(Catalogue.reports.archiveIntact(result.archiveFiles ?? 0))
            } else {
                if result.brokenAt != nil || result.problem != nil {
                    printError(Catalogue.reports.auditBroken(at: result.brokenAt, result.problem ?? "").text(in: Shell.language))
                }
                for problem in result.archiveProblems { printError(Catalogue.reports.archiveBroken(problem).text(in: Shell.language)) }
            }
            if !result.intact { throw ExitCode(1) }
        }
    }

    /// The whole check: the log itself, the expected head, the directory's anchor, then the archive's files.
    static func check(_ settings: OfficeSettings, expectHead: String?) async throws(OfficeError) -> Result {
        var result = try await checkLog(settings, expectHead: expectHead)
        guard result.brokenAt == nil, result.expectedHeadFound != false else { return result }
        let store = try settings.openStore()
        let state = try storeCall { () throws(StoreError) in try store.state(sop: settings.sop, catalogue: settings.catalogue) }
        let archive = try ArchiveVerification.check(settings, store: store, state: state)
        result.archiveFiles = archive.files
        result.archiveProblems = archive.problems.map(\.description)
        guard archive.problems.isEmpty else {
            return Result(
                intact: false, records: result.records, head: result.head, brokenAt: nil, problem: result.problem,
                expectedHeadFound: result.expectedHeadFound, anchorChecked: result.anchorChecked, anchor: result.anchor,
                archiveFiles: archive.files, archiveProblems: archive.problems.map(\.description))
        }
        return result
    }

    /// The log itself, the expected head, then the directory's anchor.
    static func checkLog(_ settings: OfficeSettings, expectHead: String?) async throws(OfficeError) -> Result {
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
            return Result(intact: false, records: nil, head: nil, brokenAt: broken.seq, problem: broken.text(in: Shell.language),
                          expectedHeadFound: expectedFound, anchorChecked: false, anchor: nil)
        case .intact(let count, let hash):
            if expectedFound == false {
                return Result(intact: false, records: count, head: hash, brokenAt: nil,
                              problem: Catalogue.reports.expectedHeadMissing(expectHead ?? "").text(in: Shell.language),
                              expectedHeadFound: false, anchorChecked: false, anchor: nil)
            }
            let anchor: AuditAnchor
            do {
                anchor = try await Self.anchor(try Office(settings: settings) { printWarning($0) })
            } catch {
                guard error.kind == .unavailable else { throw error }
                printWarning(Catalogue.notices.anchorNotCompared(error.text(in: Shell.language)).text(in: Shell.language))
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
