import LDAP
import Testing
@testable import DirectorySync

@Suite("Entries share the group members' DNs")
struct KnownDNsTests {
    @Test(arguments: ["from the member sets", "from the memberships table"])
    func aMemberSpelledTheSameIsShared(_ made: String) throws {
        let member = try DN(parsing: "uid=budi,ou=operators,dc=x")
        let sets: [Set<DN>] = [[member, try DN(parsing: "uid=Sari,ou=operators,dc=x")], [member]]
        let known = made == "from the member sets"
            ? KnownDNs(sets)
            : KnownDNs(Memberships([try DN(parsing: "cn=a,dc=x"): sets[0], try DN(parsing: "cn=b,dc=x"): sets[1]],
                                   groups: [try DN(parsing: "cn=a,dc=x"), try DN(parsing: "cn=b,dc=x")]))
        let same = Array("uid=budi,ou=operators,dc=x".utf8).withUnsafeBytes { known.dn(spelled: $0) }
        #expect(same?.description == member.description)
        let otherCase = Array("uid=BUDI,ou=operators,dc=x".utf8).withUnsafeBytes { known.dn(spelled: $0) }
        #expect(otherCase == nil, "another spelling is parsed on its own (the uid is read from it)")
        let sari = Array("uid=Sari,ou=operators,dc=x".utf8).withUnsafeBytes { known.dn(spelled: $0) }
        #expect(sari?.description == "uid=Sari,ou=operators,dc=x")
        let stranger = Array("uid=joko,ou=operators,dc=x".utf8).withUnsafeBytes { known.dn(spelled: $0) }
        #expect(stranger == nil)
        #expect(Array("uid=budi,ou=operators,dc=x".utf8).withUnsafeBytes { KnownDNs().dn(spelled: $0) } == nil)
    }
}
