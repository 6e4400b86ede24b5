import Foundation
import Testing
@testable import AccessWorkflow
import WorkflowFixtures

/// Issue 20, item 7: an access review campaign. The reviewers confirm or remove each holder of today's roster, the
/// Kadis signs it off; the removed lose access at once, the unconfirmed after the grace period; every decision is in
/// the log.
@Suite("Access reviews")
struct ReviewTests {
    let cast: SukamaraCast
    let id: ReviewID = "REV-2025-01"

    init() throws { cast = try SukamaraCast() }

    /// A completed Sukamara list (Budi operator, Siti administrator) in force from 2025-02-10, and a review started
    /// on 2025-03-03, due 2025-03-14.
    func started() throws -> Office {
        var office = Office(try Fixtures.sukamara())
        try cast.complete(&office)
        try office.run(.startReview(id, dueOn: try CivilDate(iso: "2025-03-14"), note: "review triwulan I"), by: cast.kasi,
                       at: "2025-03-03 08:00")
        return office
    }

    @Test("the review lists today's roster; a removal takes effect at the sign-off, an unconfirmed holder after the grace period")
    func campaign() throws {
        var office = try started()
        let review = try #require(office.state.reviews[id])
        #expect(review.holders.map(\.person.key) == [try People.budi().key, try People.siti().key])
        #expect(review.asOf == (try CivilDate(iso: "2025-03-03")))
        try office.run(.decideReview(id, person: try People.budi().key, keep: false, note: "mutasi ke Kecamatan Jelai"), by: cast.kabid,
                       at: "2025-03-04 09:00")
        #expect(throws: WorkflowError.review(id, .undecidedBeforeDue(count: 1, dueOn: try CivilDate(iso: "2025-03-14")))) {
            try office.run(.signReview(id, note: "disahkan"), by: cast.kadis, at: "2025-03-05 09:00")
        }
        let signed = try office.run(.signReview(id, note: "disahkan"), by: cast.kadis, at: "2025-03-17 09:00")
        // Budi is out from the sign-off; Siti, whom nobody confirmed, 14 days later.
        #expect(Roster(state: office.state, on: try CivilDate(iso: "2025-03-17")).entries.map(\.key) == [try People.siti().key])
        #expect(Roster(state: office.state, on: try CivilDate(iso: "2025-03-30")).entries.map(\.key) == [try People.siti().key])
        #expect(Roster(state: office.state, on: try CivilDate(iso: "2025-03-31")).entries.isEmpty)
        let intents = SyncIntent.derive(from: signed, after: office.state)
        #expect(intents.map(\.person) == [try People.budi().key, try People.siti().key])
        #expect(intents.last?.notBefore == Fixtures.wib("2025-03-31 00:00"))
        #expect(office.state.reviews[id]?.isSigned == true)
        #expect(try WorkflowState.replay(office.events, sop: try Fixtures.sukamara()) == office.state)

        // Within the grace period Siti may still be kept: her revocation is lifted. Budi, removed, may not be.
        #expect(throws: WorkflowError.review(id, .afterGracePeriod)) {
            try office.run(.decideReview(id, person: try People.budi().key, keep: true, note: ""), by: cast.kasi, at: "2025-03-20 09:00")
        }
        try office.run(.decideReview(id, person: try People.siti().key, keep: true, note: "masih bertugas"), by: cast.kasi,
                       at: "2025-03-20 09:00")
        #expect(Roster(state: office.state, on: try CivilDate(iso: "2025-03-31")).entries.map(\.key) == [try People.siti().key])
        #expect(try WorkflowState.replay(office.events, sop: try Fixtures.sukamara()) == office.state)
        // A sign-off recorded with another grace period is refused on replay.
        guard let index = office.events.firstIndex(where: { if case .reviewSigned = $0 { true } else { false } }),
              case .reviewSigned(let e) = office.events[index] else { Issue.record("no sign-off"); return }
        var forged = office.events
        forged[index] = .reviewSigned(ReviewSigned(at: e.at, actor: e.actor, review: e.review, graceDays: 3650, note: e.note))
        #expect(throws: WorkflowError.self) { try WorkflowState.replay(forged, sop: try Fixtures.sukamara()) }
    }

    @Test("a new SK signed during the grace period keeps an unconfirmed holder; an SK signed before the sign-off does not")
    func newDecreeDuringGrace() throws {
        var office = try started()
        try office.run(.decideReview(id, person: try People.budi().key, keep: true, note: ""), by: cast.kabid, at: "2025-03-04 09:00")
        try office.run(.signReview(id, note: "disahkan"), by: cast.kadis, at: "2025-03-17 09:00")
        // Siti, unconfirmed, loses access on 2025-03-31 unless something newer than the sign-off grants it again.
        #expect(Roster(state: office.state, on: try CivilDate(iso: "2025-03-31")).entries.map(\.key) == [try People.budi().key])
        let renewed = try DecreeFactory().make("300/1/Dukcapil/2025", from: "2025-03-20", signed: "2025-03-20",
                                               grants: [(try People.siti(), ["administrator"])])
        try office.run(.importDecree(renewed, note: "", confirmations: Fixtures.nonASN(renewed)), by: cast.sekretaris, at: "2025-03-20 09:00")
        try office.run(try FourEyesFixture.confirm(renewed.number), by: try FourEyesFixture.confirmer(), at: "2025-03-20 09:10")
        let after = Roster(state: office.state, on: try CivilDate(iso: "2025-04-01"))
        #expect(after.entries.map(\.key) == [try People.budi().key, try People.siti().key])
        #expect(after.entry(for: try People.siti().key)?.basis == [.decree(renewed.number)], "only the new SK stands for her")
        #expect(try WorkflowState.replay(office.events, sop: try Fixtures.sukamara()) == office.state)
        let bytes = try office.state.snapshot()
        #expect(try bytes.withUnsafeBytes { try WorkflowState(snapshot: $0, sop: try Fixtures.sukamara()) } == office.state)

        // An SK signed before the sign-off (here: the day the review started) does not outlive it.
        var early = try started()
        try early.run(.decideReview(id, person: try People.budi().key, keep: true, note: ""), by: cast.kabid, at: "2025-03-04 09:00")
        let before = try DecreeFactory().make("300/2/Dukcapil/2025", from: "2025-03-05", signed: "2025-03-05",
                                              grants: [(try People.siti(), ["administrator"])])
        try early.run(.importDecree(before, note: "", confirmations: Fixtures.nonASN(before)), by: cast.sekretaris, at: "2025-03-05 09:00")
        try early.run(try FourEyesFixture.confirm(before.number), by: try FourEyesFixture.confirmer(), at: "2025-03-05 09:10")
        try early.run(.signReview(id, note: "disahkan"), by: cast.kadis, at: "2025-03-17 09:00")
        #expect(Roster(state: early.state, on: try CivilDate(iso: "2025-03-31")).entries.map(\.key) == [try People.budi().key])
    }

    @Test("who may start, decide and sign; never on one's own access; a removal needs a reason; one open review at a time")
    func refusals() throws {
        var office = try started()
        let budi = try People.budi().key
        #expect(throws: WorkflowError.review("REV-2025-02", .openReviewExists(id))) {
            try office.run(.startReview("REV-2025-02", dueOn: try CivilDate(iso: "2025-03-20"), note: ""), by: cast.kasi, at: "2025-03-03 09:00")
        }
        #expect(throws: WorkflowError.review(id, .notPermitted(actor: cast.adb.description, allowed: ["kasi", "kabid"], signing: false))) {
            try office.run(.decideReview(id, person: budi, keep: true, note: ""), by: cast.adb, at: "2025-03-03 09:00")
        }
        #expect(throws: WorkflowError.review(id, .removalWithoutReason(budi))) {
            try office.run(.decideReview(id, person: budi, keep: false, note: " "), by: cast.kabid, at: "2025-03-03 09:00")
        }
        let budiKasi = try People.actor("budi.kasi", ["kasi"], nip: "19900115 201503 1 002")
        #expect(throws: WorkflowError.review(id, .ownAccess(actor: budiKasi.description))) {
            try office.run(.decideReview(id, person: budi, keep: true, note: ""), by: budiKasi, at: "2025-03-03 09:00")
        }
        #expect(throws: WorkflowError.review(id, .notAHolder(try People.rina().key))) {
            try office.run(.decideReview(id, person: try People.rina().key, keep: true, note: ""), by: cast.kabid, at: "2025-03-03 09:00")
        }
        #expect(throws: WorkflowError.review(id, .notPermitted(actor: cast.kasi.description, allowed: ["kadis"], signing: true))) {
            try office.run(.signReview(id, note: ""), by: cast.kasi, at: "2025-03-20 09:00")
        }
        // Kept by one reviewer, then removed by another: the later decision stands.
        try office.run(.decideReview(id, person: budi, keep: true, note: ""), by: cast.kasi, at: "2025-03-04 09:00")
        try office.run(.decideReview(id, person: budi, keep: false, note: "pensiun"), by: cast.kabid, at: "2025-03-04 10:00")
        #expect(office.state.reviews[id]?.removed.map(\.person.key) == [budi])
        var empty = Office(try Fixtures.sukamara())
        #expect(throws: WorkflowError.review(id, .nothingToReview)) {
            try empty.run(.startReview(id, dueOn: try CivilDate(iso: "2025-03-14"), note: ""), by: cast.kasi)
        }
    }

    @Test("a stored review whose holders are not the roster of its day is refused on replay")
    func alteredHolders() throws {
        let office = try started()
        guard case .reviewStarted(let e)? = office.events.last else { Issue.record("no reviewStarted"); return }
        let altered = WorkflowEvent.reviewStarted(ReviewStarted(
            at: e.at, actor: e.actor, review: e.review, asOf: e.asOf, dueOn: e.dueOn, holders: Array(e.holders.dropFirst()), note: e.note))
        let log = Array(office.events.dropLast()) + [altered]
        let error = #expect(throws: WorkflowError.self) { try WorkflowState.replay(log, sop: try Fixtures.sukamara()) }
        #expect(error?.description.contains("not the roster of its day") == true, "\(String(describing: error))")
        let bytes = try office.state.snapshot()
        #expect(try bytes.withUnsafeBytes { try WorkflowState(snapshot: $0, sop: try Fixtures.sukamara()) } == office.state)
    }

    @Test("review.everyMonths: each holder is due a year after their access began, or after the last signed review that kept them")
    func due() throws {
        var office = try started()
        #expect(office.state.sop.reviewEveryMonths == 12)
        try office.run(.decideReview(id, person: try People.budi().key, keep: true, note: ""), by: cast.kabid, at: "2025-03-04 09:00")
        try office.run(.signReview(id, note: "disahkan"), by: cast.kadis, at: "2025-03-17 09:00")
        let due = office.state.reviewsDue(on: try CivilDate(iso: "2026-03-01"))
        // Siti was not confirmed: removed after the grace period, so no longer due. Budi: a year after his confirmation.
        #expect(due.map(\.entry.key) == [try People.budi().key])
        #expect(due.first?.dueOn == (try CivilDate(iso: "2026-03-17")) && due.first?.confirmedIn == id)
        let before = office.state.reviewsDue(on: try CivilDate(iso: "2025-03-10"))
        #expect(before.map(\.dueOn) == [try CivilDate(iso: "2026-02-10"), try CivilDate(iso: "2026-02-10")], "a year after the SK took effect")
        #expect(try CivilDate(iso: "2025-01-31").adding(months: 1) == (try CivilDate(iso: "2025-02-28")))
        #expect(try CivilDate(iso: "2024-01-31").adding(months: 1) == (try CivilDate(iso: "2024-02-29")))
        #expect(try CivilDate(iso: "2025-11-30").adding(months: 2) == (try CivilDate(iso: "2026-01-30")))
        #expect(try CivilDate(iso: "2025-03-15").adding(months: -3) == (try CivilDate(iso: "2024-12-15")))
    }
}
