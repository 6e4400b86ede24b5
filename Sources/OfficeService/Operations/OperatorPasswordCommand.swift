import AccessStore
import AccessWorkflow
import Foundation
import LDAP

/// `POST /api/v1/account/password` (and the page `/akun/ganti-sandi`): an operator sets their own password — the
/// first time with the password handed over, which the directory's policy makes them change (`pwdReset`). No login
/// to the office server: the operator binds as themselves with the current password, and the Password Modify
/// operation (RFC 3062) runs on that connection, so slapd checks the old password, the rules of its password policy
/// (length, history, quality), stores the hash (argon2) and clears `pwdReset`. The office server never sees anyone's
/// entry but the operator's own, and says nothing about whether a username exists. Wrong current passwords are
/// throttled per username and per client address below the directory's lockout (``Office/passwordThrottle``).
/// A change is an audit record (`account.password.changed`), without the password.
public struct OperatorPasswordCommand: OfficeOperation {
    public static let route = OfficeRoute.post("/api/v1/account/password")
    public static let action = OfficeAction.changeOwnPassword
    /// The SIAK username (the operator's `uid`), as typed.
    public var username: String
    /// The password now: the one handed over, or the operator's own.
    public var currentPassword: String
    public var newPassword: String
    /// The new password typed a second time (the page asks for it; an API client may leave it out).
    public var repeatPassword: String?

    public init(username: String, currentPassword: String, newPassword: String, repeatPassword: String? = nil) {
        self.username = username
        self.currentPassword = currentPassword
        self.newPassword = newPassword
        self.repeatPassword = repeatPassword
    }

    public func run(in office: Office, _ call: OfficeCall) async throws(OfficeError) -> PasswordChangedView {
        let uid = LoginName.key(username)
        guard StaffLogin.isPlausibleUID(uid) else {
            throw .badInput(.said(Phrase(id: "isi username SIAK Anda, misalnya budi.santoso", en: "give your SIAK username, e.g. budi.santoso")))
        }
        guard !currentPassword.isEmpty else {
            throw .badInput(.said(Phrase(id: "isi kata sandi saat ini (yang diserahkan kepada Anda, bila belum pernah diganti)", en: "give your current password (the one handed to you, if you never changed it)")))
        }
        guard !newPassword.isEmpty else { throw .badInput(.said(Phrase(id: "isi kata sandi baru", en: "give the new password"))) }
        if let repeatPassword, repeatPassword != newPassword {
            throw .badInput(.said(Phrase(id: "kata sandi baru dan ulangannya berbeda; ketik keduanya sama persis", en: "the new password and its repetition differ; type both exactly the same")))
        }
        guard newPassword != currentPassword else {
            throw .badInput(.said(Phrase(id: "kata sandi baru sama dengan yang sekarang; pilih kata sandi lain", en: "the new password is the current one; choose another")))
        }
        let address = call.caller.throttleKey
        let ticket = try await office.passwordThrottle.reserve(user: "password:\(uid)", address: address)
        let endpoint: DirectoryEndpoint
        do throws(OfficeError) { endpoint = try office.settings.directory() } catch {
            await office.passwordThrottle.settle(ticket, .other)
            throw error
        }
        let dn = endpoint.baseDN.child("ou", "operators").child("uid", uid)
        let outcome = await Self.change(dn: dn, options: endpoint.options, current: currentPassword, new: newPassword)
        switch outcome {
        case .changed:
            await office.passwordThrottle.settle(ticket, .success)
        case .wrongPassword:
            await office.passwordThrottle.settle(ticket, .wrongPassword)
            throw .unauthenticated(.said(Phrase(
                id: "username atau kata sandi saat ini salah; periksa lembar serah terima akun, atau minta ADB mengatur ulang kata sandi",
                en: "wrong username or current password; check the account handover sheet, or ask the ADB for a reset")))
        case .refused(let error):
            await office.passwordThrottle.settle(ticket, .other)
            throw error
        }
        let record = PasswordChangeRecord(username: uid, dn: dn.description, wasReset: outcome.wasReset)
        let now = call.now
        try await office.storeCall { store throws(StoreError) in
            _ = try store.append(kind: AuditKind.accountPasswordChanged, actor: "operator:\(uid)", subject: uid, payload: record, at: now)
        }
        return PasswordChangedView(
            username: uid,
            message: call.language == .indonesian
                ? "Kata sandi \(uid) sudah diganti. Gunakan kata sandi baru untuk masuk ke SIAK; kata sandi lama tidak berlaku lagi."
                : "The password of \(uid) is changed. Use the new password to log in to SIAK; the old one no longer works.")
    }

    /// What the directory said.
    enum Outcome: Sendable {
        case changed(wasReset: Bool)
        case wrongPassword
        case refused(OfficeError)

        var wasReset: Bool { if case .changed(let reset) = self { reset } else { false } }
    }

    /// Binds as `dn` with `current`, then sets `new` on that connection (RFC 3062 with the old password).
    static func change(dn: DN, options: LDAPConnectionOptions, current: String, new: String) async -> Outcome {
        let connection: LDAPConnection
        do {
            connection = try await LDAPConnection.connect(options)
        } catch {
            return .refused(.unavailable(.directoryUnreachable(code: error.code.name, diagnostic: error.diagnostic ?? "")))
        }
        defer { Task { await connection.close() } }
        let policy: PasswordPolicyResponse?
        do {
            policy = try await connection.bind(dn: dn, password: current)
        } catch {
            if error.passwordPolicy?.isAccountLocked == true {
                return .refused(.refused(.said(Phrase(
                    id: "akun ini terkunci karena terlalu banyak kata sandi salah; tunggu 15 menit, atau minta ADB membukanya",
                    en: "this account is locked after too many wrong passwords; wait 15 minutes, or ask the ADB to unlock it"))))
            }
            if error.code == .invalidCredentials { return .wrongPassword }
            if error.isConnectionLost { return .refused(.unavailable(.directoryUnreachable(code: error.code.name, diagnostic: error.diagnostic ?? ""))) }
            return .refused(.refused(.said(Phrase(id: "direktori menolak: \(error)", en: "the directory refused: \(error)"))))
        }
        do {
            try await connection.modifyPassword(of: nil, oldPassword: current, newPassword: new)
            return .changed(wasReset: policy?.mustChangePassword == true)
        } catch {
            return .refused(rule(error))
        }
    }

    /// The password policy's refusal of a new password, in the operator's words.
    static func rule(_ error: LDAPError) -> OfficeError {
        let said: Phrase = switch error.passwordPolicy?.error {
        case .passwordTooShort?:
            Phrase(id: "kata sandi baru terlalu pendek; gunakan sedikitnya 10 karakter", en: "the new password is too short; use at least 10 characters")
        case .passwordInHistory?:
            Phrase(id: "kata sandi baru pernah dipakai; 5 kata sandi terakhir tidak boleh dipakai lagi", en: "the new password was used before; none of the last 5 may be used again")
        case .insufficientPasswordQuality?:
            Phrase(id: "kata sandi baru tidak memenuhi syarat kualitas; gunakan kata sandi lain yang lebih panjang", en: "the new password fails the quality check; use another, longer one")
        case .passwordTooYoung?:
            Phrase(id: "kata sandi baru saja diganti; tunggu sebelum menggantinya lagi", en: "the password was changed too recently; wait before changing it again")
        case .passwordModNotAllowed?:
            Phrase(id: "akun ini tidak boleh mengganti kata sandinya sendiri; hubungi ADB", en: "this account may not change its own password; ask the ADB")
        default:
            Phrase(id: "direktori menolak kata sandi baru: \(error)", en: "the directory refused the new password: \(error)")
        }
        return error.isConnectionLost
            ? .unavailable(.directoryUnreachable(code: error.code.name, diagnostic: error.diagnostic ?? "")) : .badInput(.said(said))
    }
}

/// The audit record of a password change: who, and whether it was the first change after a handover or reset.
struct PasswordChangeRecord: Codable, Sendable {
    let username: String
    let dn: String
    let wasReset: Bool
}

/// The answer to a password change: the username and a sentence for the operator.
public struct PasswordChangedView: Codable, Sendable, Hashable {
    public let username: String
    public let message: String
}
