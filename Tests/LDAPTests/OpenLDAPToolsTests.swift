import Foundation
import LDAP
import LocalDirectory
import TestSupport
import Testing

/// OpenLDAP's own clients agree with what the wrapper wrote.
@Suite("OpenLDAP command-line tools", .sharedDirectory)
struct OpenLDAPToolsTests {
    @Test func ldapwhoamiAsAnOperatorAndLdapsearchAsTheSIAKServer() async throws {
        let directory = try SharedDirectory.get()
        let op = try await directory.addOperator()
        try await directory.addMember(op.dn, toGroup: directory.siakGroup("operator"))

        let whoami = try run("/usr/bin/ldapwhoami", ["-x", "-H", directory.ldapURI, "-D", op.dn.description, "-w", op.password])
        #expect(whoami.status == 0, "\(whoami.output)")
        #expect(whoami.output.contains("dn:" + op.dn.description))

        let search = try run("/usr/bin/ldapsearch", [
            "-x", "-LLL", "-H", directory.ldapURI, "-D", directory.serviceAccounts.siakServer.dn.description,
            "-y", directory.serviceAccounts.siakServer.passwordFile.path,
            "-b", directory.baseDN.child("ou", "operators").description, "(uid=\(op.uid))", "memberOf", "userPassword",
        ])
        #expect(search.status == 0, "\(search.output)")
        #expect(search.output.contains("memberOf: " + directory.siakGroup("operator").description))
        #expect(!search.output.contains("userPassword"))
    }

    @Test func ldapwhoamiReportsMustChangeAfterAnAdministratorReset() async throws {
        let directory = try SharedDirectory.get()
        let op = try await directory.addOperator(mustChange: true)
        let whoami = try run("/usr/bin/ldapwhoami", ["-x", "-e", "ppolicy", "-H", directory.ldapURI, "-D", op.dn.description, "-w", op.password])
        #expect(whoami.output.contains("Password must be changed"), "\(whoami.output)")
    }

    private func run(_ program: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
