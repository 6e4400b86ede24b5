import LDAP
import Testing

@Suite("DN building, escaping and parsing")
struct DNTests {
    @Test("every corpus name round-trips through the RFC 4514 string", arguments: escapingCorpus)
    func roundTrip(name: String) throws {
        let dn = DN([RDN("cn", name), RDN("ou", "operators"), RDN("dc", "example")])
        let parsed = try DN(parsing: dn.description)
        #expect(parsed.rdns.count == 3)
        #expect(parsed.rdn?.value == name)
        #expect(parsed == dn)
    }

    @Test func requiredEscapes() {
        #expect(DN([RDN("cn", "ZAINUDDIN, S.Sos")]).description == "cn=ZAINUDDIN\\, S.Sos")
        #expect(DN([RDN("cn", "#x")]).description == "cn=\\#x")
        #expect(DN([RDN("cn", " x ")]).description == "cn=\\ x\\ ")
        #expect(DN([RDN("cn", "a+b;c<d>e\"f\\g")]).description == "cn=a\\+b\\;c\\<d\\>e\\\"f\\\\g")
        #expect(DN([RDN("cn", "x#y")]).description == "cn=x#y", "a # not at the start needs no escape")
    }

    @Test func parsesWhatLibldapAccepts() throws {
        let dn = try DN(parsing: "uid=budi,ou=operators,dc=sukamarakab,dc=go,dc=id")
        #expect(dn.rdns.map(\.description) == ["uid=budi", "ou=operators", "dc=sukamarakab", "dc=go", "dc=id"])
        #expect(dn.parent?.description == "ou=operators,dc=sukamarakab,dc=go,dc=id")
        let hex = try DN(parsing: "cn=\\41\\42C,dc=x")
        #expect(hex.rdn?.value == "ABC")
        let multi = try DN(parsing: "cn=a+uid=b,dc=x")
        #expect(multi.rdn?.avas.count == 2)
        #expect(try DN(parsing: "").rdns.isEmpty)
    }

    @Test("malformed DNs are refused with invalidDNSyntax", arguments: ["uid=a,,dc=x", "=x", "cn", "cn=a,dc"])
    func rejectsMalformed(text: String) {
        #expect(throws: LDAPError.self) { try DN(parsing: text) }
        do { _ = try DN(parsing: text) } catch { #expect(error.code == .invalidDNSyntax) }
    }

    @Test("a DN parsed from received bytes is the DN parsed from its string", arguments: [
        "uid=budi,ou=operators,dc=sukamarakab,dc=go,dc=id", "UID=Budi,OU=Operators,DC=x", "cn=ZAINUDDIN\\, S.Sos,dc=x",
        "cn=a+uid=b,dc=x", "cn=Sékolah,dc=x", "",
    ])
    func parsesBytes(text: String) throws {
        let fromBytes = try Array(text.utf8).withUnsafeBytes { try DN(parsing: $0) }
        let fromString = try DN(parsing: text)
        #expect(fromBytes == fromString)
        #expect(fromBytes.description == fromString.description && fromBytes.normalized == fromString.normalized)
    }

    @Test func bytesThatAreNotUTF8OrNotADNAreRefused() {
        for bytes: [UInt8] in [[0x63, 0x6E, 0x3D, 0xFF], Array("uid=a,,dc=x".utf8)] {
            do {
                _ = try bytes.withUnsafeBytes { try DN(parsing: $0) }
                Issue.record("\(bytes) was accepted")
            } catch let error as LDAPError {
                #expect(error.code == .invalidDNSyntax)
            } catch {
                Issue.record("unexpected \(error)")
            }
        }
    }

    @Test func equalityIgnoresCaseOfTypesAndValues() throws {
        #expect(try DN(parsing: "UID=Budi,OU=Operators,DC=x") == DN(parsing: "uid=budi,ou=operators,dc=x"))
        #expect(try DN(parsing: "uid=budi,dc=x") != DN(parsing: "uid=budi2,dc=x"))
        let set: Set<DN> = [try DN(parsing: "cn=A,dc=x"), try DN(parsing: "cn=a,dc=x")]
        #expect(set.count == 1)
    }

    @Test func ancestry() throws {
        let base = try DN(parsing: "dc=sukamarakab,dc=go,dc=id")
        let op = base.child("ou", "operators").child("uid", "x")
        #expect(op.isWithin(base))
        #expect(op.isWithin(op))
        #expect(!base.isWithin(op))
        #expect(!(try DN(parsing: "uid=x,dc=other,dc=id")).isWithin(base))
    }

    @Test func nonUTF8ValuesRoundTrip() throws {
        let bytes: [UInt8] = [0xFF, 0x00, 0x41, 0x2C]
        let dn = DN([RDN([AVA(type: "cn", value: LDAPValue(bytes: bytes))]), RDN("dc", "x")])
        let parsed = try DN(parsing: dn.description)
        #expect(parsed.rdn?.avas.first?.value.bytes == bytes)
    }
}
