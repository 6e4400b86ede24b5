import Foundation
import Testing
@testable import AccessWorkflow

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
}
