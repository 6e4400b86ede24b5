import LDAP
import Testing

@Suite("Filter building and RFC 4515 escaping")
struct FilterTests {
    @Test func escapesSpecialCharacters() {
        #expect(Filter.equal("uid", "*)(uid=*").description == "(uid=\\2a\\29\\28uid=\\2a)")
        #expect(Filter.equal("cn", "a\\b").description == "(cn=a\\5cb)")
        #expect(Filter.equal("cn", LDAPValue(bytes: [0x61, 0x00, 0x62])).description == "(cn=a\\00b)")
        #expect(Filter.equal("cn", LDAPValue(bytes: [0xFF])).description == "(cn=\\ff)")
        #expect(Filter.equal("cn", "王小明").description == "(cn=王小明)")
    }

    @Test func composes() {
        let filter = Filter.and([.equal("objectClass", "inetOrgPerson"), .or([.present("siakNIP"), .not(.equal("uid", "x"))])])
        #expect(filter.description == "(&(objectClass=inetOrgPerson)(|(siakNIP=*)(!(uid=x))))")
        #expect(Filter.substrings("cn", initial: "a*", any: ["b"], final: "c").description == "(cn=a\\2a*b*c)")
        #expect(Filter.contains("cn", "(x)").description == "(cn=*\\28x\\29*)")
        #expect(Filter.greaterOrEqual("siakAccessEnd", "20250101000000Z").description == "(siakAccessEnd>=20250101000000Z)")
    }
}
