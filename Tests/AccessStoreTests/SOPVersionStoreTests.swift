import AccessStore
import AccessWorkflow
import Foundation
import Testing
import WorkflowFixtures

/// Issue 20, item 6, in the store: the log alone knows the office's original SOP once a version was adopted, so a cold
/// walk, a checkpoint and a full verification all replay each request under its own version; an office opened with a
/// copy that is not the version adopted last is refused by name.
@Suite("SOP versions in the stored log")
struct SOPVersionStoreTests {
    @Test("a cold walk starts from the original kept in the log; checkpoints and verification agree; the wrong file is refused")
    func coldWalk() throws {
        let folder = try TemporaryFolder()
        let store = try folder.store()
        let cast = try SukamaraCast()
        let originalText = try Fixtures.sukamaraBeforeSigningYAML()
        let original = try SOPDefinition(yaml: originalText)
        let current = try Fixtures.sukamara()
        var clock = Fixtures.wib("2025-02-03 08:00")
        func next() -> Date { clock.addTimeInterval(300); return clock }
        try store.execute(try cast.filing("REQ-1"), by: cast.kasi, at: next(), sop: original)
        for (command, actor) in cast.initials("REQ-1") { try store.execute(command, by: actor, at: next(), sop: original) }
        try store.execute(.approve(request: "REQ-1"), by: cast.kadis, at: next(), sop: original)
        let host = try WorkflowActor(uid: "host:admin", displayName: "admin", roles: [])
        try store.execute(.adoptSOP(text: try Fixtures.sukamaraYAML(), sha256: String(repeating: "b", count: 64), original: originalText,
                                    note: "SK Kadis 800/2/2026"), by: host, at: next(), sop: original)
        // From here the office runs with the adopted file; REQ-1 still follows the original.
        try store.execute(.issueDecree(request: "REQ-1", decree: try cast.draft(signed: true)), by: cast.sekretaris, at: next(), sop: current)
        try store.execute(try cast.filing("REQ-2"), by: cast.kasi, at: next(), sop: current)

        let cold = try folder.store()
        let state = try cold.state(sop: current)
        #expect(state.sopVersions.map(\.number) == [0, 1])
        #expect(state.requests["REQ-1"]?.status == .inProgress(step: "pembuatan-hak-akses"))
        #expect(state.requests["REQ-2"]?.sopVersion == 1)
        #expect(try cold.verify(sop: current) == .intact(count: 7, head: try cold.head().hash))

        let checkpoint = try cold.writeCheckpoint(sop: current)
        #expect(checkpoint.seq == 7)
        #expect(try folder.store().state(sop: current) == state, "a cold start from the checkpoint has every version")

        // The office's copy edited back to the original: refused, naming the version adopted.
        let error = #expect(throws: StoreError.self) { try folder.store().state(sop: original) }
        guard case .sopNotAdopted(let version, _)? = error else { Issue.record("expected sopNotAdopted, got \(String(describing: error))"); return }
        #expect(version == 1)
    }
}
