import Foundation
import Testing
@testable import AccessWorkflow
import WorkflowFixtures

@Suite("Identity warnings (soft checks)")
struct IdentityWarningTests {
    @Test("Consistent people raise no warning")
    func consistent() throws {
        for person in [try People.budi(), try People.siti(), try People.rina(), try People.ahmad(), try People.dewi()] {
            #expect(person.warnings.isEmpty, "\(person.name)")
        }
    }

    @Test("A NIP whose birth date differs from the NIK's is a warning naming both dates, with a stable id")
    func birthDate() throws {
        let person = try People.person("Budi Santoso", nip: "19900115 201503 1 002", nik: "6208011601900003")
        let warning = try #require(person.warnings.first)
        #expect(person.warnings.count == 1)
        #expect(warning.kind == .birthDateMismatch)
        #expect(warning.id == "birth-date-mismatch:nip:199001152015031002")
        #expect(warning.message.contains("1990-01-15") && warning.message.contains("16-01-90"))
        #expect(warning.message.contains("confirm it with a note"))
        #expect(warning.description == "[\(warning.id)] \(warning.message)")
    }

    @Test("A sex that differs between NIP and NIK is a warning")
    func sex() throws {
        // Budi's NIP (male) with a NIK whose day is 15 + 40 (female).
        let person = try People.person("Budi Santoso", nip: "19900115 201503 1 002", nik: "6208015501900003")
        #expect(person.warnings.map(\.kind) == [.sexMismatch])
        #expect(person.warnings.first?.message.contains("says male") == true)
    }

    @Test("An appointment before the 18th birthday is a warning; at 18 it is not", arguments: [
        ("19970101 201501 1 001", false), ("19970102 201501 1 001", true), ("20000101 201501 1 001", true),
        ("20040301 2022 21 1 001", true), ("20030301 2022 21 1 001", false),
    ])
    func young(nip: String, warned: Bool) throws {
        let person = try People.person("Muda", nip: nip)
        #expect(person.warnings.contains { $0.kind == .youngAtAppointment } == warned)
    }

    @Test("A NI PPPK with another code than 21 is a warning")
    func code() throws {
        let person = try People.person("RATNA SARI", nip: "198807152022222001")
        #expect(person.warnings.map(\.kind) == [.unusualAgreementCode])
        #expect(person.warnings.first?.message.contains("code 22") == true)
    }

    @Test("Warnings come in a fixed order and their ids name the person's key")
    func order() throws {
        let person = try People.person("X", nip: "20000101 201501 1 001", nik: "6208014202000001")
        #expect(person.warnings.map(\.kind) == [.birthDateMismatch, .sexMismatch, .youngAtAppointment])
        #expect(person.warnings.allSatisfy { $0.id.rawValue.hasSuffix(":nip:200001012015011001") })
    }
}
