import Foundation
import Testing
@testable import AccessWorkflow
import WorkflowFixtures

@Suite("SOP configuration errors")
struct SOPConfigErrorTests {
    func error(_ yaml: String) -> ConfigError? {
        #expect(throws: ConfigError.self) { try SOPDefinition(yaml: yaml) }
    }

    func sukamara(_ target: String, _ replacement: String) throws -> String {
        try replacing(target, with: replacement, in: try Fixtures.sukamaraYAML())
    }

    func mojokerto(_ target: String, _ replacement: String) throws -> String {
        try replacing(target, with: replacement, in: try Fixtures.mojokertoYAML())
    }

    @Test("An unknown executor names the path and lists the known roles")
    func unknownExecutor() throws {
        let found = error(try sukamara("executor: sekretaris", "executor: kabidd"))
        #expect(found?.description
            == "steps[2].executor: unknown role 'kabidd'; known: adb, kabid, kadis, kasi, sekretaris, or pemohon for the applicant")
    }

    @Test("A misspelt field is reported, not ignored")
    func unknownField() throws {
        let found = error(try mojokerto("    kind: review\n    mayReject: true\n    mayReturn: true\n  - id: pembuatan-akun",
                                        "    kind: review\n    mayRejet: true\n    mayReturn: true\n  - id: pembuatan-akun"))
        #expect(found?.path == "steps[3]")
        #expect(found?.message.hasPrefix("unknown field 'mayRejet'") == true)
    }

    @Test("A missing required field names its path")
    func missingField() throws {
        let found = error(try mojokerto("    time: 30 menit\n", ""))
        #expect(found?.path == "steps[1].time")
        #expect(found?.message.contains("missing") == true)
    }

    @Test("Invalid values name their paths", arguments: [
        ("    time: 40 menit", "    time: 40 detik", "steps[1].time"),
        ("region: \"62.08\"", "region: \"62.0X\"", "office.region"),
        ("utcOffset: \"+07:00\"   # WIB (Kalimantan Tengah)", "utcOffset: \"+25:00\"", "office.utcOffset"),
        ("rosterSource: decrees", "rosterSource: sk", "rosterSource"),
        ("requestKind: list ", "requestKind: batch ", "requestKind"),
        ("effective: \"2025-01-09\"", "effective: \"2025-02-30\"", "sop.effective"),
        ("    kind: equipment\n  - id: server-siak", "    kind: tool\n  - id: server-siak", "documents[0].kind"),
        ("    inputs: [atk, server-siak]\n    output: hak-akses-siak\n    time: 30 menit",
         "    inputs: [atk, server]\n    output: hak-akses-siak\n    time: 30 menit", "steps[4].inputs[1]"),
        ("    output: konsep-usulan\n    time: 1 Hari", "    output: konsep\n    time: 1 Hari", "steps[0].output"),
        ("  - id: sk-kadis\n    title: membuat", "  - id: persetujuan-kadis\n    title: membuat", "steps[2].id"),
        ("  - id: kabid\n    title: Kabid", "  - id: pemohon\n    title: Kabid", "roles[2].id"),
        ("  - id: kabid\n    title: Kabid", "  - id: kasi\n    title: Kabid", "roles[2].id"),
        ("    kind: submit", "    kind: review", "steps[0].kind"),
        ("    kind: handover", "    kind: submit", "steps[5].kind"),
        ("    time: 15 Menit\n    kind: decree\n", "    time: 15 Menit\n    kind: review\n", "steps[2].output"),
        ("    output: sk-kadis\n    time: 15 Menit", "    output: disposisi-kadis\n    time: 15 Menit", "steps[2].output"),
        // The sign step (issue 20): one official of one role, after the decree step, before accounts, no strikes.
        ("    executor: kadis\n    inputs: [atk]\n    output: sk-kadis", "    executor: {chain: [sekretaris, kadis]}\n    inputs: [atk]\n    output: sk-kadis", "steps[3].executor"),
        ("    kind: sign\n", "    kind: sign\n    mayStrike: true\n", "steps[3].mayStrike"),
        ("    time: 15 Menit\n    kind: decree\n", "    time: 15 Menit\n    kind: sign\n", "steps[2].kind"),
        ("    time: 30 menit\n    kind: provision", "    time: 30 menit\n    kind: sign", "steps[4].kind"),
        ("calendar:\n", "calendar:\n  hours: {monday: [\"07:30-12:00\", \"11:30-16:00\"]}\n", "calendar.hours.monday"),
        ("calendar:\n", "calendar:\n  hours: {senin: [\"07:30-12:00\"]}\n", "calendar.hours"),
        ("calendar:\n", "calendar:\n  hours: {monday: [\"07:30-12:00\", \"16:00-12:30\"]}\n", "calendar.hours.monday[1]"),
        ("    - \"2025-01-27\"", "    - \"2025-13-27\"", "calendar.holidays[1]"),
        ("calendar:\n", "calendar:\n  dayLength: 1 hari\n", "calendar.dayLength"),
        ("    executor: {chain: [kabid, sekretaris, kadis]}", "    executor: {chain: [kabid, kabidd]}", "steps[1].executor.chain[1]"),
        ("    executor: {chain: [kabid, sekretaris, kadis]}", "    executor: {chain: [kabid, kabid]}", "steps[1].executor"),
        ("    executor: {chain: [kabid, sekretaris, kadis]}", "    executor: {chian: [kabid]}", "steps[1].executor.chian"),
        ("    executor: {chain: [kabid, sekretaris, kadis]}", "    executor: {chain: [pemohon, kadis]}", "steps[1].executor"),
        ("    executor: {chain: [kabid, sekretaris, kadis]}", "    executor: {anyOf: [kabid, kadiss]}", "steps[1].executor.anyOf[1]"),
        ("    executor: {chain: [kabid, sekretaris, kadis]}", "    executor: {chain: [{anyOf: [kabid, sekretaris]}, kadis]}\n    timePer: always", "steps[1].timePer"),
        ("    executor: kasi\n", "    executor: {chain: [kasi, kabid]}\n", "steps[0].executor"),
        ("    time: 30 menit\n    kind: provision", "    time: 30 menit\n    kind: provision\n    mayStrike: true", "steps[4].mayStrike"),
        ("    time: 30 menit\n    kind: provision", "    time: 30 menit\n    timePer: request\n    perPerson: true\n    kind: provision", "steps[4].perPerson"),
        ("  cancel: [kadis]", "  cancel: [pemohon]", "permissions.cancel[0]"),
    ])
    func invalidValues(target: String, replacement: String, path: String) throws {
        let found = error(try sukamara(target, replacement))
        #expect(found?.path == path, "got \(String(describing: found))")
        #expect(found?.message.isEmpty == false)
    }

    @Test("Roster source and step kinds must agree")
    func rosterSourceRules() throws {
        let decreeInRequestsOffice = error(try sukamara("rosterSource: decrees", "rosterSource: requests"))
        #expect(decreeInRequestsOffice?.path == "steps[2].kind")
        let noProvision = error(try mojokerto("    kind: provision", "    kind: review"))
        #expect(noProvision?.path == "steps[5].kind")  // the handover now has no provision before it
        let noDecree = error(try replacing("    kind: decree\n  - id: pembuatan", with: "    kind: review\n  - id: pembuatan",
                                           in: try Fixtures.sukamaraBeforeSigningYAML())
            .replacingOccurrences(of: "    kind: decree", with: "    kind: document"))
        #expect(noDecree?.path == "steps")
    }

    @Test("A handover before the provision step is refused")
    func handoverOrder() throws {
        let found = error(try mojokerto("    kind: review\n    mayReject: true\n    mayReturn: true\n  - id: pembuatan-akun",
                                        "    kind: handover\n    mayReject: true\n    mayReturn: true\n  - id: pembuatan-akun"))
        #expect(found?.path == "steps[3].kind")
    }

    @Test("Malformed YAML and an empty file are reported")
    func malformed() {
        #expect(error("office: [unclosed") != nil)
        #expect(error("") != nil)
        #expect(error("office: 3") != nil)
    }
}

@Suite("A third office needs only a YAML file")
struct ThirdOfficeTests {
    static let yaml = """
    office: {name: Dinas Dukcapil Kota Palangka Raya, region: "62.71", utcOffset: "+07:00"}
    sop: {number: 470/12/Dukcapil/2024, title: Hak Akses SIAK, effective: "2024-03-01"}
    rosterSource: requests
    requestKind: single
    roles:
      - {id: kadis, title: Kepala Dinas, ldapGroup: kadis}
      - {id: adb, title: Administrator Database, ldapGroup: adb}
    documents:
      - {id: surat, title: Surat Permohonan, kind: document}
      - {id: akun, title: Username dan Password, kind: credentials}
    steps:
      - {id: ajukan, title: Pengajuan, executor: pemohon, inputs: [surat], time: 10 menit, kind: submit}
      - {id: setuju, title: Persetujuan Kadis, executor: kadis, time: 1 jam, kind: review, mayReject: true}
      - {id: buat, title: Pembuatan akun, executor: adb, output: akun, time: 2h, kind: provision}
    calendar:
      hours: {monday: ["08:00-16:00"], wednesday: ["08:00-12:00"]}
    """

    @Test("Loads with defaults for segregation, permissions, holidays and day length")
    func loads() throws {
        let sop = try SOPDefinition(yaml: Self.yaml)
        #expect(sop.steps.count == 3)
        #expect(sop.steps.map { $0.time.minutes(dayLength: sop.calendar.dayLength) } == [10, 60, 120])
        #expect(sop.office.region.description == "62.71")
        #expect(sop.segregation.distinctActorsOnConsecutiveSteps == false)
        #expect(sop.permissions.cancel == ["kadis"])
        #expect(sop.permissions.importDecree == ["adb"])
        #expect(sop.calendar.holidays.isEmpty)
        // One "hari" is the average office day of the week given: 12 hours over 2 days (issue 11; was a fixed 8 h).
        #expect(sop.calendar.dayLength == 6 * 3600)
        #expect(sop.calendar.weeklySeconds == 12 * 3600)
    }
}

@Suite("SOP files: executors, time per person, default office week")
struct SOPExpressivenessTests {
    @Test("A chain may hold alternatives; its description shows the order")
    func chainWithAlternatives() throws {
        let yaml = try replacing("    executor: {chain: [kabid, sekretaris, kadis]}",
                                 with: "    executor: {chain: [{anyOf: [kabid, sekretaris]}, kadis]}", in: try Fixtures.sukamaraYAML())
        let sop = try SOPDefinition(yaml: yaml)
        #expect(sop.steps[1].executors.links == [["kabid", "sekretaris"], ["kadis"]])
        #expect(sop.steps[1].executors.description == "kabid | sekretaris → kadis")
        #expect(sop.steps[1].executors.completing == ["kadis"] && sop.steps[1].executor == "kadis")
    }

    @Test("Without a calendar, an office works the Perpres 21/2023 week with no holidays")
    func defaultCalendar() throws {
        let yaml = ThirdOfficeTests.yaml.replacingOccurrences(
            of: "calendar:\n  hours: {monday: [\"08:00-16:00\"], wednesday: [\"08:00-12:00\"]}", with: "")
        #expect(yaml != ThirdOfficeTests.yaml)
        let sop = try SOPDefinition(yaml: yaml)
        #expect(sop.calendar.hours == OfficeCalendar.perpres21Week)
        #expect(sop.calendar.weeklySeconds == 135_000 && sop.calendar.dayLength == 27_000)
        #expect(sop.calendar.holidays.isEmpty)
        #expect(sop.steps.allSatisfy { $0.timePer == .request && !$0.mayStrike && !$0.executors.isChain })
    }
}

@Suite("Step executors as JSON")
struct StepExecutorsCodingTests {
    @Test("Executors round-trip through JSON and are validated when decoded")
    func coding() throws {
        let chain = try StepExecutors(links: [["kabid"], ["sekretaris", "kasi"], ["kadis"]])
        let data = try JSONEncoder().encode(chain)
        #expect(try JSONDecoder().decode(StepExecutors.self, from: data) == chain)
        for bad in [#"{"links":[]}"#, #"{"links":[[]]}"#, #"{"links":[["kadis"],["kadis"]]}"#, #"{"links":[["pemohon","kasi"]]}"#] {
            #expect(throws: DecodingError.self) { try JSONDecoder().decode(StepExecutors.self, from: Data(bad.utf8)) }
        }
    }
}
