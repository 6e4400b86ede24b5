import AccessStore
import AccessWorkflow
import Foundation

/// `GET /api/v1/roster?date=`: who holds which SIAK role on a date (default: today), and on what basis.
public struct RosterQuery: OfficeOperation {
    public static let route = OfficeRoute.get("/api/v1/roster")
    public static let action = OfficeAction.readRoster
    /// YYYY-MM-DD, office time.
    public var date: String?
    public init(date: String? = nil) { self.date = date }

    public func run(in office: Office, _ call: OfficeCall) async throws(OfficeError) -> RosterDocument {
        let day = try date.map { text throws(OfficeError) in try InputParsing.date(text, "date") } ?? office.today(call.now)
        let roster = Roster(state: try await office.state(), on: day)
        let keys = roster.entries.map(\.key)
        let usernames = try await office.storeCall { store throws(StoreError) in
            var names: [PersonKey: String] = [:]
            for key in keys { names[key] = try store.username(for: key) }
            return names
        }
        let entries = roster.entries.map { entry in
            RosterDocument.Entry(
                person: entry.key.description, name: entry.person.name.displayName, nip: entry.person.nip?.formatted,
                nik: entry.person.nik?.digits, roles: entry.roles.map(\.rawValue).sorted(), workUnits: entry.workUnits,
                basis: entry.basis.map { $0.text(in: call.language) }, endDate: entry.endDate?.description, username: usernames[entry.key])
        }
        return RosterDocument(date: day.description, entries: entries, conflicts: roster.conflicts.map { $0.text(in: call.language) })
    }
}

/// `GET /api/v1/roster/export?date=`: the roster as CSV (UTF-8 with BOM, ';').
public struct RosterExportQuery: OfficeOperation {
    public static let route = OfficeRoute.get("/api/v1/roster/export")
    public static let action = OfficeAction.exportRoster
    public var date: String?
    public init(date: String? = nil) { self.date = date }

    public func run(in office: Office, _ call: OfficeCall) async throws(OfficeError) -> CSVText {
        let day = try date.map { text throws(OfficeError) in try InputParsing.date(text, "date") } ?? office.today(call.now)
        return CSVText(csv: RosterCSV.export(Roster(state: try await office.state(), on: day).entries))
    }
}

/// `GET /api/v1/sla?all=`: time used per step against the SOP's standards, in office hours; breaches by step and
/// by the official who executed them; deviations in equipment or output recorded with the steps (without `all`: the
/// failed steps, over their time or with a deviation).
public struct SLAQuery: OfficeOperation {
    public static let route = OfficeRoute.get("/api/v1/sla")
    public static let action = OfficeAction.readSLA
    /// Every step, not only those over their standard.
    public var all: Bool
    public init(all: Bool = false) { self.all = all }

    public func run(in office: Office, _ call: OfficeCall) async throws(OfficeError) -> SLADocument {
        let state = try await office.state()
        let report = SLAReport(state: state, now: call.now)
        let backups = try await office.storeCall { store throws(StoreError) in try store.authenticatedRecords(kind: Office.backupKind) }
        var lastBackup: SLADocument.BackupNote?
        if let newest = backups.last {
            do throws(StoreError) {
                let made = try newest.decodePayload(Office.BackupRecord.self)
                lastBackup = .init(at: newest.recordedAt, folder: made.folder, records: made.records)
            } catch {
                throw .store(error)
            }
        }
        let rows = report.rows.filter { all || $0.failed }.map {
            SLADocument.Row(
                request: $0.request.rawValue, step: $0.step.rawValue, round: $0.round, executor: $0.executor.rawValue,
                actor: $0.actorUID, started: $0.started, completed: $0.completed, elapsedSeconds: $0.elapsed,
                standardSeconds: $0.standardSeconds, breached: $0.breached, pending: $0.isPending,
                executors: $0.executors.description, shares: $0.shares.map { .init(actor: $0.actorUID, elapsedSeconds: $0.elapsed) },
                people: $0.people, deviations: $0.deviations.map { .init(kind: $0.kind.rawValue, note: $0.note) }, failed: $0.failed,
                sop: state.sop(of: $0.request).number, sopVersion: state.requests[$0.request]?.sopVersion ?? 0)
        }
        return SLADocument(
            now: report.now, rows: rows,
            breachesByStep: Dictionary(uniqueKeysWithValues: report.breachesByStep.map { ($0.key.rawValue, $0.value) }),
            breachesByExecutor: report.breachesByExecutor, runningBreaches: report.runningBreaches,
            deviationsByExecutor: report.deviationsByExecutor, lastBackup: lastBackup,
            steps: Self.summaries(report.rows, state: state))
    }

    /// The rows per step, in the order of the SOP in force (then steps only earlier versions had, by id).
    static func summaries(_ rows: [SLARow], state: WorkflowState) -> [SLADocument.StepSummary] {
        let groups = Dictionary(grouping: rows.filter { $0.standardSeconds > 0 }, by: \.step)
        let order = state.sop.steps.map(\.id)
        let ids = order.filter { groups[$0] != nil } + groups.keys.filter { !order.contains($0) }.sorted { $0.rawValue < $1.rawValue }
        return ids.compactMap { id -> SLADocument.StepSummary? in
            guard let measured = groups[id], let longest = measured.max(by: { $0.ratio < $1.ratio }) else { return nil }
            let ratios = measured.map(\.ratio).sorted()
            let middle = ratios.count / 2
            let median = ratios.count % 2 == 1 ? ratios[middle] : (ratios[middle - 1] + ratios[middle]) / 2
            let title = state.sop.step(id)?.title ?? measured.first.flatMap { state.sop(of: $0.request).step(id)?.title } ?? id.rawValue
            return SLADocument.StepSummary(
                step: id.rawValue, title: title, measured: measured.count, breached: measured.filter(\.breached).count,
                running: measured.filter(\.isPending).count, medianRatio: median, longestRatio: longest.ratio,
                longestSeconds: longest.elapsed, longestStandardSeconds: longest.standardSeconds)
        }
    }
}

extension SLARow {
    /// The time used as a share of the standard.
    fileprivate var ratio: Double { elapsed / Double(max(standardSeconds, 1)) }
}

/// `GET /api/v1/audit?from=&limit=&subject=`: audit records, in order.
public struct AuditLogQuery: OfficeOperation {
    public static let route = OfficeRoute.get("/api/v1/audit")
    public static let action = OfficeAction.readAudit
    public var from: Int64
    public var limit: Int
    /// Only records about this request, SK number or person (nip:…/nik:…).
    public var subject: String?

    public init(from: Int64 = 1, limit: Int = 200, subject: String? = nil) {
        self.from = from
        self.limit = limit
        self.subject = subject
    }

    public func run(in office: Office, _ call: OfficeCall) async throws(OfficeError) -> [AuditRow] {
        guard limit > 0, limit <= 100_000 else { throw .badInput(.limitOutOfRange(limit)) }
        let subject = self.subject, from = self.from, limit = self.limit
        let records = try await office.storeCall { store throws(StoreError) in
            if let subject { return try store.records(subject: subject) }
            return try store.records(from: from, limit: limit)
        }
        return records.map {
            AuditRow(seq: $0.seq, at: $0.recordedAt, kind: $0.kind, actor: $0.actor, subject: $0.subject, payload: $0.payload, hash: $0.hash)
        }
    }
}

extension SLAQuery: DefaultedQuery {
    /// `all` left out: only the failed steps.
    public static var defaults: SLAQuery { SLAQuery(all: false) }
}

extension AuditLogQuery: DefaultedQuery {
    /// `from` left out: from the first record; `limit` left out: 200 records.
    public static var defaults: AuditLogQuery { AuditLogQuery(from: 1, limit: 200) }
}
