import Foundation
import Testing
@testable import AccessWorkflow
import WorkflowFixtures

@Suite("NI PPPK")
struct NIPPPKTests {
    @Test("The NI PPPK of the issue is accepted as its own kind and read field by field")
    func issueExample() throws {
        let number = try NIP("198807152022212001")
        #expect(number.kind == .workAgreement)
        #expect(number.kind.label == "NI PPPK")
        #expect(number.birthDate == (try CivilDate(year: 1988, month: 7, day: 15)))
        #expect(number.appointmentYear == 2022)
        #expect(number.appointment == nil)
        #expect(number.agreementCode == 21)
        #expect(number.sex == .female)
        #expect(number.sequence == 1)
        #expect(number.formatted == "19880715 2022 21 2 001")
        #expect(number.labelled == "NI PPPK 19880715 2022 21 2 001")
        #expect(try NIP("19880715 2022 21 2 001") == number)
        #expect(try NIP(number.formatted) == number)
    }

    @Test("A NIP stays a NIP")
    func civilServant() throws {
        let nip = try NIP("19650709 198603 1 020")
        #expect(nip.kind == .civilServant)
        #expect(nip.labelled == "NIP 19650709 198603 1 020")
        #expect(nip.agreementCode == nil)
        #expect(nip.appointmentYear == 1986)
        #expect(nip.appointment == (try YearMonth(year: 1986, month: 3)))
    }

    @Test("NI PPPK validation: birth date, year of the agreement, sex digit, sequence")
    func validation() {
        #expect(throws: IdentityError.nipBirthDate(input: "198802302022212001", field: "19880230")) {
            try NIP("198802302022212001")
        }
        // Before 2019 there were no PPPK (PP 49/2018): not a NI PPPK, and not a month either.
        #expect(throws: IdentityError.nipAppointmentMonth(input: "198807152018212001", field: "201821")) {
            try NIP("198807152018212001")
        }
        #expect(throws: IdentityError.pppkAgreementBeforeBirth(
            input: "202107152021212001", year: 2021, birth: CivilDate(unchecked: 2021, 7, 15))) {
            try NIP("202107152021212001")
        }
        #expect(throws: IdentityError.nipSexDigit(input: "198807152022213001", digit: 3)) { try NIP("198807152022213001") }
        #expect(throws: IdentityError.nipSequence(input: "198807152022212000")) { try NIP("198807152022212000") }
        #expect(throws: IdentityError.nipAppointmentMonth(input: "198807152022002001", field: "202200")) {
            try NIP("198807152022002001")
        }
        let message = IdentityError.nipAppointmentMonth(input: "x", field: "201821").description
        #expect(message.contains("NI PPPK") && message.contains("2019"))
    }

    @Test("Usable wherever a NIP is: a person and their key, a staff member, an SK signer, JSON")
    func usable() throws {
        let number = try NIP("198807152022212001")
        // Female, born 15-07-88: the NIK's day is 15 + 40.
        let person = try People.person("RATNA SARI, S.Kom", nip: "19880715 2022 21 2 001", nik: "6208015507880001")
        #expect(person.nip == number)
        #expect(person.key == .nip(number))
        #expect(person.key.description == "nip:198807152022212001")
        #expect(try PersonKey("nip:198807152022212001") == person.key)
        #expect(person.warnings.isEmpty)
        let staff = try WorkflowActor(uid: "ratna", displayName: "RATNA SARI", nip: number, roles: ["adb"])
        #expect(staff.nip?.kind == .workAgreement)
        let signer = Decree.Signer(name: try PersonName("RATNA SARI"), nip: number)
        let data = try JSONEncoder().encode(signer)
        #expect(try JSONDecoder().decode(Decree.Signer.self, from: data) == signer)
        #expect(String(decoding: try JSONEncoder().encode([number]), as: UTF8.self) == #"["198807152022212001"]"#)
    }

    @Test("A NI PPPK candidate is filed like anyone else")
    func filed() throws {
        let cast = try MojokertoCast()
        var state = WorkflowState(sop: try Fixtures.mojokerto())
        let person = try People.person("RATNA SARI", nip: "198807152022212001", nik: "3576015507880001")
        let filing = WorkflowCommand.file(FileRequest(
            id: "REQ-1", applicant: person, candidates: [try People.candidate(person)],
            evidence: try Fixtures.evidence([("surat-permohonan", "045/1")])))
        for event in try state.decide(filing, by: cast.frontDesk, at: Fixtures.wib("2025-02-03 08:00")) {
            try state.apply(event)
        }
        #expect(state.requests["REQ-1"]?.candidates.first?.key.description == "nip:198807152022212001")
    }
}
