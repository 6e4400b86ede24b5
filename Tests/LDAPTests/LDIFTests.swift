import LDAP
import Testing

@Suite("LDIF reading and writing")
struct LDIFTests {
    @Test func parsesContentAndChangeRecords() throws {
        let text = """
        version: 1
        # a comment
         that continues
        dn: uid=budi,ou=operators,dc=x
        objectClass: inetOrgPerson
        cn: Budi
         Santoso
        sn:: U2FudG9zbw==
        description:

        dn: cn=operator,ou=siak,ou=groups,dc=x
        changetype: modify
        add: member
        member: uid=budi,ou=operators,dc=x
        -
        delete: description
        -

        dn: uid=old,dc=x
        changetype: delete

        dn: uid=a,dc=x
        changetype: modrdn
        newrdn: uid=b
        deleteoldrdn: 0
        newsuperior: ou=y,dc=x
        """
        let records = try LDIF.parse(text)
        #expect(records.count == 4)
        guard case .add(let dn, let attributes) = records[0] else { Issue.record("not an add"); return }
        #expect(dn.description == "uid=budi,ou=operators,dc=x")
        #expect(attributes.first { $0.name == "cn" }?.values == ["BudiSantoso"])
        #expect(attributes.first { $0.name == "sn" }?.values == ["Santoso"])
        #expect(attributes.first { $0.name == "description" }?.values == [""])
        #expect(records[1] == .modify(try DN(parsing: "cn=operator,ou=siak,ou=groups,dc=x"), [
            .add("member", "uid=budi,ou=operators,dc=x"), .delete("description"),
        ]))
        #expect(records[2] == .delete(try DN(parsing: "uid=old,dc=x")))
        #expect(records[3] == .rename(try DN(parsing: "uid=a,dc=x"), newRDN: RDN("uid", "b"), newParent: try DN(parsing: "ou=y,dc=x"), deleteOldRDN: false))
    }

    @Test func rendersAndParsesBack() throws {
        let record = LDIFRecord.add(DN([RDN("cn", " ZAINUDDIN, S.Sos"), RDN("dc", "x")]), [
            LDAPAttribute("cn", " ZAINUDDIN, S.Sos"),
            LDAPAttribute("jpegPhoto", [LDAPValue(bytes: [0, 1, 2, 255])]),
            LDAPAttribute("description", "王小明"),
        ])
        let text = LDIF.render(record)
        #expect(text.contains("cn:: "), "a leading space forces base64")
        #expect(text.contains("description: 王小明"), "valid UTF-8 stays readable")
        #expect(try LDIF.parse(text) == [record])
        let change = LDIFRecord.modify(try DN(parsing: "cn=g,dc=x"), [.replace("member", "uid=a,dc=x", "uid=b,dc=x")])
        #expect(try LDIF.parse(LDIF.render(change)) == [change])
    }

    @Test("malformed LDIF names the line", arguments: [
        ("cn: x\n", 1), ("dn: uid=a,dc=x\nnocolon\n", 2), ("dn: uid=a,dc=x\nchangetype: frobnicate\n", 2),
        ("dn: uid=a,dc=x\nsn:: ***\n", 2), ("dn: ,,\ncn: x\n", 1),
    ])
    func rejectsMalformed(text: String, line: Int) {
        do {
            _ = try LDIF.parse(text)
            Issue.record("accepted malformed LDIF")
        } catch {
            #expect(error.line == line)
        }
    }
}
