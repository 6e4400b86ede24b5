import AccessWorkflow
import Foundation
import Testing
import WorkflowFixtures

@Suite("Deriving sync intents from events")
struct SyncIntentTests {
    /// A pure workflow driven by commands, collecting the intents each command's events call for.
    struct Office {
        var state: WorkflowState
        init(_ sop: SOPDefinition) { state = WorkflowState(sop: sop) }

        mutating func run(_ command: WorkflowCommand, by actor: WorkflowActor, at: Date) throws -> [SyncIntent] {
            let events = try state.decide(command.confirmingNonASN, by: actor, at: at)
            for event in events { try state.apply(event) }
            return SyncIntent.derive(from: events, after: state)
        }
    }

    private func decree(_ number: String, from: String, until: String? = nil, people: [Person],
                        supersedes: [String] = []) throws -> Decree {
        try Decree(
            number: try DecreeNumber(number), title: "Pengelola SIAK", signedOn: try CivilDate(iso: from),
            effectiveFrom: try CivilDate(iso: from), effectiveUntil: try until.map { try CivilDate(iso: $0) },
            signer: .init(name: try PersonName("ZAINUDDIN, S.Sos"), nip: try NIP(People.kadisNIP)),
            grants: try people.map { try Grant(person: $0, roles: ["operator"], workUnit: "Bidang PIAK") },
            supersedes: try supersedes.map { try DecreeNumber($0) })
    }

    @Test("An imported SK queues nothing until it is confirmed; then its people at the start of its first day and of the day after its last, in office time")
    func importedDecree() throws {
        let yaml = try Fixtures.sukamaraYAML()
        let wita = try SOPDefinition(yaml: yaml.replacingOccurrences(of: #"utcOffset: "+07:00""#,
                                                                     with: #"utcOffset: "+08:00""#))
        var office = Office(wita)
        let imported = try office.run(
            .importDecree(try decree("800/1/Dukcapil/2025", from: "2025-04-01", until: "2025-06-30",
                                     people: [try People.budi()]), note: "lampiran"),
            by: try SukamaraCast().adb, at: Fixtures.wib("2025-03-03 09:00"))
        #expect(imported.isEmpty, "an SK awaiting confirmation changes nothing in the directory")
        let intents = try office.run(
            try FourEyesFixture.confirm(try DecreeNumber("800/1/Dukcapil/2025")), by: try FourEyesFixture.confirmer(),
            at: Fixtures.wib("2025-03-03 10:00"))
        let budi = try People.budi().key
        #expect(intents == [
            SyncIntent(person: budi, notBefore: try #require(ISO8601DateFormatter().date(from: "2025-03-31T16:00:00Z")),
                       reason: "SK 800/1/Dukcapil/2025 takes effect"),
            SyncIntent(person: budi, notBefore: try #require(ISO8601DateFormatter().date(from: "2025-06-30T16:00:00Z")),
                       reason: "SK 800/1/Dukcapil/2025 ends"),
        ])
    }

    @Test("A superseding SK queues the earlier SK's people at its start, once per person and instant")
    func superseding() throws {
        var office = Office(try Fixtures.sukamara())
        let adb = try SukamaraCast().adb
        let at = Fixtures.wib("2025-03-03 09:00")
        _ = try office.run(.importDecree(try decree("800/1/Dukcapil/2024", from: "2024-01-02",
                                                    people: [try People.budi(), try People.rina()]), note: "a"),
                           by: adb, at: at)
        _ = try office.run(try FourEyesFixture.confirm(try DecreeNumber("800/1/Dukcapil/2024")), by: try FourEyesFixture.confirmer(), at: at)
        _ = try office.run(
            .importDecree(try decree("800/2/Dukcapil/2025", from: "2025-04-01", people: [try People.budi()],
                                     supersedes: ["800/1/Dukcapil/2024"]), note: "b"), by: adb, at: at)
        let intents = try office.run(try FourEyesFixture.confirm(try DecreeNumber("800/2/Dukcapil/2025")), by: try FourEyesFixture.confirmer(), at: at)
        let april = try CivilDate(iso: "2025-04-01").start(offset: .wib)
        #expect(intents.map(\.person) == [try People.rina().key, try People.budi().key])
        #expect(intents.allSatisfy { $0.notBefore == april })
        #expect(intents.last?.reason == "SK 800/2/Dukcapil/2025 takes effect")
    }

    @Test("In a request-based office the provision step queues the candidate now; other steps queue nothing")
    func provision() throws {
        var office = Office(try Fixtures.mojokerto())
        let cast = try MojokertoCast()
        var clock = Fixtures.wib("2025-02-03 08:00")
        var perCommand = [try office.run(try cast.filing("REQ-1"), by: cast.frontDesk, at: clock)]
        for (command, actor) in try cast.steps("REQ-1") {
            clock.addTimeInterval(600)
            perCommand.append(try office.run(command, by: actor, at: clock))
        }
        #expect(perCommand.map(\.count) == [0, 0, 0, 0, 1, 0])
        #expect(perCommand[4] == [SyncIntent(person: try People.dewi().key, notBefore: clock.addingTimeInterval(-600),
                                             reason: "request REQ-1 provisioned")])
        let revoked = try office.run(.revoke(person: try People.dewi().key, reason: .death, text: "meninggal"),
                                     by: cast.kadis, at: clock)
        #expect(revoked == [SyncIntent(person: try People.dewi().key, notBefore: clock,
                                       reason: "access revoked (death)")])
    }

    @Test("In an SK-based office the provision step queues nothing (the SK already did)")
    func provisionInDecreeOffice() throws {
        var office = Office(try Fixtures.sukamara())
        let cast = try SukamaraCast()
        let at = Fixtures.wib("2025-02-03 08:00")
        var counts = [try office.run(try cast.filing("REQ-1"), by: cast.kasi, at: at).count]
        for (command, actor) in try cast.steps("REQ-1", number: "800/3/Dukcapil/2025") {
            counts.append(try office.run(command, by: actor, at: at).count)
        }
        #expect(counts == [0, 0, 0, 0, 0, 2, 0, 0], "the Kadis's signature queues the SK's people, nothing else does")
    }

    @Test("Cancelling queues the candidates only if the request had been provisioned")
    func cancellation() throws {
        var office = Office(try Fixtures.mojokerto())
        let cast = try MojokertoCast()
        let at = Fixtures.wib("2025-02-03 08:00")
        _ = try office.run(try cast.filing("REQ-1"), by: cast.frontDesk, at: at)
        _ = try office.run(try cast.filing("REQ-2", person: try People.eko()), by: cast.frontDesk, at: at)
        for (command, actor) in try cast.steps("REQ-2").prefix(4) { _ = try office.run(command, by: actor, at: at) }
        #expect(try office.run(.cancel(request: "REQ-1", reason: "batal"), by: cast.kadis, at: at).isEmpty)
        let cancelled = try office.run(.cancel(request: "REQ-2", reason: "batal"), by: cast.kadis, at: at)
        #expect(cancelled == [SyncIntent(person: try People.eko().key, notBefore: at,
                                         reason: "provisioned request REQ-2 cancelled")])
    }
}
