import AccessStore
import AccessWorkflow
import DirectorySync
public import Foundation
import LDAP

/// What one scan did.
public struct NotificationReport: Sendable, Hashable {
    public var sent = 0
    public var escalated = 0
    /// Deliveries that failed (tried again at the next scan), each one sentence.
    public var failures: [String] = []
}

/// Tells officials what waits for them, and escalates a step past its time standard once to the next official up
/// (the SOP's `escalation`). Each delivery is an audit record (`notification.sent`, `notification.escalated`) whose
/// key says which request, step, round and link it was about, so a scan sends only what no record covers yet: a
/// restart, a failed delivery or a second server scan never sends twice, and nothing is lost.
public struct Notifier: Sendable {
    public static let sentKind = "notification.sent"
    public static let escalatedKind = "notification.escalated"

    let office: Office
    let channel: NotificationChannel
    let settings: ConfigFile.Notifications

    /// The notifier of `office`, or nil when no channel is configured.
    public init?(office: Office) {
        guard let settings = office.settings.raw.notifications else { return nil }
        if let command = settings.command {
            channel = .command(command)
        } else if let sendmail = settings.sendmail {
            channel = .sendmail(path: sendmail, from: settings.from ?? "hak-akses@localhost")
        } else {
            return nil
        }
        self.office = office
        self.settings = settings
    }

    /// How often the server scans.
    public var poll: Duration { .seconds(settings.pollSeconds ?? 60) }

    /// Sends what is due at `now` and records each delivery.
    public func scan(now: Date) async throws(OfficeError) -> NotificationReport {
        let state = try await office.state()
        let done = try await recordedKeys()
        let due = Self.due(state: state, now: now, done: done)
        guard !due.isEmpty else { return NotificationReport() }
        let members = try await office.workflowGroupMembers()
        var report = NotificationReport()
        for item in due {
            let groups = item.roles.compactMap { state.sop.role($0)?.ldapGroup }
            let uids = Array(Set(groups.flatMap { members[$0] ?? [] })).sorted()
            guard !uids.isEmpty else {
                report.failures.append("\(item.request) \(item.step): nobody holds \(item.roles.map(\.rawValue).joined(separator: ", ")) to tell")
                continue
            }
            let notification = message(item, uids: uids, state: state, now: now)
            do {
                try await channel.send(notification)
            } catch {
                report.failures.append("\(notification.subject): \(error.description)")
                continue
            }
            let record = Delivered(
                key: notification.key, kind: notification.kind.rawValue, request: item.request, step: item.step, round: item.round,
                link: item.link, to: uids, channel: channel.name, subject: notification.subject)
            let kind = item.kind == .step ? Self.sentKind : Self.escalatedKind
            try await office.storeCall { store throws(StoreError) in
                _ = try store.append(kind: kind, actor: "hak-akses-notifier", subject: record.request, payload: record, at: now)
            }
            if item.kind == .step { report.sent += 1 } else { report.escalated += 1 }
        }
        return report
    }

    private func recordedKeys() async throws(OfficeError) -> Set<String> {
        try await office.storeCall { store throws(StoreError) in
            var keys = Set<String>()
            for kind in [Self.sentKind, Self.escalatedKind] {
                for record in try store.records(kind: kind) {
                    if let delivered = try? record.decodePayload(Delivered.self) { keys.insert("\(delivered.kind):\(delivered.key)") }  // try?: a delivery record that does not decode cannot be matched: at worst that notice is sent once more
                }
            }
            return keys
        }
    }

    /// One thing to tell: whom (by role), about which request, step, round and link.
    struct Due: Sendable, Hashable {
        let kind: Notification.Kind
        let request: String
        let step: String
        let round: Int
        let link: Int
        let roles: [WorkflowRole]
        let elapsed: TimeInterval
        let standardSeconds: Int
    }

    /// What is due at `now` and not yet recorded (`done` holds "kind:key").
    static func due(state: WorkflowState, now: Date, done: Set<String>) -> [Due] {
        let sla = SLAReport(state: state, now: now)
        var result: [Due] = []
        for id in state.requests.keys.sorted() {
            guard let awaited = state.awaited(id) else { continue }
            let step = awaited.step
            let row = sla.rows.last { $0.request == id && $0.step == step.id && $0.isPending }
            let round = row?.round ?? 1
            let roles = awaited.roles.filter { $0 != .pemohon }
            let reached = Due(
                kind: .step, request: id.rawValue, step: step.id.rawValue, round: round, link: awaited.link, roles: roles,
                elapsed: row?.elapsed ?? 0, standardSeconds: row?.standardSeconds ?? 0)
            if !roles.isEmpty, !done.contains("step:\(id.rawValue)/\(step.id.rawValue)/\(round)/\(awaited.link)") {
                result.append(reached)
            }
            if let row, row.breached, !done.contains("escalation:\(id.rawValue)/\(step.id.rawValue)/\(round)") {
                let superiors = Array(Set(awaited.roles.compactMap { state.sop.escalation[$0] })).sorted { $0.rawValue < $1.rawValue }
                if !superiors.isEmpty {
                    result.append(Due(
                        kind: .escalation, request: id.rawValue, step: step.id.rawValue, round: round, link: awaited.link,
                        roles: superiors, elapsed: row.elapsed, standardSeconds: row.standardSeconds))
                }
            }
        }
        return result
    }

    /// The message in Bahasa Indonesia, the office's language.
    func message(_ item: Due, uids: [String], state: WorkflowState, now: Date) -> Notification {
        let sop = state.sop
        let request = state.requests[RequestID(rawValue: item.request)]
        let step = sop.step(StepID(rawValue: item.step))
        let title = step?.title ?? item.step
        let link = settings.publicURL.map { "\n\nBuka: \($0.trimmingCharacters(in: CharacterSet(charactersIn: "/")))/requests/\(item.request)" } ?? ""
        let who = request.map { "pemohon \($0.applicant.name.displayName), \($0.candidates.count) calon" } ?? ""
        let addresses = uids.compactMap { uid in
            settings.addresses?[uid] ?? settings.addressPattern.map { $0.replacingOccurrences(of: "{uid}", with: uid) }
        }
        switch item.kind {
        case .step:
            let executors = item.roles.map(sop.roleTitle).joined(separator: " atau ")
            return Notification(
                kind: .step, request: item.request, step: item.step, round: item.round, link: item.link, uids: uids, addresses: addresses,
                subject: "[hak-akses] \(item.request) menunggu Anda: \(title)",
                body: """
                    Permohonan hak akses SIAK \(item.request) (\(who)) sekarang menunggu langkah:
                    \(title)
                    Pelaksana: \(executors). Mutu baku waktu: \(step?.time.description ?? "-").\(link)
                    """)
        case .escalation:
            let late = Self.minutes(item.elapsed), standard = Self.minutes(Double(item.standardSeconds))
            let executors = (state.awaited(RequestID(rawValue: item.request))?.roles ?? []).map(sop.roleTitle).joined(separator: " atau ")
            return Notification(
                kind: .escalation, request: item.request, step: item.step, round: item.round, link: item.link, uids: uids,
                addresses: addresses,
                subject: "[hak-akses] \(item.request) melewati mutu baku waktu: \(title)",
                body: """
                    Langkah "\(title)" pada permohonan \(item.request) (\(who)) sudah \(late) menit dalam jam kerja, \
                    melewati mutu baku \(standard) menit, dan masih menunggu \(executors).
                    Anda menerima pesan ini sebagai atasan langsung: menurut SOP, penyimpangan atas mutu baku waktu \
                    dipertanggungjawabkan oleh pelaksana.\(link)
                    """)
        }
    }

    static func minutes(_ seconds: Double) -> Int { Int((seconds / 60).rounded()) }
}

/// The payload of a notification record.
struct Delivered: Codable, Sendable {
    let key: String
    let kind: String
    let request: String
    let step: String
    let round: Int
    let link: Int
    let to: [String]
    let channel: String
    let subject: String
}
