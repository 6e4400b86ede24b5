import AccessWorkflow
import LDAP
@testable import OfficeService
import Testing
import WorkflowFixtures

/// Issue 23: segregation of duties recognises an official by the NIP of their staff entry. A malformed `siakNIP`
/// must refuse the session (login and every fresh-authority check go through ``StaffEntry/session``), never give
/// an official with no NIP whom a request naming him would not recognise.
@Suite("Sessions: a staff entry with a malformed NIP is refused")
struct StaffNIPTests {
    private func entry(nip: String) -> LDAPEntry {
        LDAPEntry(dn: "uid=kasi,ou=staff,dc=kab-sukamara,dc=siak,dc=go,dc=id", attributes: [
            LDAPAttribute("uid", "kasi"), LDAPAttribute("cn", "Kasi Satu"), LDAPAttribute("siakNIP", nip),
        ])
    }

    @Test func aWellFormedNIPGivesTheOfficialThatNIP() throws {
        let session = try StaffEntry.session(entry(nip: "199001152015031002"), groups: ["kasi"], sop: try Fixtures.sukamara())
        #expect(session.actor.nip == (try NIP("199001152015031002")))
    }

    @Test(arguments: ["19900115201503100X", "1990011520150310", "199013152015031002"])
    func aMalformedNIPRefusesTheSession(_ text: String) throws {
        let sop = try Fixtures.sukamara()
        let error = #expect(throws: OfficeError.self) { try StaffEntry.session(entry(nip: text), groups: ["kasi"], sop: sop) }
        guard case .badInput(.staffEntryUnusable(let uid, .identity))? = error else {
            Issue.record("expected staffEntryUnusable(identity), got \(String(describing: error))")
            return
        }
        #expect(uid == "kasi")
        let said = error?.text(in: .indonesian) ?? ""
        #expect(said.contains("entri pegawai kasi tidak dapat dipakai"), "\(said)")
    }
}
