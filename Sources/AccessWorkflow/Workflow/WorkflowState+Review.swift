public import Foundation

extension Review {
    /// The days a holder nobody confirmed keeps access after the sign-off, to be confirmed late or to hand over.
    public static let graceDays = 14
}

extension WorkflowState {
    /// The review still open (started, not signed off), if any.
    public var openReview: Review? { reviews.values.first { !$0.isSigned } }

    /// The holders a review started at `now` lists: everyone on the roster of the office day.
    func reviewHolders(at now: Date) -> (asOf: CivilDate, holders: [ReviewHolder]) {
        let asOf = CivilDate(now, offset: sop.office.utcOffset)
        return (asOf, Roster(state: self, on: asOf).entries.map(ReviewHolder.init))
    }

    func checkReviewStarted(_ e: ReviewStarted) throws(WorkflowError) {
        let allowed = sop.permissions.review + sop.permissions.signReview
        guard allowed.contains(where: e.actor.holds) else {
            throw .review(e.review, .notPermitted(actor: e.actor.description, allowed: allowed, signing: false))
        }
        guard e.review.isWellFormed else { throw .review(e.review, .malformedID) }
        guard reviews[e.review] == nil else { throw .review(e.review, .duplicate) }
        if let open = openReview { throw .review(e.review, .openReviewExists(open.id)) }
        let (asOf, holders) = reviewHolders(at: e.at)
        guard e.dueOn >= asOf else { throw .review(e.review, .dueBeforeStart(dueOn: e.dueOn, asOf: asOf)) }
        guard !holders.isEmpty else { throw .review(e.review, .nothingToReview) }
        guard e.asOf == asOf, e.holders == holders else { throw .review(e.review, .holdersDiffer) }
    }

    func checkReviewDecided(_ e: ReviewDecided) throws(WorkflowError) {
        guard let review = reviews[e.review] else { throw .review(e.review, .unknown) }
        guard sop.permissions.review.contains(where: e.actor.holds) else {
            throw .review(e.review, .notPermitted(actor: e.actor.description, allowed: sop.permissions.review, signing: false))
        }
        if let signedAt = review.signedAt {
            // A late confirmation: a holder nobody confirmed, kept before the grace period ends.
            let undecided = review.undecided.contains { $0.person.key == e.person }
            guard e.keep, undecided, e.at < unconfirmedUntil(signedAt, graceDays: Review.graceDays) else {
                throw .review(e.review, .afterGracePeriod)
            }
        }
        guard let holder = review.holders.first(where: { $0.person.key == e.person }) else {
            throw .review(e.review, .notAHolder(e.person))
        }
        guard !holder.person.isSamePerson(as: e.actor) else { throw .review(e.review, .ownAccess(actor: e.actor.description)) }
        if !e.keep, e.note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw .review(e.review, .removalWithoutReason(e.person))
        }
        guard e.at >= review.startedAt else { throw .review(e.review, .decidedBeforeStart) }
    }

    func checkReviewSigned(_ e: ReviewSigned) throws(WorkflowError) {
        guard let review = reviews[e.review] else { throw .review(e.review, .unknown) }
        guard !review.isSigned else { throw .review(e.review, .alreadySigned) }
        guard e.graceDays == Review.graceDays else { throw .review(e.review, .graceDays(e.graceDays)) }
        guard sop.permissions.signReview.contains(where: e.actor.holds) else {
            throw .review(e.review, .notPermitted(actor: e.actor.description, allowed: sop.permissions.signReview, signing: true))
        }
        let today = CivilDate(e.at, offset: sop.office.utcOffset)
        let undecided = review.undecided.count
        if undecided > 0, today <= review.dueOn { throw .review(e.review, .undecidedBeforeDue(count: undecided, dueOn: review.dueOn)) }
    }

    /// The office day the holders nobody confirmed lose access, for a review signed off at `signedAt`.
    public func unconfirmedDay(_ signedAt: Date) -> CivilDate {
        CivilDate(signedAt, offset: sop.office.utcOffset).adding(days: Review.graceDays)
    }

    /// The instant the holders nobody confirmed lose access: the start of the office day `graceDays` after the sign-off.
    func unconfirmedUntil(_ signedAt: Date, graceDays: Int) -> Date {
        CivilDate(signedAt, offset: sop.office.utcOffset).adding(days: graceDays).start(offset: sop.office.utcOffset)
    }

    mutating func foldReview(_ event: WorkflowEvent) {
        switch event {
        case .reviewStarted(let e):
            reviews[e.review] = Review(
                id: e.review, startedBy: e.actor, startedAt: e.at, asOf: e.asOf, dueOn: e.dueOn, note: e.note, holders: e.holders)
        case .reviewDecided(let e):
            if let signedAt = reviews[e.review]?.signedAt {
                // A late confirmation lifts the revocation waiting at the end of the grace period.
                let until = unconfirmedUntil(signedAt, graceDays: Review.graceDays)
                revocations.removeAll { $0.person == e.person && $0.reason == .review && $0.at == until }
            }
            reviews[e.review]?.decisions.append(ReviewDecision(person: e.person, keep: e.keep, note: e.note, actor: e.actor, at: e.at))
        case .reviewSigned(let e):
            guard var review = reviews[e.review] else { return }
            for holder in review.removed {
                let note = review.decision(for: holder.person.key)?.note ?? ""
                revocations.append(Revocation(person: holder.person.key, reason: .review, text: "review \(e.review): \(note)",
                                              actor: e.actor, at: e.at))
            }
            let until = unconfirmedUntil(e.at, graceDays: e.graceDays)
            for holder in review.undecided {
                revocations.append(Revocation(person: holder.person.key, reason: .review,
                                              text: "review \(e.review): not confirmed by \(review.dueOn)", actor: e.actor, at: until,
                                              decidedAt: e.at))
            }
            review.signedBy = e.actor
            review.signedAt = e.at
            review.signNote = e.note
            reviews[e.review] = review
        default:
            return
        }
    }
}

/// A holder's standing against the SOP's review interval: since when their access stands unreviewed, and by when it
/// must be confirmed in a signed review.
public struct ReviewDue: Sendable, Hashable {
    public let entry: RosterEntry
    /// The last signed review that kept them, else the day their access began.
    public let since: CivilDate
    public let dueOn: CivilDate
    public let confirmedIn: ReviewID?
}

extension WorkflowState {
    /// Everyone on the roster of `date` with the day their access must next be confirmed (the SOP's
    /// `review.everyMonths` after their last confirmation in a signed review, or after their access began), most
    /// overdue first; empty when the SOP sets no interval.
    public func reviewsDue(on date: CivilDate) -> [ReviewDue] {
        guard let months = sop.reviewEveryMonths else { return [] }
        let offset = sop.office.utcOffset
        let signed = reviews.values.filter { review in review.signedAt.map { CivilDate($0, offset: offset) <= date } ?? false }.sorted { ($0.signedAt ?? .distantPast) < ($1.signedAt ?? .distantPast) }
        return Roster(state: self, on: date).entries.map { entry in
            var since = entry.basis.compactMap { basisStart($0) }.min() ?? date
            var confirmedIn: ReviewID?
            for review in signed where review.decision(for: entry.key)?.keep == true {
                if let at = review.signedAt { since = max(since, CivilDate(at, offset: offset)); confirmedIn = review.id }
            }
            return ReviewDue(entry: entry, since: since, dueOn: since.adding(months: months), confirmedIn: confirmedIn)
        }.sorted { ($0.dueOn, $0.entry.person.name.displayName) < ($1.dueOn, $1.entry.person.name.displayName) }
    }

    /// The day a basis began giving access: an SK's first day, a request's account creation.
    private func basisStart(_ basis: RosterBasis) -> CivilDate? {
        switch basis {
        case .decree(let number): return decrees[number]?.decree.effectiveFrom
        case .request(let id):
            guard let request = requests[id], let provision = sop(of: id).firstStep(ofKind: .provision),
                  let done = request.completion(of: provision.id) else { return nil }
            return CivilDate(done.at, offset: sop.office.utcOffset)
        }
    }
}
