import AccessWorkflow
import ArgumentParser
import DirectorySync
import Foundation
import LDAP
import LocalDirectory
import OfficeService

/// `hakakses staff add|list`: the officials who act in the workflow (``StaffDirectory``), written as the embedded
/// directory's local administrator, or — on a directory elsewhere, the office's own or the national one — as the
/// office's staff administrator (`directory.staffAdminDN`), whose rules let it write only `ou=staff` and the
/// workflow groups of its office.
struct StaffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "staff",
        abstract: helpText(
            "Add or list workflow staff: in the embedded directory, or as the office's staff administrator (directory.staffAdminDN).",
            id: "Tambah atau tampilkan pegawai alur kerja: di direktori bawaan, atau sebagai administrator pegawai kantor (directory.staffAdminDN)."),
        subcommands: [Add.self, List.self])

    /// A connection that may write the office's staff, and where they live: the embedded directory's local
    /// administrator, else the staff administrator configured for a directory elsewhere.
    static func connection(_ settings: OfficeSettings) async throws(OfficeError) -> (LDAPConnection, StaffDirectory) {
        if let folder = settings.localDirectoryFolder {
            let directory: LocalDirectory?
            do { directory = try LocalDirectory.attach(folder: folder) } catch { throw .badInput(.localDirectoryUnusable(describe(error))) }
            guard let directory else { throw .unavailable(.noLocalDirectoryRunning(folder.path)) }
            do {
                return (try await directory.adminConnection(), StaffDirectory(layout: DirectoryLayout(baseDN: directory.baseDN)))
            } catch {
                throw .unavailable(.staffNotRead("\(error)"))
            }
        }
        guard let admin = try DirectoryEndpoint.staffAdmin(settings) else { throw .badInput(.staffOnlyLocal(settings.file.path)) }
        let endpoint = try settings.directory()
        let password = try PasswordInput.read(file: admin.passwordFile.path, prompt: "")
        do {
            let connection = try await LDAPConnection.connect(endpoint.options, credentials: .simple(dn: admin.dn, password: password))
            return (connection, StaffDirectory(layout: DirectoryLayout(baseDN: endpoint.baseDN)))
        } catch {
            throw .unavailable(.staffNotRead("\(admin.dn): \(error)"))
        }
    }

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText(
            "Add an official with a password and workflow roles.",
            id: "Tambahkan pejabat dengan kata sandi dan peran alur kerja."))
        @OptionGroup var config: ConfigOptions
        @Argument(help: ArgumentHelp("Login (uid).", id: "Nama login (uid).")) var uid: String
        @Option(name: .long, help: ArgumentHelp(
            "Name with titles, e.g. \"Drs. MUHAMMAD IMRON\".",
            id: "Nama lengkap dengan gelar, misalnya \"Drs. MUHAMMAD IMRON\".")) var name: String
        @Option(name: .long, help: ArgumentHelp(
            "NIP (required: segregation of duties recognises officials by it).",
            id: "NIP (wajib: pemisahan tugas mengenali pejabat dari NIP-nya).")) var nip: String
        @Option(name: .long, help: ArgumentHelp(
            "A workflow role (repeat for several): one of the SOP's roles.",
            id: "Peran alur kerja (ulangi untuk beberapa peran): salah satu peran dalam SOP.")) var role: [String] = []
        @Option(name: .long, help: ArgumentHelp(
            "File holding the initial password.",
            id: "Berkas berisi kata sandi awal.")) var passwordFile: String
        @Flag(name: .long, help: ArgumentHelp(
            "Make the password one that must be changed at the first login.",
            id: "Jadikan kata sandi ini wajib diganti saat login pertama.")) var mustChange = false

        func run() async throws {
            try await reporting {
                let settings = try config.load()
                let person: PersonName
                do throws(IdentityError) { person = try PersonName(name) } catch { throw OfficeError.badInput(.nameInvalid(error)) }
                let parsedNIP: NIP
                do throws(IdentityError) { parsedNIP = try NIP(nip) } catch { throw OfficeError.badInput(.nipInvalid(error)) }
                var groups: [String] = []
                for id in role {
                    guard let definition = settings.sop.role(WorkflowRole(rawValue: id)) else {
                        throw OfficeError.badInput(.unknownWorkflowRole(id, known: settings.sop.roles.map(\.id.rawValue)))
                    }
                    groups.append(definition.ldapGroup)
                }
                let password = try PasswordInput.read(file: passwordFile, prompt: "")
                let (connection, staff) = try await StaffCommand.connection(settings)
                do throws(LDAPError) {
                    try await staff.add(connection, uid: uid, name: (person.name, person.surname, person.displayName), nip: parsedNIP.digits,
                                        groups: groups, password: password, mustChange: mustChange)
                    await connection.close()
                } catch {
                    await connection.close()
                    if error.code == .entryAlreadyExists { throw OfficeError.refused(.staffExists(uid)) }
                    throw OfficeError.unavailable(.staffNotAdded(uid: uid, detail: "\(error)"))
                }
                say(Catalogue.administration.staffAdded(uid, name: person.displayName, roles: role))
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText(
            "List staff and their workflow roles.",
            id: "Tampilkan pegawai dan peran alur kerjanya."))
        @OptionGroup var config: ConfigOptions
        @OptionGroup var output: OutputOptions

        struct Row: Encodable { let uid: String; let name: String; let nip: String?; let roles: [String] }

        func run() async throws {
            try await reporting {
                let settings = try config.load()
                let (connection, staff) = try await StaffCommand.connection(settings)
                let rows: [Row]
                do throws(LDAPError) {
                    rows = try await staff.list(connection).map { Row(uid: $0.uid, name: $0.name, nip: $0.nip, roles: $0.roles) }
                    await connection.close()
                } catch {
                    await connection.close()
                    throw OfficeError.unavailable(.staffNotRead("\(error)"))
                }
                if output.json { try printJSON(rows); return }
                let c = Catalogue.columns
                var table = Table(c.uid, c.name, c.nip, c.roles)
                for row in rows { table.add(row.uid, row.name, row.nip ?? "-", row.roles.joined(separator: ", ")) }
                table.print(empty: Catalogue.administration.noStaff)
            }
        }
    }
}
