import Foundation
import LDAP
import LocalDirectory
import Testing

/// Issue 22, item 1: an operator sets their own password on the office server (API and page), bound as themselves
/// with the handed-over password; the directory's policy decides, `pwdReset` is cleared, nothing of anyone else is
/// reachable, and guessing is throttled below the directory's lockout.
@Suite("Operators change their own password on the office server")
struct OperatorPasswordTests {
    private func pwdReset(_ office: Office, _ username: String) async throws -> String? {
        let admin = try await office.directory.adminConnection()
        defer { Task { await admin.close() } }
        let dn = office.directory.baseDN.child("ou", "operators").child("uid", username)
        return try await admin.read(dn, attributes: ["pwdReset"])?.string("pwdReset")
    }

    @Test("with the handed-over password the operator sets their own; pwdReset is cleared, the new one binds, the old one no longer")
    func firstChange() async throws {
        try await withOffice(.mojokerto, mode: .server) { office in
            let api = APIClient(base: try #require(office.serverURL))
            let (username, handed) = try await office.handedOverDewi()
            #expect(try await pwdReset(office, username) == "TRUE", "a handed-over password must be changed")
            let path = "/api/v1/account/password"

            // Refused before the directory is asked: different repetition, same as the current one.
            let mismatch = try await api.send(.POST, path, json: ["username": username, "currentPassword": handed,
                                                                   "newPassword": "Kranggan-2026-aman", "repeatPassword": "Kranggan-2026-amn"])
            #expect(mismatch.status == 400 && mismatch.errorMessage?.contains("berbeda") == true, "\(mismatch)")
            // The directory's policy: too short, with the rule in the operator's words.
            let short = try await api.send(.POST, path, json: ["username": username, "currentPassword": handed, "newPassword": "pendek1"])
            #expect(short.status == 400 && short.errorMessage?.contains("10 karakter") == true, "\(short)")

            let changed = try await api.send(.POST, path, json: ["username": username.uppercased(), "currentPassword": handed,
                                                                  "newPassword": "Kranggan-2026-aman", "repeatPassword": "Kranggan-2026-aman"])
            #expect(changed.status == 200 && changed.json["username"] as? String == username, "a login however typed: \(changed)")
            #expect(try await pwdReset(office, username) == nil, "pwdReset cleared by the change")

            let dn = office.directory.baseDN.child("ou", "operators").child("uid", username)
            let connection = LDAPConnection(options: office.directory.connectionOptions())
            try await connection.open()
            let policy = try await connection.bind(dn: dn, password: "Kranggan-2026-aman")
            #expect(policy?.mustChangePassword != true, "the new password binds without a change demanded")
            await connection.close()
            let old = await #expect(throws: LDAPError.self) {
                try await LDAPConnection.connect(office.directory.connectionOptions(), credentials: .simple(dn: dn, password: handed))
            }
            #expect(old?.code == .invalidCredentials)

            // Back to a password of the last five: refused by the history rule.
            let again = try await api.send(.POST, path, json: ["username": username, "currentPassword": "Kranggan-2026-aman", "newPassword": handed])
            #expect(again.status == 400 && again.errorMessage?.contains("pernah dipakai") == true, "\(again)")

            // The change is in the audit log, without the password.
            let audit = try await office.succeed(["audit", "log", "--subject", username, "--json"], at: "09:00", as: Staff.kadis.uid)
            #expect(audit.stdout.contains("account.password.changed") && !audit.stdout.contains("Kranggan-2026-aman"), "\(audit)")
        }
    }

    @Test("a wrong password and an unknown username get the same answer; guessing is throttled before the directory locks the account")
    func guessing() async throws {
        try await withOffice(.mojokerto, mode: .server) { office in
            let api = APIClient(base: try #require(office.serverURL))
            let (username, handed) = try await office.handedOverDewi()
            let path = "/api/v1/account/password"
            let unknown = try await api.send(.POST, path, json: ["username": "tidak.ada", "currentPassword": "apa saja", "newPassword": "Kranggan-2026-aman"])
            let wrong = try await api.send(.POST, path, json: ["username": username, "currentPassword": "bukan sandinya", "newPassword": "Kranggan-2026-aman"])
            #expect(unknown.status == 401 && wrong.status == 401, "\(unknown) \(wrong)")
            #expect(unknown.errorMessage == wrong.errorMessage, "nothing tells whether the username exists")
            // Two more wrong passwords reach the throttle's limit (3 per username), below the directory's 5.
            for _ in 0..<2 {
                _ = try await api.send(.POST, path, json: ["username": username, "currentPassword": "bukan sandinya", "newPassword": "Kranggan-2026-aman"])
            }
            let throttled = try await api.send(.POST, path, json: ["username": username, "currentPassword": handed, "newPassword": "Kranggan-2026-aman"])
            #expect(throttled.status == 429, "\(throttled)")
            // The directory did not lock the account: the handed-over password still binds there.
            let dn = office.directory.baseDN.child("ou", "operators").child("uid", username)
            let connection = LDAPConnection(options: office.directory.connectionOptions())
            try await connection.open()
            let policy = try await connection.bind(dn: dn, password: handed)
            #expect(policy?.mustChangePassword == true && policy?.isAccountLocked != true, "\(String(describing: policy))")
            await connection.close()
        }
    }

    @Test("the page: a form without JavaScript, its token required, the change done, no password echoed")
    func page() async throws {
        try await withOffice(.mojokerto, mode: .server) { office in
            let api = APIClient(base: try #require(office.serverURL))
            let (username, handed) = try await office.handedOverDewi()
            let form = try await api.send(.GET, "/akun/ganti-sandi")
            #expect(form.status == 200 && form.text.contains("Ganti kata sandi akun SIAK") && !form.text.contains("<script"), "\(form.status)")
            let cookie = try #require(form.headers["Set-Cookie"].joined().split(separator: ";").first.map(String.init))
            let token = try #require(form.text.range(of: #"name="password_token" value="([^"]+)""#, options: .regularExpression)
                .map { String(form.text[$0]).components(separatedBy: "value=\"")[1].dropLast() }).description
            let fields = ["username": username, "current": handed, "new": "Kranggan-2026-aman", "repeat": "Kranggan-2026-aman"]
            func encoded(_ values: [String: String]) -> String {
                values.map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }.joined(separator: "&")
            }
            let forged = try await api.send(.POST, "/akun/ganti-sandi", headers: [("Content-Type", "application/x-www-form-urlencoded")],
                                            body: encoded(fields.merging(["password_token": token]) { a, _ in a }))
            #expect(forged.status == 403, "without the cookie (another site's form) nothing changes: \(forged.status)")
            let done = try await api.send(.POST, "/akun/ganti-sandi", headers: [("Content-Type", "application/x-www-form-urlencoded"), ("Cookie", cookie)],
                                          body: encoded(fields.merging(["password_token": token]) { a, _ in a }))
            #expect(done.status == 200 && done.text.contains("sudah diganti"), "\(done.status) \(done.text)")
            #expect(!done.text.contains(handed) && !done.text.contains("Kranggan-2026-aman"), "no password in the page")
            #expect(try await pwdReset(office, username) == nil)
        }
    }
}

/// Issue 22, item 1: a forgotten password is a request in the account administrators' inbox, never a reset by
/// message; the same answer whether or not the username and digits match; it leaves the inbox when a handover
/// gives a new password.
@Suite("Operators who forgot their password")
struct PasswordResetRequestTests {
    @Test("the request reaches the ADB's inbox only with the right digits; the answer never tells; a handover answers it")
    func resetRequest() async throws {
        try await withOffice(.mojokerto, mode: .server) { office in
            let api = APIClient(base: try #require(office.serverURL))
            let (username, _) = try await office.handedOverDewi()
            let path = "/api/v1/account/reset-request"
            let digits = String(Candidates.dewiNIP.filter(\.isNumber).suffix(6))

            let wrong = try await api.send(.POST, path, json: ["username": username, "digits": "000000"])
            let unknown = try await api.send(.POST, path, json: ["username": "tidak.ada", "digits": digits])
            #expect(wrong.status == 200 && unknown.status == 200, "\(wrong) \(unknown)")
            #expect(wrong.json["message"] as? String == unknown.json["message"] as? String)
            var inbox = try await office.succeed(["inbox", "--json"], at: "09:00", as: Staff.adb.uid)
            #expect(!inbox.stdout.contains(username), "wrong digits record nothing")

            let right = try await api.send(.POST, path, json: ["username": username.uppercased(), "digits": digits, "contact": "0812-3456-7890"])
            #expect(right.status == 200 && right.json["message"] as? String == wrong.json["message"] as? String, "\(right)")
            let adb = try await office.succeed(["inbox"], at: "09:01", as: Staff.adb.uid)
            #expect(adb.stdout.contains("\(username) asks for a new password") && adb.stdout.contains("0812-3456-7890"), "\(adb)")
            let kasi = try await office.succeed(["inbox"], at: "09:01", as: Staff.kasi.uid)
            #expect(!kasi.stdout.contains(username), "only the account administrators see it: \(kasi)")
            _ = try await api.send(.POST, path, json: ["username": username, "digits": digits])
            let audit = try await office.succeed(["audit", "log", "--subject", "nip:\(Candidates.dewiNIP.filter(\.isNumber))", "--json"], at: "09:02", as: Staff.kadis.uid)
            #expect(audit.stdout.components(separatedBy: "account.reset.requested").count - 1 == 1, "one record while it waits: \(audit)")

            // The ADB hands a new password over in person: the request leaves the inbox.
            try await office.succeed(["handover", username, "--received-by", "Dewi Anggraini"], at: "09:10", as: Staff.adb.uid)
            inbox = try await office.succeed(["inbox"], at: "09:11", as: Staff.adb.uid)
            #expect(!inbox.stdout.contains("asks for a new password"), "\(inbox)")
        }
    }
}
