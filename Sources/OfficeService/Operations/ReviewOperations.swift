import AccessStore
import AccessWorkflow
public import Foundation

/// One access review in a list: its dates and progress, no names.
public struct ReviewRow: Codable, Sendable, Hashable {
    public let id: String, asOf: String, dueOn: String, startedBy: String
    public let holders: Int, kept: Int, removed: Int, undecided: Int
    public let signedBy: String?, signedAt: Date?
}

/// One access review in full: every holder with the decision that stands.
public struct ReviewDetail: Codable, Sendable, Hashable {
    public struct Holder: Codable, Sendable, Hashable {
        public let person: String, name: String, nip: String?, roles: [String], workUnits: [String], basis: [String]
        /// `keep`, `remove`, or nil while undecided.
        public let decision: String?, note: String?, decidedBy: String?, decidedAt: Date?
    }
    public let review: ReviewRow
    public let note: String
    public let holders: [Holder]
    /// When the holders nobody confirmed lose access (after the sign-off's grace period), once signed.
    public let unconfirmedLoseAccessOn: String?
}

enum ReviewViews {
    static func row(_ r: Review) -> ReviewRow {
        ReviewRow(
            id: r.id.rawValue, asOf: r.asOf.description, dueOn: r.dueOn.description, startedBy: r.startedBy.uid,
            holders: r.holders.count, kept: r.holders.filter { r.decision(for: $0.person.key)?.keep == true }.count,
            removed: r.removed.count, undecided: r.undecided.count, signedBy: r.signedBy?.uid, signedAt: r.signedAt)
    }

    static func find(_ id: String, in state: WorkflowState) throws(OfficeError) -> Review {
        let review = ReviewID(rawValue: id.trimmingCharacters(in: .whitespaces))
        guard let found = state.reviews[review] else { throw .notFound(.workflow(.review(review, .unknown))) }
        return found
    }
}

/// `POST /api/v1/reviews`: start an access review of everyone on today's roster, decisions due by `due`.
public struct StartReviewCommand: OfficeOperation {
    public static let route = OfficeRoute.post("/api/v1/reviews")
    public static let action = OfficeAction.startReview
    public var id: String
    /// YYYY-MM-DD.
    public var due: String
    public var note: String

    public init(id: String, due: String, note: String = "") {
        self.id = id
        self.due = due
        self.note = note
    }

    public func run(in office: Office, _ call: OfficeCall) async throws(OfficeError) -> ReviewRow {
        let staff = try call.caller.staff(for: .review)
        let review = ReviewID(rawValue: id.trimmingCharacters(in: .whitespaces))
        let result = try await office.execute(
            .startReview(review, dueOn: try InputParsing.date(due, "--due"), note: note), by: staff.actor, at: call.now)
        return ReviewViews.row(try ReviewViews.find(review.rawValue, in: result.state))
    }
}

/// `GET /api/v1/reviews`: every access review, newest first.
public struct ReviewListQuery: OfficeOperation {
    public static let route = OfficeRoute.get("/api/v1/reviews")
    public static let action = OfficeAction.listReviews
    public init() {}

    public func run(in office: Office, _ call: OfficeCall) async throws(OfficeError) -> [ReviewRow] {
        try await office.state().reviews.values.sorted { ($0.startedAt, $0.id) > ($1.startedAt, $1.id) }.map(ReviewViews.row)
    }
}

/// `GET /api/v1/review?id=`: one review with its holders and the decisions that stand.
public struct ReviewShowQuery: OfficeOperation {
    public static let route = OfficeRoute.get("/api/v1/review")
    public static let action = OfficeAction.readReview
    public var id: String
    public init(id: String) { self.id = id }

    public func run(in office: Office, _ call: OfficeCall) async throws(OfficeError) -> ReviewDetail {
        let state = try await office.state()
        let review = try ReviewViews.find(id, in: state)
        let until = review.signedAt.map { state.unconfirmedDay($0) }
        return ReviewDetail(
            review: ReviewViews.row(review), note: review.note,
            holders: review.holders.map { holder in
                let decision = review.decision(for: holder.person.key)
                return .init(
                    person: holder.person.key.description, name: holder.person.name.displayName, nip: holder.person.nip?.formatted,
                    roles: holder.roles.map(\.rawValue), workUnits: holder.workUnits, basis: holder.basis.map(\.description),
                    decision: decision.map { $0.keep ? "keep" : "remove" }, note: decision?.note, decidedBy: decision?.actor.uid,
                    decidedAt: decision?.at)
            },
            unconfirmedLoseAccessOn: until?.description)
    }
}

/// `POST /api/v1/reviews/decide`: confirm (`keep`) or remove one holder of an open review (a removal with its reason).
public struct DecideReviewCommand: OfficeOperation {
    public static let route = OfficeRoute.post("/api/v1/reviews/decide")
    public static let action = OfficeAction.decideReview
    public var id: String
    /// The holder: NIP, NIK or username.
    public var person: String
    public var keep: Bool
    public var note: String

    public init(id: String, person: String, keep: Bool, note: String = "") {
        self.id = id
        self.person = person
        self.keep = keep
        self.note = note
    }

    public func run(in office: Office, _ call: OfficeCall) async throws(OfficeError) -> ReviewRow {
        let staff = try call.caller.staff(for: .review)
        let key = try await InputParsing.person(person, office: office)
        let review = ReviewID(rawValue: id.trimmingCharacters(in: .whitespaces))
        let result = try await office.execute(.decideReview(review, person: key, keep: keep, note: note), by: staff.actor, at: call.now)
        return ReviewViews.row(try ReviewViews.find(review.rawValue, in: result.state))
    }
}

/// `POST /api/v1/reviews/sign`: the Kadis signs a review off: the removed lose access now, the unconfirmed after the
/// grace period.
public struct SignReviewCommand: OfficeOperation {
    public static let route = OfficeRoute.post("/api/v1/reviews/sign")
    public static let action = OfficeAction.signReview
    public var id: String
    public var note: String

    public init(id: String, note: String = "") {
        self.id = id
        self.note = note
    }

    public func run(in office: Office, _ call: OfficeCall) async throws(OfficeError) -> ReviewRow {
        let staff = try call.caller.staff(for: .review)
        let review = ReviewID(rawValue: id.trimmingCharacters(in: .whitespaces))
        let result = try await office.execute(.signReview(review, note: note), by: staff.actor, at: call.now)
        return ReviewViews.row(try ReviewViews.find(review.rawValue, in: result.state))
    }
}

/// One holder against the SOP's review interval.
public struct ReviewDueRow: Codable, Sendable, Hashable {
    public let person: String, name: String, roles: [String], since: String, dueOn: String, overdue: Bool
    /// The signed review that last kept them, if any.
    public let confirmedIn: String?
}

/// `GET /api/v1/reviews/due`: everyone holding access today with the day their access must next be confirmed (the
/// SOP's `review.everyMonths` after their last confirmation, or after their access began), most overdue first.
/// Empty when the SOP sets no interval.
public struct ReviewsDueQuery: OfficeOperation {
    public static let route = OfficeRoute.get("/api/v1/reviews/due")
    public static let action = OfficeAction.reviewsDue
    public init() {}

    public func run(in office: Office, _ call: OfficeCall) async throws(OfficeError) -> [ReviewDueRow] {
        let today = office.today(call.now)
        return try await office.state().reviewsDue(on: today).map {
            ReviewDueRow(person: $0.entry.key.description, name: $0.entry.person.name.displayName,
                         roles: $0.entry.roles.sorted().map(\.rawValue), since: $0.since.description, dueOn: $0.dueOn.description,
                         overdue: $0.dueOn < today, confirmedIn: $0.confirmedIn?.rawValue)
        }
    }
}
