import Foundation
import Testing
@testable import AccessWorkflow
import WorkflowFixtures

@Suite("Shipped SOP files")
struct ShippedSOPTests {
    @Test("Sukamara: the five steps of the batch procedure, and the Kadis's signature after step 3, with executors, kinds and times")
    func sukamara() throws {
        let sop = try Fixtures.sukamara()
        #expect(sop.office.region == (try RegionCode("62.08")))
        #expect(sop.office.utcOffset == .wib)
        #expect(sop.number == "000.8.3.3/240/Dukcapil/2025")
        #expect(sop.effectiveDate == (try CivilDate(iso: "2025-01-09")))
        #expect(sop.rosterSource == .decrees)
        #expect(sop.requestKind == .list)
        #expect(sop.steps.count == 6)
        #expect(sop.steps.map(\.executor.rawValue) == ["kasi", "kadis", "sekretaris", "kadis", "adb", "adb"])
        // Step 2 is the paraf chain Kabid → Sekretaris → Kadis (issue 11); every role of the table acts somewhere.
        #expect(sop.steps[1].executors.links == [["kabid"], ["sekretaris"], ["kadis"]])
        #expect(sop.steps.map { $0.executors.isChain } == [false, true, false, false, false, false])
        #expect(Set(sop.steps.flatMap { $0.executors.roles }) == Set(sop.roles.map(\.id)))
        #expect(sop.steps.map(\.kind) == [.submit, .review, .decree, .sign, .provision, .handover])
        #expect(sop.signStep?.id == "tanda-tangan-sk")
        // A "hari" is the 7.5-hour office day of the Perpres 21/2023 week.
        #expect(sop.steps.map { $0.time.minutes(dayLength: sop.calendar.dayLength) } == [450, 40, 15, 450, 30, 5])
        #expect(sop.steps.map(\.timePer) == [.request, .request, .request, .request, .request, .request], "one standard per step, as the seed states")
        #expect(sop.steps[0].time == (try TimeStandard(amount: 1, unit: .days)))
        #expect(sop.steps.map(\.mayReject) == [false, true, false, false, false, false])
        #expect(sop.steps.map(\.mayReturn) == [false, true, false, false, false, false])
        #expect(sop.steps.map(\.mayStrike) == [false, true, false, false, false, false])
        #expect(sop.document(sop.steps[2].output ?? "")?.kind == .decree)
        #expect(sop.steps[4].inputs == ["atk", "server-siak"])
        #expect(sop.segregation.distinctActorsOnConsecutiveSteps == false)
        #expect(sop.permissions.importDecree == ["sekretaris", "adb"])
        #expect(Set(sop.roles.map(\.id.rawValue)) == ["adb", "kasi", "kabid", "sekretaris", "kadis"])
        #expect(sop.roles.allSatisfy { $0.ldapGroup == $0.id.rawValue })
    }

    @Test("Mojokerto: six steps of the individual procedure")
    func mojokerto() throws {
        let sop = try Fixtures.mojokerto()
        #expect(sop.office.region == (try RegionCode("35.76")))
        #expect(sop.number == "SOP/PIPD/PIAK/04")
        #expect(sop.effectiveDate == (try CivilDate(iso: "2019-06-01")))
        #expect(sop.rosterSource == .requests)
        #expect(sop.requestKind == .single)
        #expect(sop.steps.count == 6)
        #expect(sop.steps.map(\.executor.rawValue) == ["pemohon", "kadis", "kabid", "kasi", "adb", "pemohon"])
        #expect(sop.steps.map(\.kind) == [.submit, .review, .review, .review, .provision, .handover])
        #expect(sop.steps.map { $0.time.minutes(dayLength: sop.calendar.dayLength) } == [15, 30, 15, 10, 10, 10])
        #expect(sop.steps[0].inputs == ["surat-permohonan"] && sop.steps[0].output == "surat-permohonan")
        #expect(sop.steps[3].inputs == ["biodata-operator"] && sop.steps[3].output == "pakta-integritas")
        #expect(sop.steps[4].inputs == ["pakta-integritas"])
        #expect(sop.steps[5].output == "hak-akses-siak")
        #expect(sop.steps[3].mayReject && sop.steps[3].mayReturn)
        // The Kadis may refuse and return, the Kabid only return (issue 11; reasons in the file).
        #expect(sop.steps.map(\.mayReject) == [false, true, false, true, false, false])
        #expect(sop.steps.map(\.mayReturn) == [false, true, true, true, false, false])
        #expect(sop.steps.allSatisfy { !$0.executors.isChain && !$0.mayStrike && $0.timePer == .request })
        #expect(sop.segregation.distinctActorsOnConsecutiveSteps)
        #expect(sop.permissions.importDecree == ["adb"])
    }

    @Test("Both offices work the Perpres 21/2023 week: 37.5 office hours, a 7.5-hour day, 2025 holidays")
    func calendars() throws {
        for sop in [try Fixtures.sukamara(), try Fixtures.mojokerto()] {
            #expect(sop.calendar.weeklySeconds == 135_000)
            #expect(sop.calendar.dayLength == 27_000)
            #expect(sop.calendar.hours == OfficeCalendar.perpres21Week)
            #expect(sop.calendar.hours[.saturday] == nil)
            #expect(sop.calendar.hours[.friday]?.count == 2)
            #expect(sop.calendar.holidays.contains(try CivilDate(iso: "2025-03-31")))
            #expect(sop.calendar.holidays.allSatisfy { sop.calendar.hours[$0.weekday] != nil })
        }
    }

    @Test("The role catalogue file matches the built-in default")
    func roleCatalogue() throws {
        let catalogue = try RoleCatalogue(yaml: try Fixtures.config("roles.yaml"))
        #expect(catalogue == .standard)
        #expect(catalogue.ids == ["administrator", "operator", "verifikator"])
        #expect(try catalogue.role("verifikator").legalBasis == "Permendagri 95/2019 pasal 46")
        let error = #expect(throws: ConfigError.self) { try catalogue.role("superuser") }
        #expect(error?.description == "unknown SIAK role 'superuser'; known: administrator, operator, verifikator")
    }

    @Test("Catalogue errors: duplicate ids and empty catalogues")
    func catalogueErrors() {
        let dup = "roles:\n  - {id: operator, title: A, ldapGroup: operator, legalBasis: x}\n  - {id: operator, title: B, ldapGroup: op2, legalBasis: y}\n"
        let error = #expect(throws: ConfigError.self) { try RoleCatalogue(yaml: dup) }
        #expect(error?.path == "roles[1].id")
        #expect(throws: ConfigError.self) { try RoleCatalogue(roles: []) }
        let missing = #expect(throws: ConfigError.self) { try RoleCatalogue(yaml: "roles:\n  - {id: operator, title: A, ldapGroup: operator}\n") }
        #expect(missing?.path == "roles[0].legalBasis")
    }

    @Test("Both SOPs keep their header as approved: dates, who approved them, legal basis, equipment, warnings, records")
    func headers() throws {
        let sukamara = try Fixtures.sukamara().metadata
        #expect(sukamara.created == (try CivilDate(iso: "2025-01-06")) && sukamara.revised == nil)
        #expect(sukamara.approvedBy?.name == "ZAINUDDIN, S.Sos" && sukamara.legalBasis.count == 4)
        #expect(sukamara.recordKeeping.first?.contains("kopian file") == true && sukamara.warnings.count == 2)
        #expect(sukamara.equipment == ["ATK dan Server SIAK"] && sukamara.related.count == 1)
        let mojokerto = try Fixtures.mojokerto().metadata
        #expect(mojokerto.created == (try CivilDate(iso: "2019-04-01")) && mojokerto.approvedBy?.nip == "19650709 198603 1 020")
        #expect(mojokerto.equipment.contains("Buku Agenda") && mojokerto.legalBasis.contains { $0.contains("Nomor 25 Tahun 2009") })
        #expect(mojokerto.related.isEmpty && mojokerto.qualifications.count == 5)
    }

    @Test("A header that contradicts itself or has an empty item is refused at the line to fix", arguments: [
        ("  created: \"2025-01-06\"", "  created: \"2025-02-06\"", "sop.created"),
        ("  created: \"2025-01-06\"", "  created: \"6 Januari 2025\"", "sop.created"),
        ("    - ATK dan Server SIAK", "    - \"  \"", "sop.equipment[0]"),
        ("    name: ZAINUDDIN, S.Sos", "    name: \" \"", "sop.approvedBy"),
    ])
    func badHeaders(target: String, replacement: String, path: String) throws {
        let yaml = try Fixtures.sukamaraYAML()
        #expect(yaml.contains(target))
        let error = #expect(throws: ConfigError.self) { try SOPDefinition(yaml: yaml.replacingOccurrences(of: target, with: replacement)) }
        #expect(error?.path == path, "\(String(describing: error))")
    }
}
