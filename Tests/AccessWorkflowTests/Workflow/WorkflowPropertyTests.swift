import Foundation
import PropertyBased
import Testing
@testable import AccessWorkflow
import WorkflowFixtures

/// One random move: which command (1–6 mean "the command that fits the current step's kind"; 14 approves striking
/// Rina from the list, 15 files as a draft), which actor (indices past the pool mean "some holder of the role the
/// request waits for", the awaited link of a paraf chain), which step to name (0 or past the last step = none), and
/// whether to bring all documents as evidence. The bias towards fitting commands and actors makes random runs
/// reach completion often enough for the properties to bite.
typealias Move = (command: Int, actor: Int, step: Int, evidence: Bool)

/// Drives a workflow with random moves, keeping only the events the workflow accepted.
struct RandomDriver {
    let sop: SOPDefinition
    let pool: [WorkflowActor]
    var office: Office
    var counter = 0

    init(sop: SOPDefinition, pool: [WorkflowActor], office: Office? = nil) {
        self.sop = sop
        self.pool = pool
        self.office = office ?? Office(sop)
    }

    mutating func play(_ moves: [Move]) throws {
        for move in moves {
            counter += 1
            let command = try command(for: move)
            let actor = actor(for: move)
            _ = try? office.run(command, by: actor, after: 3)
        }
    }

    private func actor(for move: Move) -> WorkflowActor {
        if move.actor < pool.count { return pool[move.actor] }
        // Steered: a holder of the awaited role, if any, so that random runs also reach completion.
        let role = office.state.awaited("R1")?.roles.first ?? sop.submitStep.executor
        return pool.first { $0.roles.contains(role) } ?? pool[0]
    }

    private func command(for move: Move) throws -> WorkflowCommand {
        let step: StepID? = move.step == 0 || move.step > sop.steps.count ? nil : sop.steps[move.step - 1].id
        let documents = sop.documents.filter { $0.kind == .document }.map { ($0.id, "ref-\(counter)") }
        let evidence = move.evidence ? try Fixtures.evidence(documents) : [:]
        let candidates: [Candidate] = sop.requestKind == .single
            ? [try People.candidate(try People.eko())]
            : [try People.candidate(try People.budi()), try People.candidate(try People.rina(), role: "verifikator")]
        let decree = try SukamaraCast().draft("800/\(counter)/Dukcapil/2025")
        switch move.command {
        case 0: return .file(FileRequest(id: "R1", applicant: try People.eko(), candidates: candidates, evidence: evidence))
        case 1...6:
            switch office.state.currentStep(of: "R1")?.kind {
            case .decree?: return .issueDecree(request: "R1", step: step, decree: decree)
            case .sign?:
                // Dated the day it is recorded (the driver acts 3 minutes after the last move).
                let today = CivilDate(office.clock.addingTimeInterval(180), offset: sop.office.utcOffset)
                return .signDecree(request: "R1", step: step, signedOn: today,
                                   scan: try Evidence(sha256: String(repeating: "7", count: 64)))
            case .handover?: return .recordHandover(request: "R1", step: step, evidence: evidence)
            case nil where office.state.requests["R1"] == nil:
                return .file(FileRequest(id: "R1", applicant: try People.eko(), candidates: candidates, evidence: evidence))
            default: return .approve(request: "R1", step: step, evidence: evidence)
            }
        case 7: return .approve(request: "R1", step: step, evidence: evidence)
        case 8: return .reject(request: "R1", step: step, reason: "random rejection")
        case 9: return .returnForRevision(request: "R1", step: step, reason: "random return")
        case 10: return .resubmit(request: "R1", evidence: evidence)
        case 11: return .cancel(request: "R1", reason: "random cancel")
        case 12: return .issueDecree(request: "R1", step: step, decree: decree)
        case 14:
            return .approve(request: "R1", step: step, evidence: evidence,
                            struck: [StruckCandidate(person: try People.rina().key, reason: "random strike")])
        case 15:
            return .file(FileRequest(id: "R1", applicant: try People.eko(), candidates: candidates, evidence: evidence,
                                     draft: true))
        default: return .recordHandover(request: "R1", step: step, evidence: evidence)
        }
    }
}

/// An independent model of the SOP order: checks an accepted event history step by step.
enum HistoryModel {
    static func executorHolds(_ actor: WorkflowActor, _ step: StepDefinition, link: Int = 0) -> Bool {
        let roles = step.executors.links[link]
        return roles == [.pemohon] || roles.contains { actor.roles.contains($0) }
    }

    /// Returns the index of the next step expected after the history (steps.count = all done, nil = stopped).
    static func verify(_ events: [WorkflowEvent], sop: SOPDefinition, request: AccessRequest?) -> Int? {
        var next: Int?
        var link = 0
        var initialled: Set<String> = []
        var struck: Set<PersonKey> = []
        var stoppedForGood = false
        for event in events where event.requestID == "R1" {
            #expect(!stoppedForGood, "event after a final rejection or cancellation: \(event)")
            switch event {
            case .requestFiled, .requestResubmitted:
                #expect(executorHolds(event.actor, sop.steps[0]), "filed by a non-holder: \(event)")
                if case .requestFiled(let filed) = event, filed.isDraft { next = 0 } else { next = 1 }
                link = 0
                initialled = []
            case .stepInitialled:
                guard let index = next, index < sop.steps.count else {
                    Issue.record("a step was initialled while none was due: \(event)")
                    return nil
                }
                let step = sop.steps[index]
                #expect(event.stepID == step.id, "paraf on another step than the current one: \(event)")
                #expect(link < step.executors.links.count - 1, "the last link initialled instead of completing: \(event)")
                #expect(executorHolds(event.actor, step, link: min(link, step.executors.links.count - 1)),
                        "\(event.actor.uid) initialled out of turn at \(step.id)")
                #expect(initialled.insert(event.actor.uid).inserted, "\(event.actor.uid) initialled twice")
                link += 1
            case .stepApproved, .handoverRecorded, .decreeIssued, .decreeSigned:
                guard let index = next, index < sop.steps.count else {
                    Issue.record("a step was done while none was due: \(event)")
                    return nil
                }
                let step = sop.steps[index]
                #expect(event.stepID == step.id, "step skipped or repeated: \(event)")
                #expect(link == step.executors.links.count - 1, "\(step.id) completed before every paraf: \(event)")
                #expect(executorHolds(event.actor, step, link: min(link, step.executors.links.count - 1)),
                        "\(event.actor.uid) lacks \(step.executors) for \(step.id)")
                #expect(!initialled.contains(event.actor.uid), "\(event.actor.uid) initialled and completed \(step.id)")
                if let request, step.kind != .submit {
                    #expect(!request.involves(event.actor), "applicant or candidate acted: \(event)")
                }
                if case .stepApproved(let approved) = event {
                    #expect(approved.struckCandidates.isEmpty || step.mayStrike, "a name struck where the SOP does not allow it")
                    struck.formUnion(approved.struckCandidates.map(\.person))
                }
                if case .decreeIssued(let issued) = event {
                    #expect(issued.decree.grants.allSatisfy { !struck.contains($0.person.key) }, "a struck name is on the SK")
                }
                link = 0
                initialled = []
                switch event {
                case .decreeIssued: #expect(step.kind == .decree)
                case .decreeSigned: #expect(step.kind == .sign)
                case .handoverRecorded: #expect(step.kind == .handover)
                default: #expect(step.kind != .decree && step.kind != .sign)
                }
                next = index + 1
            case .requestRejected:
                #expect(next.map { sop.steps[$0].mayReject } == true)
                #expect(next.map { link == sop.steps[$0].executors.links.count - 1 } == true, "a paraf holder rejected")
                stoppedForGood = true
                next = nil
            case .requestReturned:
                #expect(next.map { sop.steps[$0].mayReturn } == true)
                next = nil
            case .requestCancelled:
                stoppedForGood = true
                next = nil
            default:
                break
            }
        }
        return next
    }
}

@Suite("Workflow properties")
struct WorkflowPropertyTests {
    static let moves = zip(Gen.int(in: 0...15), Gen.int(in: 0...13), Gen.int(in: 0...12), Gen.bool(0.8))
        .map { Move(command: $0, actor: $1, step: $2, evidence: $3) }
        .array(of: 1...60)

    static func mojokertoPool() throws -> [WorkflowActor] {
        let cast = try MojokertoCast()
        return [cast.frontDesk, cast.kadis, cast.kabid, cast.kasi, cast.adb, cast.adb2,
                try People.actor("multi", ["kabid", "kasi", "adb"]),
                try People.actor("eko", ["kadis", "kabid", "kasi", "adb"])]
    }

    static func sukamaraPool() throws -> [WorkflowActor] {
        let cast = try SukamaraCast()
        return [cast.kasi, cast.kabid, cast.kadis, cast.sekretaris, cast.adb, cast.adb2, cast.stranger,
                try People.actor("semua", ["kasi", "kabid", "kadis", "sekretaris", "adb"], nip: "19700101 199503 1 001"),
                try People.actor("budi.adb", ["adb", "kadis"], nip: "19900115 201503 1 002")]
    }

    /// The shipped offices, each with a pool of actors that includes holders of several roles and strangers.
    static func office(_ name: String) throws -> (sop: SOPDefinition, pool: [WorkflowActor]) {
        switch name {
        case "mojokerto": return (try Fixtures.mojokerto(), try mojokertoPool())
        case "sukamara": return (try Fixtures.sukamara(), try sukamaraPool())
        default: throw FixtureError("no SOP fixture named \(name)")
        }
    }

    @Test("(a) Completion only if every step was done, in order, by a holder of its role", arguments: ["mojokerto", "sukamara"])
    func completionNeedsRoles(office: String) async throws {
        let (sop, pool) = try Self.office(office)
        var completions = 0
        await propertyCheck(count: 250, input: Self.moves) { moves in
            do {
                var driver = RandomDriver(sop: sop, pool: pool)
                try driver.play(moves)
                let request = driver.office.state.requests["R1"]
                let next = HistoryModel.verify(driver.office.events, sop: sop, request: request)
                if request?.status == .completed {
                    completions += 1
                    #expect(next == sop.steps.count)
                }
                #expect(try WorkflowState.replay(driver.office.events, sop: sop).requests == driver.office.state.requests)
            } catch {
                // propertyCheck ignores errors thrown by its body: record them.
                Issue.record("unexpected error: \(error)")
            }
        }
        // The property is only meaningful if random runs do reach completion.
        #expect(completions > 0)
        print("\(office) random runs completed: \(completions)/250")
    }

    @Test("(b) Once rejected, no sequence of commands makes a request approved or completed again")
    func rejectionIsForever() async throws {
        let sop = try Fixtures.mojokerto(), pool = try Self.mojokertoPool(), cast = try MojokertoCast()
        var start = Office(sop)
        try start.run(.file(FileRequest(id: "R1", applicant: try People.eko(), candidates: [try People.candidate(try People.eko())],
                                        evidence: try Fixtures.evidence([("surat-permohonan", "1")]))), by: cast.frontDesk)
        for (command, actor) in try cast.steps("R1").prefix(2) { try start.run(command, by: actor) }
        try start.run(.reject(request: "R1", reason: "ditolak"), by: cast.kasi)
        let rejected = start
        await propertyCheck(count: 250, input: Self.moves) { moves in
            do {
                var driver = RandomDriver(sop: sop, pool: pool, office: rejected)
                try driver.play(moves)
                #expect(driver.office.events.count == rejected.events.count, "an event was accepted after the rejection")
                #expect(driver.office.state.requests["R1"]?.status == .rejected(reason: "ditolak"))
            } catch {
                // propertyCheck ignores errors thrown by its body: record them.
                Issue.record("unexpected error: \(error)")
            }
        }
    }
}
