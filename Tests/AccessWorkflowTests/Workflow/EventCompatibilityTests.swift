import Foundation
import Testing
@testable import AccessWorkflow
import WorkflowFixtures

/// Logs written before issue 11 must decode and replay as they did: the new fields are optional and left out of the
/// JSON when unused.
@Suite("Stored events from before issue 11")
struct EventCompatibilityTests {
    static let loket = #"{"uid":"loket","displayName":"LOKET","roles":[]}"#
    static let dewi = #"{"name":"Dewi Anggraini","nik":"3576014202980001","uid":"dewi"}"#

    /// A Mojokerto request as the previous version wrote it, one JSON object per event.
    static let mojokertoLog = [
        #"{"type":"requestFiled","at":"2025-02-03T01:05:00.000Z","actor":\#(loket),"request":"REQ-2025-0001","kind":"single","step":"pengajuan-tertulis","applicant":\#(dewi),"candidates":[{"person":\#(dewi),"role":"operator","workUnit":"Kelurahan Gunung Gedangan"}],"note":"","evidence":{"surat-permohonan":{"reference":"045/17/Kel-GG/2025"}}}"#,
        #"{"type":"stepApproved","at":"2025-02-03T01:10:00.000Z","actor":{"uid":"imron","displayName":"IMRON","nip":"196507091986031020","roles":["kadis"]},"request":"REQ-2025-0001","step":"disposisi-kadis","note":"","evidence":{"disposisi-kadis":{"reference":"disp/30"}}}"#,
        #"{"type":"stepApproved","at":"2025-02-03T01:15:00.000Z","actor":{"uid":"kabid","displayName":"KABID","roles":["kabid"]},"request":"REQ-2025-0001","step":"disposisi-kabid","note":"","evidence":{"biodata-operator":{"reference":"bio/30"}}}"#,
        #"{"type":"stepApproved","at":"2025-02-03T01:20:00.000Z","actor":{"uid":"kasi","displayName":"KASI","roles":["kasi"]},"request":"REQ-2025-0001","step":"kajian-kasi","note":"","evidence":{"pakta-integritas":{"reference":"pakta/30"}}}"#,
        #"{"type":"stepApproved","at":"2025-02-03T01:25:00.000Z","actor":{"uid":"adb.satu","displayName":"ADB.SATU","roles":["adb"]},"request":"REQ-2025-0001","step":"pembuatan-akun","note":"username dewi.anggraini","evidence":{}}"#,
        #"{"type":"handoverRecorded","at":"2025-02-03T01:30:00.000Z","actor":\#(loket),"request":"REQ-2025-0001","step":"penerimaan-akun","note":"diterima","evidence":{}}"#,
    ]

    @Test("A Mojokerto log of the previous version decodes and replays to a completed request under today's SOP")
    func mojokerto() throws {
        let decoder = JSONDecoder()
        let events = try Self.mojokertoLog.map { try decoder.decode(WorkflowEvent.self, from: Data($0.utf8)) }
        let state = try WorkflowState.replay(events, sop: try Fixtures.mojokerto())
        let request = try state.request("REQ-2025-0001")
        #expect(request.status == .completed)
        #expect(request.records.map(\.outcome) == [.filed, .approved, .approved, .approved, .approved, .handedOver])
        #expect(request.struck.isEmpty && request.letterDate == nil)
        // The same request driven today gives the same state.
        var office = Office(try Fixtures.mojokerto(), start: Fixtures.wib("2025-02-03 08:00"))
        let cast = try MojokertoCast()
        try cast.complete(&office)
        #expect(office.state.requests["REQ-2025-0001"]?.candidates == request.candidates)
        #expect(office.state.requests["REQ-2025-0001"]?.records.map(\.outcome) == request.records.map(\.outcome))
    }

    @Test("Events without the new features encode without the new keys")
    func noNewKeys() throws {
        let decoder = JSONDecoder()
        for line in Self.mojokertoLog.dropFirst() {
            let event = try decoder.decode(WorkflowEvent.self, from: Data(line.utf8))
            let json = String(decoding: try JSONEncoder().encode(event), as: UTF8.self)
            #expect(!json.contains("struck") && !json.contains("confirmations"))
            #expect(try decoder.decode(WorkflowEvent.self, from: Data(json.utf8)) == event)
        }
    }

    @Test("An old Sukamara log replays under the SOP it was recorded with (step 2 done by the Kadis alone)")
    func sukamaraUnderItsOwnSOP() throws {
        // Installations keep the SOP copied at `hakakses init`; this is that file's step 2 before issue 11.
        let before = try replacing("    executor: {chain: [kabid, sekretaris, kadis]}\n", with: "    executor: kadis\n",
                                   in: try Fixtures.sukamaraBeforeSigningYAML())
        let sop = try SOPDefinition(yaml: before)
        let cast = try SukamaraCast()
        var office = Office(sop)
        try office.run(try cast.filing(), by: cast.kasi)
        try office.run(.approve(request: "REQ-2025-0001"), by: cast.kadis)
        try office.run(.issueDecree(request: "REQ-2025-0001", decree: try cast.draft(signed: true)), by: cast.sekretaris)
        #expect(office.events.map(\.type) == ["requestFiled", "stepApproved", "decreeIssued"])
        #expect(office.state.decrees.count == 1, "without a sign step the SK is in the record when issued")
        #expect(try WorkflowState.replay(office.events, sop: sop).requests == office.state.requests)
        // Under today's file the Kadis's lone approval lacks the paraf and is refused by name.
        #expect(throws: WorkflowError.self) { try WorkflowState.replay(office.events, sop: try Fixtures.sukamara()) }
    }
}
