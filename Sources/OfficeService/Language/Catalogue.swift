import AccessWorkflow

/// The fixed texts of hak-akses's shells — the `hakakses` CLI and the office server's pages — in Bahasa Indonesia
/// and English: one catalogue for both, so an official reads the same words at the terminal and in the browser.
///
/// ## How it is organised
/// - An entry is a ``Phrase``: both forms side by side, `Phrase(id: "PERMOHONAN", en: "REQUEST")`, or
///   `Phrase(same: "NIP")` for a word that is the same in both. A text with values is a method that returns a
///   `Phrase`, its values interpolated into both forms:
///   `func filed(_ request: String, candidates: Int) -> Phrase`.
/// - Entries are grouped by concern into *sections*: a `struct` per section, one file each
///   (`Catalogue+Requests.swift`, …), reached through a static instance here (`Catalogue.requests.filed(…)`).
///   Constant entries are stored properties (`let`), so the tests find every one of them by reflection.
/// - Sentences of errors are not here: they belong to the error types (`text(in:)` on ``OfficeError``,
///   ``OfficeMessage`` and the core's errors, in their `+Indonesian.swift` files).
///
/// ## Adding texts (e.g. the web pages)
/// 1. Add a section: `public struct WebTexts: Sendable { public let inboxTitle = Phrase(id: "Kotak Masuk", en: "Inbox") … }`
///    in `Catalogue+Web.swift`, with methods for texts that take values.
/// 2. Give it a static instance below (`public static let web = WebTexts()`) and list it in ``sections``, so
///    `CatalogueTests` checks every constant entry (both forms non-empty; different unless made with `same:`).
/// 3. Say a phrase with `phrase.text(in: language)`; the CLI's language comes from its locale or `--lang`, the
///    server's from the request's `Accept-Language` (default Indonesian).
///
/// Words follow the offices' usage: *permohonan*, *tahap*, *pejabat*, *paraf*, *disposisi*, *SK Kadis*,
/// *pakta integritas*, *kelengkapan*, *mutu baku waktu*; SIAK, NIP, NIK, NI PPPK, SK, Kadis, Kabid, Kasi and ADB
/// stay as they are.
public enum Catalogue {
    /// Column headings of tables.
    public static let columns = Columns()
    /// Short words in cells: statuses, outcomes, results.
    public static let words = Words()
    /// Requests: filing, progress, review, the inbox, a request in full.
    public static let requests = RequestTexts()
    /// SKs: issuing, importing, listing, showing.
    public static let decrees = DecreeTexts()
    /// Reports: the roster, the SLA report, reconciliation, the audit log and its verification.
    public static let reports = ReportTexts()
    /// Accounts in the directory: sync, handover, revocation.
    public static let accounts = AccountTexts()
    /// Running an office: init, the local directory, staff, sessions, audit maintenance.
    public static let administration = AdministrationTexts()
    /// Warnings and notices on standard error.
    public static let notices = Notices()
    /// The SOP's documents and the archive.
    public static let documents = DocumentTexts()
    /// The office server's web pages.
    public static let web = WebTexts()
    /// Backups, restores, replicas, what a restore lost.
    public static let recovery = RecoveryTexts()
    /// The applicant's status page.
    public static let status = StatusTexts()
    /// The operators' password page.
    public static let password = PasswordTexts()
    /// The forgotten-password page.
    public static let reset = ResetTexts()

    /// Every section, for the tests that check each constant entry.
    public static let sections: [any Sendable] = [columns, words, requests, decrees, reports, accounts, administration, notices, documents, web, recovery, status, password, reset]
}
