import AccessWorkflow
import ArgumentParser
import Foundation
import LDAP
import LocalDirectory
import OfficeService

/// `hakakses staff add|list`: the officials who act in the workflow, in the
/// embedded local directory. (In a production directory, staff are entries
/// under ou=staff with a password, in the groups under ou=workflow,ou=groups.)
struct StaffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "staff",
        abstract: helpText(
            "Add or list workflow staff in the embedded local directory.",
            id: "Tambah atau tampilkan pegawai alur kerja di direktori lokal bawaan."),
        subcommands: [Add.self, List.self])

    static func localDirectory(_ settings: OfficeSettings) throws(OfficeError) -> LocalDirectory {
        guard let folder = settings.localDirectoryFolder else {
            throw .badInput(.staffOnlyLocal(settings.file.path))
        }
        let directory: LocalDirectory?
        do { directory = try LocalDirectory.attach(folder: folder) } catch { throw .badInput(.localDirectoryUnusable(describe(error))) }
        guard let directory else { throw .unavailable(.noLocalDirectoryRunning(folder.path)) }
        return directory
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
                let directory = try StaffCommand.localDirectory(settings)
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
                let dn = directory.baseDN.child("ou", "staff").child("uid", uid)
                var attributes = [
                    LDAPAttribute("objectClass", "inetOrgPerson", "siakPerson"), LDAPAttribute("uid", uid),
                    LDAPAttribute("cn", person.name), LDAPAttribute("sn", person.surname), LDAPAttribute("displayName", person.displayName),
                ]
                attributes.append(LDAPAttribute("siakNIP", parsedNIP.digits))
                do throws(LDAPError) {
                    let admin = try await directory.adminConnection()
                    try await admin.add(dn, attributes)
                    try await admin.modifyPassword(of: dn, newPassword: password)
                    if !mustChange, try await admin.read(dn, attributes: ["pwdReset"])?["pwdReset"].isEmpty == false {
                        try await admin.modify(dn, [.delete("pwdReset")])
                    }
                    for group in groups {
                        try await admin.modify(directory.baseDN.child("ou", "groups").child("ou", "workflow").child("cn", group),
                                               [.add("member", [LDAPValue(dn.description)])])
                    }
                    await admin.close()
                } catch {
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
                let directory = try StaffCommand.localDirectory(settings)
                var rows: [Row] = []
                do {
                    let admin = try await directory.adminConnection()
                    let staff = try await admin.search(base: directory.baseDN.child("ou", "staff"), scope: .oneLevel, filter: .present("uid"), attributes: ["uid", "displayName", "cn", "siakNIP"])
                    let groups = try await admin.search(base: directory.baseDN.child("ou", "groups").child("ou", "workflow"), scope: .oneLevel, attributes: ["cn", "member"])
                    for entry in staff {
                        let dn = entry.parsedDN
                        let roles = groups.filter { group in group.strings("member").contains { (try? DN(parsing: $0)) == dn } }.compactMap { $0.string("cn") }
                        rows.append(Row(uid: entry.string("uid") ?? "", name: entry.string("displayName") ?? entry.string("cn") ?? "", nip: entry.string("siakNIP"), roles: roles.sorted()))
                    }
                } catch {
                    throw OfficeError.unavailable(.staffNotRead("\(error)"))
                }
                rows.sort { $0.uid < $1.uid }
                if output.json { try printJSON(rows); return }
                let c = Catalogue.columns
                var table = Table(c.uid, c.name, c.nip, c.roles)
                for row in rows { table.add(row.uid, row.name, row.nip ?? "-", row.roles.joined(separator: ", ")) }
                table.print(empty: Catalogue.administration.noStaff)
            }
        }
    }
}
