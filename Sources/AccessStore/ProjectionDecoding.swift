import AccessWorkflow
import Foundation
import GRDB

/// Reading projection rows back into typed values; anything the store would not have written is an error.
enum ProjectionDecoding {
    static func request(_ row: Row) throws -> RequestSummary {
        let t = "requests"
        return RequestSummary(
            id: RequestID(rawValue: try row.decode(forColumn: "id")),
            kind: try enumValue(row, "kind", t),
            status: try enumValue(row, "status", t),
            statusReason: try row.decode(forColumn: "status_reason"),
            currentStep: try (row.decode(String?.self, forColumn: "current_step")).map(StepID.init(rawValue:)),
            filedAt: try instant(row, "filed_at", t),
            filedBy: try row.decode(forColumn: "filed_by"),
            applicant: try personKey(row, "applicant_key", t),
            applicantName: try row.decode(forColumn: "applicant_name"),
            candidateCount: try row.decode(forColumn: "candidate_count"),
            decreeNumber: try optional(row, "decree_number", t) { text throws(DecreeError) in try DecreeNumber(text) },
            lastActivity: try instant(row, "last_activity", t))
    }

    static func decree(_ row: Row) throws -> DecreeSummary {
        let t = "decrees"
        let supersedes: [String] = try json(row, "supersedes", t)
        return DecreeSummary(
            number: try required(row, "number", t) { text throws(DecreeError) in try DecreeNumber(text) },
            title: try row.decode(forColumn: "title"),
            signedOn: try date(row, "signed_on", t),
            effectiveFrom: try date(row, "effective_from", t),
            effectiveUntil: try optional(row, "effective_until", t) { text throws(IdentityError) in
                try CivilDate(iso: text)
            },
            signerName: try row.decode(forColumn: "signer_name"),
            requestID: try (row.decode(String?.self, forColumn: "request_id")).map(RequestID.init(rawValue:)),
            supersedes: try supersedes.map { text throws in
                try parse(text, "decrees", "supersedes") { text throws(DecreeError) in try DecreeNumber(text) }
            },
            grantCount: try row.decode(forColumn: "grant_count"),
            recordedBy: try row.decode(forColumn: "recorded_by"),
            recordedAt: try instant(row, "recorded_at", t))
    }

    static func roster(_ row: Row) throws -> RosterRow {
        let t = "roster"
        let roles: [String] = try json(row, "roles", t)
        let basis: [String] = try json(row, "basis", t)
        return RosterRow(
            person: try personKey(row, "person_key", t),
            name: try row.decode(forColumn: "name"),
            nip: try row.decode(forColumn: "nip"),
            nik: try row.decode(forColumn: "nik"),
            uid: try row.decode(forColumn: "uid"),
            roles: roles.map(SIAKRoleID.init(rawValue:)),
            workUnits: try json(row, "work_units", t),
            basis: try basis.map { text throws in try rosterBasis(text) },
            endDate: try optional(row, "end_date", t) { text throws(IdentityError) in try CivilDate(iso: text) },
            asOf: try date(row, "as_of", t))
    }

    /// "SK <number>" or "request <id>", as ``RosterBasis/description`` writes them.
    private static func rosterBasis(_ text: String) throws -> RosterBasis {
        if text.hasPrefix("SK ") {
            return .decree(try parse(String(text.dropFirst(3)), "roster", "basis") { text throws(DecreeError) in
                try DecreeNumber(text)
            })
        }
        if text.hasPrefix("request ") { return .request(RequestID(rawValue: String(text.dropFirst(8)))) }
        throw StoreError.invalidStoredValue(table: "roster", column: "basis", value: text)
    }

    private static func parse<T, E: Error>(_ text: String, _ table: String, _ column: String,
                                           _ make: (String) throws(E) -> T) throws(StoreError) -> T {
        do {
            return try make(text)
        } catch {
            throw .invalidStoredValue(table: table, column: column, value: text)
        }
    }

    private static func required<T, E: Error>(_ row: Row, _ column: String, _ table: String,
                                              _ make: (String) throws(E) -> T) throws -> T {
        try parse(try row.decode(String.self, forColumn: column), table, column, make)
    }

    private static func optional<T, E: Error>(_ row: Row, _ column: String, _ table: String,
                                              _ make: (String) throws(E) -> T) throws -> T? {
        guard let text = try row.decode(String?.self, forColumn: column) else { return nil }
        return try parse(text, table, column, make)
    }

    private static func enumValue<T: RawRepresentable>(_ row: Row, _ column: String, _ table: String) throws -> T
    where T.RawValue == String {
        let text: String = try row.decode(forColumn: column)
        guard let value = T(rawValue: text) else {
            throw StoreError.invalidStoredValue(table: table, column: column, value: text)
        }
        return value
    }

    private static func instant(_ row: Row, _ column: String, _ table: String) throws -> Date {
        let text: String = try row.decode(forColumn: column)
        guard let date = StoreTime.parse(text) else {
            throw StoreError.invalidStoredValue(table: table, column: column, value: text)
        }
        return date
    }

    private static func date(_ row: Row, _ column: String, _ table: String) throws -> CivilDate {
        try required(row, column, table) { text throws(IdentityError) in try CivilDate(iso: text) }
    }

    private static func personKey(_ row: Row, _ column: String, _ table: String) throws -> PersonKey {
        try required(row, column, table) { text throws(RequestError) in try PersonKey(text) }
    }

    private static func json<T: Decodable>(_ row: Row, _ column: String, _ table: String) throws -> T {
        let text: String = try row.decode(forColumn: column)
        guard let value = try? JSONDecoder().decode(T.self, from: Data(text.utf8)) else {  // try?: the guard throws the store's own error naming the table and value
            throw StoreError.invalidStoredValue(table: table, column: column, value: text)
        }
        return value
    }
}
