import Foundation
import Testing
@testable import AccessWorkflow
import WorkflowFixtures

@Suite("Roster CSV: roles")
struct RosterCSVRoleTests {
    typealias S = RosterCSVSamples

    static func roles(_ cell: String, catalogue: RoleCatalogue = .standard) throws -> [SIAKRoleID] {
        let text = S.text(["Nama;NIK;Peran;Unit Kerja", "Rina Lestari;6208024507950002;\(cell);Seksi SIAK"])
        return try #require(try S.parse(text, catalogue: catalogue).grants.first).roles
    }

    @Test("Roles by id, title or group, any case, separated by , / + or ;", arguments: [
        ("operator", ["operator"]),
        ("OPERATOR", ["operator"]),
        ("Verifikator aplikasi SIAK", ["verifikator"]),
        ("verifikator   APLIKASI siak", ["verifikator"]),
        ("Operator, Verifikator", ["operator", "verifikator"]),
        ("operator/administrator", ["administrator", "operator"]),
        ("operator + verifikator + operator", ["operator", "verifikator"]),
        ("\"operator;verifikator\"", ["operator", "verifikator"]),
        ("\"Operator aplikasi SIAK; Administrator pengelolaan SIAK\"", ["administrator", "operator"]),
    ] as [(String, [SIAKRoleID])])
    func standard(cell: String, expected: [SIAKRoleID]) throws {
        #expect(try Self.roles(cell) == expected)
    }

    @Test("A custom catalogue: a title containing '/' as a whole cell, and LDAP groups")
    func custom() throws {
        let catalogue = try RoleCatalogue(roles: [
            SIAKRole(id: "perekam", title: "Operator Perekaman/Pencetakan", ldapGroup: "siak-perekam", legalBasis: "SK"),
            SIAKRole(id: "operator", title: "Operator aplikasi SIAK", ldapGroup: "siak-operator", legalBasis: "SK"),
        ])
        #expect(try Self.roles("operator perekaman/pencetakan", catalogue: catalogue) == ["perekam"])
        #expect(try Self.roles("SIAK-PEREKAM + siak-operator", catalogue: catalogue) == ["operator", "perekam"])
        let errors = S.lineErrors(S.text(["Nama;NIK;Peran;Unit Kerja", "Rina Lestari;6208024507950002;verifikator;Seksi"]),
                                  catalogue: catalogue)
        #expect(errors.first?.message == "unknown SIAK role 'verifikator'; known: operator (Operator aplikasi SIAK), perekam (Operator Perekaman/Pencetakan)")
    }

    @Test("Role cells as offices write them: the synonyms of roles.yaml, any case and spacing (issue 11)", arguments: [
        ("Operator SIAK", ["operator"]),
        ("OPERATOR  SIAK", ["operator"]),
        ("Verifikator SIAK", ["verifikator"]),
        ("verifikator siak", ["verifikator"]),
        ("Admin SIAK", ["administrator"]),
        ("Administrator SIAK", ["administrator"]),
        ("Operator SIAK / Verifikator SIAK", ["operator", "verifikator"]),
        ("Admin SIAK, operator", ["administrator", "operator"]),
    ] as [(String, [SIAKRoleID])])
    func synonyms(cell: String, expected: [SIAKRoleID]) throws {
        let shipped = try RoleCatalogue(yaml: try Fixtures.config("roles.yaml"))
        #expect(try Self.roles(cell, catalogue: shipped) == expected)
        #expect(try Self.roles(cell) == expected, "the built-in catalogue has the same synonyms")
    }

    @Test("roleID(named:) finds a role by any of its names; unknown names stay unknown")
    func lookup() throws {
        let catalogue = RoleCatalogue.standard
        #expect(catalogue.roleID(named: " operator   siak ") == "operator")
        #expect(catalogue.roleID(named: "Administrator pengelolaan SIAK") == "administrator")
        #expect(catalogue.roleID(named: "admin") == nil)
        #expect(catalogue.roleID(named: "Operator Kecamatan") == nil)
        #expect(try catalogue.role("operator").synonyms == ["Operator SIAK"])
    }

    @Test("A synonym must be non-empty and name one role only")
    func synonymErrors() {
        let clash = """
        roles:
          - {id: operator, title: Operator aplikasi SIAK, ldapGroup: operator, legalBasis: x, synonyms: [Operator SIAK]}
          - {id: verifikator, title: Verifikator aplikasi SIAK, ldapGroup: verifikator, legalBasis: y, synonyms: [operator siak]}
        """
        let error = #expect(throws: ConfigError.self) { try RoleCatalogue(yaml: clash) }
        #expect(error?.path == "roles[1].synonyms[0]")
        #expect(error?.message.contains("already names the role operator") == true)
        let titleClash = """
        roles:
          - {id: operator, title: Operator aplikasi SIAK, ldapGroup: operator, legalBasis: x}
          - {id: verifikator, title: Verifikator aplikasi SIAK, ldapGroup: verifikator, legalBasis: y, synonyms: [OPERATOR]}
        """
        #expect((#expect(throws: ConfigError.self) { try RoleCatalogue(yaml: titleClash) })?.path == "roles[1].synonyms[0]")
        let empty = "roles:\n  - {id: operator, title: Operator, ldapGroup: operator, legalBasis: x, synonyms: [\"  \"]}\n"
        #expect((#expect(throws: ConfigError.self) { try RoleCatalogue(yaml: empty) })?.path == "roles[0].synonyms[0]")
    }
}
