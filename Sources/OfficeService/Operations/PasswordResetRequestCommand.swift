import AccessStore
import AccessWorkflow
import Foundation

/// `POST /api/v1/account/reset-request` (and the page `/akun/lupa-sandi`): an operator who forgot the password asks
/// for a new one. Nothing is reset and nothing is sent: the request waits in the inbox of the account administrators
/// (the executors of the SOP's provision step) until one of them hands a new password over in person
/// (`hakakses handover`, which records who received it). The operator proves nothing more than knowing their username
/// and the last six digits of their NIK (or NIP) — enough to keep strangers from filling the inbox, never enough to
/// get a password. The answer is the same whether they match or not; wrong ones are throttled
/// (``Office/resetThrottle``). A request is an audit record (`account.reset.requested`); a second one while the
/// first waits records nothing.
public struct PasswordResetRequestCommand: OfficeOperation {
    public static let route = OfficeRoute.post("/api/v1/account/reset-request")
    public static let action = OfficeAction.requestPasswordReset
    /// The SIAK username, as typed.
    public var username: String
    /// The last six digits of the operator's NIK (or NIP).
    public var digits: String
    /// How the administrators reach the operator: a phone number, the kelurahan (at most 120 characters).
    public var contact: String?

    public init(username: String, digits: String, contact: String? = nil) {
        self.username = username
        self.digits = digits
        self.contact = contact
    }

    public func run(in office: Office, _ call: OfficeCall) async throws(OfficeError) -> PasswordResetAnswer {
        let uid = LoginName.key(username)
        guard StaffLogin.isPlausibleUID(uid) else {
            throw .badInput(.said(Phrase(id: "isi username SIAK Anda, misalnya budi.santoso", en: "give your SIAK username, e.g. budi.santoso")))
        }
        let given = digits.filter { !$0.isWhitespace && $0 != "." && $0 != "-" }
        guard given.count == 6, given.allSatisfy(\.isASCII), given.allSatisfy(\.isNumber) else {
            throw .badInput(.said(Phrase(id: "isi 6 digit terakhir NIK Anda (atau NIP bila tidak ber-NIK), misalnya 150001", en: "give the last 6 digits of your NIK (or NIP if you have no NIK), e.g. 150001")))
        }
        let note = (contact ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard note.count <= 120, !note.contains(where: { $0.isNewline || $0.unicodeScalars.contains { $0.properties.generalCategory == .control } }) else {
            throw .badInput(.said(Phrase(id: "kontak paling banyak 120 karakter dalam satu baris", en: "the contact is at most 120 characters on one line")))
        }
        let address = call.caller.throttleKey
        let ticket = try await office.resetThrottle.reserve(user: "reset:\(uid)", address: address)
        let matched: PersonKey?
        do throws(OfficeError) {
            matched = try await Self.person(uid, digits: given, in: office, now: call.now)
        } catch {
            await office.resetThrottle.settle(ticket, .other)
            throw error
        }
        guard let person = matched else {
            await office.resetThrottle.settle(ticket, .wrongPassword)
            return PasswordResetAnswer(language: call.language)
        }
        await office.resetThrottle.settle(ticket, .success)
        if try await !office.pendingPasswordResets().contains(where: { $0.person == person.description }) {
            let record = ResetRequestRecord(username: uid, contact: note)
            let now = call.now
            try await office.storeCall { store throws(StoreError) in
                _ = try store.append(kind: AuditKind.accountResetRequested, actor: "operator:\(uid)", subject: person.description,
                                     payload: record, at: now)
            }
        }
        return PasswordResetAnswer(language: call.language)
    }

    /// The person holding `uid` on today's roster, if the digits are the end of their NIK or NIP.
    static func person(_ uid: String, digits: String, in office: Office, now: Date) async throws(OfficeError) -> PersonKey? {
        guard let key = try await office.storeCall({ store throws(StoreError) in try store.person(forUsername: uid) }) else { return nil }
        let state = try await office.state()
        guard let entry = Roster(state: state, on: office.today(now)).entry(for: key),
              RequestStatusQuery.matches(digits, entry.person) else { return nil }
        return key
    }
}

/// The audit record of a request for a new password.
struct ResetRequestRecord: Codable, Sendable {
    let username: String
    let contact: String
}

/// The same answer whether or not the username and digits matched: what happens next.
public struct PasswordResetAnswer: Codable, Sendable, Hashable {
    public let message: String

    init(language: Language) {
        message = language == .indonesian
            ? "Permintaan dicatat bila username dan 6 digit NIK cocok. Kata sandi baru tidak dikirim: ADB menyerahkannya langsung kepada Anda. Datanglah ke kantor Dinas dengan KTP, atau tunggu dihubungi ADB."
            : "The request is recorded if the username and the 6 digits match. No password is sent: the ADB hands a new one to you in person. Come to the office with your KTP, or wait for the ADB to contact you."
    }
}

extension Office {
    /// Requests for a new password that no handover answered yet, oldest first: a request waits until a handover
    /// (``DirectorySync/Handover``) for the same person is recorded after it.
    public func pendingPasswordResets() async throws(OfficeError) -> [PasswordResetRow] {
        try await storeCall { store throws(StoreError) in
            let deliveries = try DocumentFacts.Delivery.all(store)
            var latest: [String: PasswordResetRow] = [:]
            for record in try store.authenticatedRecords(kind: AuditKind.accountResetRequested) {
                let payload = try record.decodePayload(ResetRequestRecord.self)
                // The latest request of each person (records come oldest first): an earlier one was answered, or this one
                // would not have been recorded.
                latest[record.subject] = PasswordResetRow(
                    username: payload.username, person: record.subject, requestedAt: record.recordedAt, contact: payload.contact)
            }
            return latest.values.filter { row in
                !deliveries.contains { $0.person.description == row.person && $0.at >= row.requestedAt }
            }.sorted { $0.requestedAt < $1.requestedAt }
        }
    }
}
