import Foundation
import Testing
@testable import AccessWorkflow
import WorkflowFixtures

/// Issue 20: the roles an SOP covers, the roles one person may not hold together (Permendagri 95/2019 pasal 46–47),
/// and SKs only where the roster is made of SKs.
@Suite("Role rules: covered roles, conflicting roles")
struct RoleRuleTests {
    let sukamara: SukamaraCast
    let mojokerto: MojokertoCast
    let sk = DecreeFactory()

    init() throws {
        sukamara = try SukamaraCast()
        mojokerto = try MojokertoCast()
    }

    /// Mojokerto's SOP with its roles widened to operator and verifikator.
    static func mojokertoWidened() throws -> SOPDefinition {
        let yaml = try Fixtures.mojokertoYAML()
        #expect(yaml.contains("siakRoles: [operator]\n"))
        return try SOPDefinition(yaml: yaml.replacingOccurrences(of: "siakRoles: [operator]\n", with: "siakRoles: [operator, verifikator]\n"))
    }

    static func mojokertoFiling(_ id: RequestID, _ person: Person, role: SIAKRoleID) throws -> WorkflowCommand {
        .file(FileRequest(id: id, applicant: person, candidates: [try People.candidate(person, role: role, unit: "Kelurahan Gunung Gedangan")],
                          evidence: try Fixtures.evidence([("surat-permohonan", "045/17/Kel-GG/2025")])))
    }

    @Test("Mojokerto covers operator SIAK only: a request for another role is refused by name; the SOP file can widen it")
    func coveredRoles() throws {
        let sop = try Fixtures.mojokerto()
        #expect(sop.siakRoles == ["operator"])
        var office = Office(sop)
        #expect(throws: WorkflowError.roleNotCovered("verifikator", person: try People.dewi().name.displayName, covered: ["operator"])) {
            try office.run(try Self.mojokertoFiling("REQ-2025-0001", try People.dewi(), role: "verifikator"), by: mojokerto.frontDesk)
        }
        #expect(office.state.requests.isEmpty)
        try office.run(try Self.mojokertoFiling("REQ-2025-0001", try People.dewi(), role: "operator"), by: mojokerto.frontDesk)
        var widened = Office(try Self.mojokertoWidened())
        try widened.run(try Self.mojokertoFiling("REQ-2025-0001", try People.dewi(), role: "verifikator"), by: mojokerto.frontDesk)
        #expect(widened.state.requests.count == 1)
        #expect(try Fixtures.sukamara().siakRoles == nil, "Sukamara's SK names every role of the catalogue")
    }

    @Test("an SK giving one person operator and verifikator (\"operator/verifikator\" in one cell) is refused at import")
    func conflictInOneDecree() throws {
        var office = Office(try Fixtures.sukamara())
        let oneCell = try sk.make("800/1/2025", from: "2025-01-02", grants: [(try People.budi(), ["operator", "verifikator"])])
        #expect(throws: WorkflowError.conflictingRoles(person: try People.budi().name.displayName, roles: ["operator", "verifikator"],
                                                       held: nil, reason: RoleConflict.operatorAndVerifikator.reason)) {
            try office.run(.importDecree(oneCell), by: sukamara.adb)
        }
        #expect(office.state.pendingDecrees.isEmpty)
        // Administrator and operator do not conflict.
        try office.run(.importDecree(try sk.make("800/1/2025", from: "2025-01-02", grants: [(try People.budi(), ["administrator", "operator"])])),
                       by: sukamara.adb)
    }

    @Test("an SK for the verifikator role refused while the person is operator through an SK it does not supersede; accepted when it supersedes it")
    func conflictWithHeld() throws {
        var office = Office(try Fixtures.sukamara())
        try office.importInForce(.importDecree(try sk.make("800/1/2025", from: "2025-01-02", grants: [(try People.budi(), ["operator"])])),
                                 by: sukamara.adb)
        let first = try DecreeNumber("800/1/2025")
        let promoted = try sk.make("800/2/2025", from: "2025-02-01", grants: [(try People.budi(), ["verifikator"])])
        #expect(throws: WorkflowError.conflictingRoles(person: try People.budi().name.displayName, roles: ["operator", "verifikator"],
                                                       held: .decree(first), reason: RoleConflict.operatorAndVerifikator.reason)) {
            try office.run(.importDecree(promoted), by: sukamara.adb)
        }
        try office.importInForce(.importDecree(try sk.make("800/2/2025", from: "2025-02-01", grants: [(try People.budi(), ["verifikator"])],
                                                           supersedes: ["800/1/2025"])), by: sukamara.adb)
        #expect(Roster(state: office.state, on: try CivilDate(iso: "2025-02-10")).entry(for: try People.budi().key)?.roles == ["verifikator"])
    }

    @Test("a request's SK is refused at issuing when a candidate holds a conflicting role, unless the SK supersedes where it comes from")
    func conflictAtIssuing() throws {
        var office = Office(try Fixtures.sukamara())
        try office.importInForce(.importDecree(try sk.make("800/1/2025", from: "2025-01-02", grants: [(try People.budi(), ["operator"])])),
                                 by: sukamara.adb)
        try office.run(try sukamara.filing(candidates: [try People.candidate(try People.budi(), role: "verifikator")]), by: sukamara.kasi)
        for (command, actor) in sukamara.initials() { try office.run(command, by: actor) }
        try office.run(.approve(request: "REQ-2025-0001", evidence: try Fixtures.evidence([("disposisi-kadis", "disp/12")])), by: sukamara.kadis)
        #expect(throws: WorkflowError.self) {
            try office.run(.issueDecree(request: "REQ-2025-0001", decree: try sukamara.draft()), by: sukamara.sekretaris)
        }
        #expect(office.status("REQ-2025-0001") == .inProgress(step: "sk-kadis"))
        try office.run(.issueDecree(request: "REQ-2025-0001", decree: try sukamara.draft(supersedes: [try DecreeNumber("800/1/2025")])),
                       by: sukamara.sekretaris)
        try office.run(try sukamara.sign(), by: sukamara.kadis)
        #expect(office.status("REQ-2025-0001") == .inProgress(step: "pembuatan-hak-akses"))
    }

    @Test("where requests make the roster, an operator is refused as verifikator at filing, and again when access is created")
    func conflictInRequestsOffice() throws {
        var office = Office(try Self.mojokertoWidened())
        let dewi = try People.dewi()
        try office.run(try Self.mojokertoFiling("REQ-2025-0001", dewi, role: "operator"), by: mojokerto.frontDesk)
        // A second request for the verifikator role filed while the first is still under way …
        try office.run(try Self.mojokertoFiling("REQ-2025-0002", dewi, role: "verifikator"), by: mojokerto.frontDesk)
        for (command, actor) in try mojokerto.steps("REQ-2025-0001") { try office.run(command, by: actor) }
        // … is stopped where the account would be created, now that she is an operator.
        let second = try mojokerto.steps("REQ-2025-0002")
        for (command, actor) in second.prefix(3) { try office.run(command, by: actor) }
        let refusal = #expect(throws: WorkflowError.self) { try office.run(second[3].0, by: second[3].1) }
        guard case .conflictingRoles(_, let roles, let held, _) = refusal else {
            Issue.record("expected conflicting roles, got \(String(describing: refusal))")
            return
        }
        #expect(roles == ["operator", "verifikator"] && held == .request("REQ-2025-0001"))
        #expect(office.status("REQ-2025-0002") == .inProgress(step: "pembuatan-akun"))
        // A third request is refused at once.
        #expect(throws: WorkflowError.self) {
            try office.run(try Self.mojokertoFiling("REQ-2025-0003", dewi, role: "verifikator"), by: mojokerto.frontDesk)
        }
    }

    @Test("a conflicting grant recorded before the rule still replays (the rules judge commands, not the log)")
    func replayUnchanged() throws {
        var office = Office(try Fixtures.sukamara())
        let decree = try sk.make("800/1/2025", from: "2025-01-02", grants: [(try People.budi(), ["operator", "verifikator"])])
        try office.state.apply(.decreeImported(DecreeImported(at: office.clock, actor: sukamara.adb, decree: decree, note: "",
                                                              confirmations: [:], awaitsConfirmation: nil)))
        #expect(Roster(state: office.state, on: try CivilDate(iso: "2025-02-10")).entry(for: try People.budi().key)?.roles
            == ["operator", "verifikator"])
    }

    @Test("the roles file declares conflicts; a conflict naming an unknown or the same role is refused")
    func catalogueConflicts() throws {
        let shipped = try RoleCatalogue(yaml: try Fixtures.config("roles.yaml"))
        #expect(shipped.conflicts == [RoleConflict.operatorAndVerifikator])
        #expect(shipped == RoleCatalogue.standard)
        #expect(shipped.conflict("verifikator", "operator") != nil && shipped.conflict("operator", "administrator") == nil)
        let roles = RoleCatalogue.standard.roles
        #expect(throws: ConfigError.self) { try RoleCatalogue(roles: roles, conflicts: [RoleConflict(roles: ["operator", "kepala"], reason: "x")]) }
        #expect(throws: ConfigError.self) { try RoleCatalogue(roles: roles, conflicts: [RoleConflict(roles: ["operator", "operator"], reason: "x")]) }
        #expect(throws: ConfigError.self) { try RoleCatalogue(roles: roles, conflicts: [RoleConflict(roles: ["operator", "verifikator"], reason: " ")]) }
    }
}
