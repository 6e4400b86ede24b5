import Foundation
import LDAP
import LocalDirectory
import TestSupport
import Testing

/// One of the two shipped SOPs and the directory that serves its office.
enum OfficeKind: String, Sendable {
    case sukamara, mojokerto

    var directoryConfiguration: LocalDirectoryConfiguration {
        switch self {
        case .sukamara:
            LocalDirectoryConfiguration()
        case .mojokerto:
            LocalDirectoryConfiguration(
                baseDN: DN([RDN("dc", "mojokertokota"), RDN("dc", "go"), RDN("dc", "id")]),
                officeName: "Dinas Kependudukan dan Pencatatan Sipil Kota Mojokerto", regionCode: "35.76")
        }
    }

    /// The officials of the office, with their workflow roles and NIPs.
    var staff: [StaffMember] {
        switch self {
        case .sukamara:
            [Staff.kasi, Staff.kabid, Staff.kadis, Staff.sekretaris, Staff.adb]
        case .mojokerto:
            [Staff.kasi, Staff.kadis, Staff.kabid, Staff.adb, Staff.kasiLain]
        }
    }
}

/// An official under ou=staff.
struct StaffMember: Sendable {
    let uid: String
    let roles: [String]
    let nip: String?
    /// The name in the directory (`cn`); the uid when nil.
    var name: String? = nil
}

/// The officials used by the tests. NIPs are valid (birth date, appointment after birth, sex digit, sequence).
enum Staff {
    static let kasi = StaffMember(uid: "kasi", roles: ["kasi"], nip: "19800510 200501 1 003")
    static let kadis = StaffMember(uid: "kadis", roles: ["kadis"], nip: "19650218 198705 1 003", name: "ZAINUDDIN, S.Sos")
    static let sekretaris = StaffMember(uid: "sekretaris", roles: ["sekretaris"], nip: "19700101 199503 2 001")
    static let kabid = StaffMember(uid: "kabid", roles: ["kabid"], nip: "19750303 200003 1 005")
    static let adb = StaffMember(uid: "adb2", roles: ["adb"], nip: "19910202 201601 2 004")
    /// A second Kasi, for a Kasi who applies for operator access herself.
    static let kasiLain = StaffMember(uid: "kasi.lain", roles: ["kasi"], nip: "19930707 201903 2 006")
    /// A Kadis (acting) whose NIP is the NIP of Budi Santoso on the Sukamara proposal list.
    static let kadisBudi = StaffMember(uid: "budi.plt", roles: ["kadis"], nip: Candidates.budiNIP)
    /// Staff without any workflow role.
    static let pegawai = StaffMember(uid: "pegawai", roles: [], nip: "19880808 201001 1 007")
}

/// How staff commands reach the office: in process on the server host (the service user, no server running), or
/// through a running `hakakses serve` over HTTP (a workstation).
enum OfficeMode: String, Sendable, CustomStringConvertible {
    case local, server
    var description: String { rawValue }
}

/// A hak-akses installation for one office: its own slapd, `hakakses init` in a temporary home, staff accounts, and
/// in server mode a running office server.
struct Office: Sendable {
    let kind: OfficeKind
    let mode: OfficeMode
    let directory: LocalDirectory
    /// The folder of config.yaml, the SOP copy and the database (HOME of every run).
    let home: URL
    /// The staff password, in a file (every official has the same one).
    let passwordFile: URL
    /// The office server's URL (server mode).
    let serverURL: String?
    /// The running office server (server mode).
    let server: ServeProcess?
    /// Who reads when a test names nobody: in server mode every call needs a login. The ADB: the access policy lets
    /// the account administrator read the roster, the SKs' people and the audit log.
    static let reader = Staff.adb.uid

    static let staffPassword = "Rahasia-Staf-2026!"

    var config: URL { home.appendingPathComponent("config.yaml") }
    var database: URL { home.appendingPathComponent("hakakses.sqlite") }

    /// Office time on Monday 23 November 2026 (WIB) for "HH:MM", else the ISO 8601 text as given.
    static func time(_ text: String) -> String {
        text.count == 5 ? "2026-11-23T\(text):00+07:00" : text
    }

    /// Runs `hakakses arguments…` with HOME, HAKAKSES_CONFIG and HAKAKSES_NOW set; as `user` when given; in the POSIX
    /// locale `locale` (`C.UTF-8`: English; `id_ID.UTF-8`: Bahasa Indonesia), with `environment` added.
    func run(
        _ arguments: [String], at time: String = "08:00", as user: String? = nil, locale: String = "C.UTF-8",
        environment extra: [String: String] = [:]
    ) async throws -> CLIResult {
        var arguments = arguments
        if let user { arguments += ["--user", user, "--password-file", passwordFile.path] }
        var environment = [
            "HOME": home.path, "HAKAKSES_CONFIG": config.path, "HAKAKSES_NOW": Office.time(time),
            "USER": "nobody-here", "LANG": locale,
        ]
        environment.merge(extra) { _, given in given }
        if let serverURL {
            environment["HAKAKSES_SERVER"] = serverURL
            if user == nil {
                environment["HAKAKSES_USER"] = Office.reader
                environment["HAKAKSES_PASSWORD_FILE"] = passwordFile.path
            }
        }
        return try await CLIRunner.run(arguments, in: home, environment: environment)
    }

    /// Runs and expects exit status 0.
    @discardableResult
    func succeed(
        _ arguments: [String], at time: String = "08:00", as user: String? = nil, locale: String = "C.UTF-8",
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> CLIResult {
        let result = try await run(arguments, at: time, as: user, locale: locale)
        try #require(result.status == 0, "\(result)", sourceLocation: sourceLocation)
        return result
    }

    /// Writes `text` to a file in the home folder and returns its path.
    func write(_ name: String, _ text: String) throws -> String {
        let url = home.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// The same office served by another server process (after a restart).
    func served(by server: ServeProcess) -> Office {
        Office(kind: kind, mode: .server, directory: directory, home: home, passwordFile: passwordFile, serverURL: server.url, server: server)
    }

    /// Adds one more official to the office's directory.
    func addStaff(_ member: StaffMember) async throws {
        try await directory.addStaff(uid: member.uid, password: Office.staffPassword, roles: member.roles, nip: member.nip, name: member.name)
    }
}

/// Runs `body` with a fresh office: a slapd of its own, `hakakses init --uris … --rehearsal` in a temporary home,
/// staff, and in server mode `hakakses serve` running on a free loopback port (stopped afterwards).
func withOffice<T>(
    _ kind: OfficeKind, mode: OfficeMode = .local, extraStaff: [StaffMember] = [],
    configure: (String) -> String = { $0 }, _ body: (Office) async throws -> T
) async throws -> T {
    try await withLocalDirectory(kind.directoryConfiguration) { directory in
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("hakakses-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let passwordFile = home.appendingPathComponent("staff.password")
        try Data("\(Office.staffPassword)\n".utf8).write(to: passwordFile)
        let bridge = directory.serviceAccounts.bridge
        let initialised = try await CLIRunner.run(
            [
                "init", "--office", kind.rawValue, "--home", home.path, "--uris", directory.ldapURI,
                "--base-dn", directory.baseDN.description, "--bridge-dn", bridge.dn.description,
                "--bridge-password-file", bridge.passwordFile.path, "--rehearsal", "--listen", "127.0.0.1:0",
            ],
            in: home, environment: ["HOME": home.path, "LANG": "C.UTF-8"])
        try #require(initialised.status == 0, "\(initialised)")
        let config = home.appendingPathComponent("config.yaml")
        try #require(FileManager.default.fileExists(atPath: config.path), "init wrote no config.yaml")
        // The server's own bridge would race the tests' explicit `sync`: it waits an hour between passes here.
        let written = try String(contentsOf: config, encoding: .utf8).replacingOccurrences(of: "pollSeconds: 10", with: "pollSeconds: 3600")
        try configure(written).write(to: config, atomically: true, encoding: .utf8)
        guard mode == .server else {
            let office = Office(kind: kind, mode: mode, directory: directory, home: home, passwordFile: passwordFile, serverURL: nil, server: nil)
            for member in kind.staff + extraStaff { try await office.addStaff(member) }
            return try await body(office)
        }
        let server = try await ServeProcess.start(config: config, home: home)
        defer { server.stop() }
        let office = Office(
            kind: kind, mode: mode, directory: directory, home: home, passwordFile: passwordFile, serverURL: server.url, server: server)
        for member in kind.staff + extraStaff { try await office.addStaff(member) }
        return try await body(office)
    }
}
