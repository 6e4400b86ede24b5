import Foundation
import Testing
@testable import AccessWorkflow
import WorkflowFixtures

/// Issue 20, item 6: versions of the SOP in the log. A request is decided and replayed under the version in force when
/// it was filed; a new version applies to requests filed after its adoption.
@Suite("SOP versions in the log")
struct SOPVersionTests {
    let cast: SukamaraCast
    let original: String
    let signing: String
    let host: WorkflowActor

    init() throws {
        cast = try SukamaraCast()
        original = try Fixtures.sukamaraBeforeSigningYAML()
        signing = try Fixtures.sukamaraYAML()
        host = try WorkflowActor(uid: "host:admin", displayName: "admin", roles: [])
    }

    func adopt(_ text: String, original: String? = nil) -> WorkflowCommand {
        .adoptSOP(text: text, sha256: String(repeating: "a", count: 64), original: original, note: "SK Kadis 800/2/2026")
    }

    /// REQ-1 filed and approved under the original SOP (no sign step), then the SOP with the Kadis's signature adopted.
    func adopted() throws -> Office {
        var office = Office(try SOPDefinition(yaml: original))
        try office.run(try cast.filing("REQ-1"), by: cast.kasi)
        for (command, actor) in cast.initials("REQ-1") { try office.run(command, by: actor) }
        try office.run(.approve(request: "REQ-1"), by: cast.kadis)
        try office.run(adopt(signing, original: original), by: host)
        return office
    }

    @Test("a request in flight finishes under the version it was filed under; one filed after the adoption follows the new one")
    func requestsKeepTheirVersion() throws {
        var office = try adopted()
        #expect(office.state.sopVersions.map(\.number) == [0, 1])
        #expect(office.state.sop.signStep != nil, "the version in force has the sign step")
        #expect(office.state.sop(of: "REQ-1").signStep == nil, "REQ-1 keeps the original")
        // REQ-1: the SK with its typed signer is in force at once, as the original says; no signature step.
        try office.run(.issueDecree(request: "REQ-1", decree: try cast.draft("800/1/Dukcapil/2025", signed: true)), by: cast.sekretaris)
        #expect(office.status("REQ-1") == .inProgress(step: "pembuatan-hak-akses"))
        #expect(office.state.decrees[try DecreeNumber("800/1/Dukcapil/2025")] != nil)

        // REQ-2, filed now: the new version's rules.
        try office.run(try cast.filing("REQ-2"), by: cast.kasi)
        #expect(office.state.requests["REQ-2"]?.sopVersion == 1)
        for (command, actor) in cast.initials("REQ-2") { try office.run(command, by: actor) }
        try office.run(.approve(request: "REQ-2"), by: cast.kadis)
        #expect(throws: WorkflowError.signature(try DecreeNumber("800/2/Dukcapil/2025"), .signerTyped(step: "tanda-tangan-sk"))) {
            try office.run(.issueDecree(request: "REQ-2", decree: try cast.draft("800/2/Dukcapil/2025", signed: true)), by: cast.sekretaris)
        }
        try office.run(.issueDecree(request: "REQ-2", decree: try cast.draft("800/2/Dukcapil/2025")), by: cast.sekretaris)
        #expect(office.status("REQ-2") == .inProgress(step: "tanda-tangan-sk"))

        // The log alone replays both, from the original; starting from the file in force now refuses REQ-1's old steps.
        let replayed = try WorkflowState.replay(office.events, sop: try SOPDefinition(yaml: original))
        #expect(replayed == office.state)
        #expect(throws: WorkflowError.self) { try WorkflowState.replay(office.events, sop: try SOPDefinition(yaml: signing)) }
    }

    @Test("an adoption is refused when nothing changes, for another office, or without the original's text; a stored one out of order on replay")
    func refusals() throws {
        var office = Office(try SOPDefinition(yaml: original))
        try office.run(try cast.filing("REQ-1"), by: cast.kasi)
        #expect(throws: WorkflowError.sopNotAdoptable(.unchanged)) { try office.run(adopt(original, original: original), by: host) }
        #expect(throws: WorkflowError.sopNotAdoptable(.originalMissing)) { try office.run(adopt(signing), by: host) }
        let edited = try replacing("    executor: kasi\n", with: "    executor: adb\n", in: original)
        #expect(throws: WorkflowError.sopNotAdoptable(.originalDiffers)) { try office.run(adopt(signing, original: edited), by: host) }
        let mojokerto = try Fixtures.mojokertoYAML()
        let error = #expect(throws: WorkflowError.self) { try office.run(adopt(mojokerto, original: original), by: host) }
        guard case .sopNotAdoptable(.otherOffice)? = error else { Issue.record("expected otherOffice, got \(String(describing: error))"); return }
        let unreadable = #expect(throws: WorkflowError.self) { try office.run(adopt("office: [", original: original), by: host) }
        guard case .sopNotAdoptable(.unreadable)? = unreadable else { Issue.record("expected unreadable, got \(String(describing: unreadable))"); return }

        try office.run(adopt(signing, original: original), by: host)
        guard case .sopAdopted(let first)? = office.events.last else { Issue.record("no adoption"); return }
        #expect(first.version == 1 && first.replaces == original)
        // A second adoption carries no original; a stored adoption numbered wrongly is refused on replay.
        let third = try replacing("    time: 1 Hari\n    kind: sign", with: "    time: 2 Hari\n    kind: sign", in: signing)
        try office.run(adopt(third), by: host)
        guard case .sopAdopted(let second)? = office.events.last else { Issue.record("no second adoption"); return }
        #expect(second.version == 2 && second.replaces == nil)
        // Only the first adoption keeps an original: a later one drops what the caller gives, and a stored later one
        // carrying one is refused on replay (it would rewrite the original a snapshot rebuilds).
        let fourth = try replacing("    time: 2 Hari\n    kind: sign", with: "    time: 3 Hari\n    kind: sign", in: third)
        try office.run(adopt(fourth, original: original), by: host)
        guard case .sopAdopted(let third3)? = office.events.last else { Issue.record("no third adoption"); return }
        #expect(third3.replaces == nil)
        let carrying = WorkflowEvent.sopAdopted(SOPAdopted(
            at: third3.at, actor: third3.actor, text: third3.text, sha256: third3.sha256, replaces: edited, version: 3, note: third3.note))
        #expect(throws: WorkflowError.self) {
            try WorkflowState.replay(Array(office.events.dropLast()) + [carrying], sop: try SOPDefinition(yaml: original))
        }
        // A version may not switch what makes the roster.
        let requests = try replacing("region: \"35.76\"", with: "region: \"62.08\"", in: try Fixtures.mojokertoYAML())
        #expect(throws: WorkflowError.sopNotAdoptable(.rosterSourceChanged(from: "decrees", to: "requests"))) {
            try office.run(adopt(requests), by: host)
        }
        let renumbered = WorkflowEvent.sopAdopted(SOPAdopted(
            at: second.at, actor: second.actor, text: second.text, sha256: second.sha256, replaces: nil, version: 5, note: second.note))
        let log = Array(office.events.dropLast()) + [renumbered]
        #expect(throws: WorkflowError.self) { try WorkflowState.replay(log, sop: try SOPDefinition(yaml: original)) }
    }

    @Test("a snapshot keeps every version and which version each request is under")
    func snapshot() throws {
        var office = try adopted()
        try office.run(try cast.filing("REQ-2"), by: cast.kasi)
        let bytes = try office.state.snapshot()
        let read = try bytes.withUnsafeBytes { try WorkflowState(snapshot: $0, sop: try SOPDefinition(yaml: signing)) }
        #expect(read == office.state)
        #expect(read.sopVersions.map(\.text) == [original, signing])
        #expect(read.requests["REQ-1"]?.sopVersion == 0 && read.requests["REQ-2"]?.sopVersion == 1)
        #expect(throws: SnapshotError.self) { _ = try bytes.withUnsafeBytes { try WorkflowState(snapshot: $0, sop: try SOPDefinition(yaml: original)) } }
    }
}
