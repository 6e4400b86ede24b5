import Foundation
import NIOHTTP1
import Testing

/// The office server's sessions, tried as an attacker would: tokens after logout and expiry, password guessing,
/// cross-site writes with the cookie, and what reaches the log.
@Suite("Office server: sessions, throttling, CSRF, logs")
struct SessionSecurityTests {
    @Test("a token works until logout, then gets 401; a forged or missing token gets 401")
    func logout() async throws {
        try await withOffice(.sukamara, mode: .server) { office in
            let api = APIClient(base: try #require(office.serverURL))
            let login = try await api.login(Staff.kasi.uid)
            try #require(login.status == 200, "\(login)")
            let token = APIClient.token(login)
            #expect(token.count >= 40, "an opaque random token")
            let bearer = [("Authorization", "Bearer \(token)")]
            let inbox = try await api.send(.GET, "/api/v1/inbox", headers: bearer)
            #expect(inbox.status == 200, "\(inbox)")
            let logout = try await api.send(.DELETE, "/api/v1/session", headers: bearer)
            #expect(logout.status == 204, "\(logout)")
            let after = try await api.send(.GET, "/api/v1/inbox", headers: bearer)
            #expect(after.status == 401 && after.errorKind == "unauthenticated", "\(after)")
            let forged = try await api.send(.GET, "/api/v1/inbox", headers: [("Authorization", "Bearer \(token)x")])
            #expect(forged.status == 401)
            #expect(try await api.send(.GET, "/api/v1/inbox").status == 401, "no credentials at all")
        }
    }

    @Test("a session unused for longer than sessionIdleMinutes gets 401")
    func idleExpiry() async throws {
        // 0.15 minutes: 9 seconds, long enough for a loaded machine to log in and call once.
        let shortSessions: (String) -> String = { text in
            text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                line.trimmingCharacters(in: .whitespaces).hasPrefix("sessionIdleMinutes:") ? "  sessionIdleMinutes: 0.15" : String(line)
            }.joined(separator: "\n")
        }
        try await withOffice(.sukamara, mode: .server, configure: shortSessions) { office in
            #expect(try String(contentsOf: office.config, encoding: .utf8).contains("sessionIdleMinutes: 0.15"))
            let api = APIClient(base: try #require(office.serverURL))
            let token = APIClient.token(try await api.login(Staff.kasi.uid))
            #expect(try await api.send(.GET, "/api/v1/inbox", headers: [("Authorization", "Bearer \(token)")]).status == 200)
            try await Task.sleep(for: .seconds(11))
            let expired = try await api.send(.GET, "/api/v1/inbox", headers: [("Authorization", "Bearer \(token)")])
            #expect(expired.status == 401, "\(expired)")
        }
    }

    @Test("repeated wrong passwords are throttled: from an address the official never logged in from, after two, even the right password waits (429 with Retry-After)")
    func throttling() async throws {
        try await withOffice(.sukamara, mode: .server) { office in
            let api = APIClient(base: try #require(office.serverURL))
            for attempt in 1...2 {
                let wrong = try await api.login(Staff.kadis.uid, "not-the-password-\(attempt)")
                #expect(wrong.status == 401, "attempt \(attempt): \(wrong)")
            }
            let throttled = try await api.login(Staff.kadis.uid)
            #expect(throttled.status == 429 && throttled.errorKind == "throttled", "\(throttled)")
            #expect(Int(throttled.headers.first(name: "Retry-After") ?? "") ?? 0 > 0)
            // Another official from the same address is not locked out by the Kadis's failures.
            #expect(try await api.login(Staff.sekretaris.uid).status == 200)
            // The directory never saw the throttled attempt: the Kadis's entry is not locked by ppolicy.
            let admin = try await office.directory.adminConnection()
            let entry = try await admin.read(office.directory.baseDN.child("ou", "staff").child("uid", Staff.kadis.uid), attributes: ["pwdAccountLockedTime"])
            await admin.close()
            #expect(entry?.string("pwdAccountLockedTime") == nil)
        }
    }

    @Test("a write authenticated by the cookie needs the CSRF token; without it nothing is recorded")
    func csrf() async throws {
        try await withOffice(.sukamara, mode: .server) { office in
            let api = APIClient(base: try #require(office.serverURL))
            let login = try await api.login(Staff.kasi.uid)
            let cookie = try #require(login.cookie("hakakses_session"))
            let setCookie = login.headers["Set-Cookie"].joined()
            #expect(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict"), "\(setCookie)")
            let list = Candidates.sukamaraCSV
            let filing: [String: Any] = [
                "candidateList": ["fileName": "usulan.csv", "base64": Data(list.utf8).base64EncodedString()],
                "note": "usulan", "evidence": [], "confirmations": ["no-nip:nik:\(Candidates.rinaNIK)": Candidates.rinaNote],
            ]
            let withoutToken = try await api.send(.POST, "/api/v1/requests", headers: [("Cookie", "hakakses_session=\(cookie)")], json: filing)
            #expect(withoutToken.status == 403 && withoutToken.errorMessage?.contains("CSRF") == true, "\(withoutToken)")
            let wrongToken = try await api.send(
                .POST, "/api/v1/requests", headers: [("Cookie", "hakakses_session=\(cookie)"), ("X-CSRF-Token", "guess")], json: filing)
            #expect(wrongToken.status == 403, "\(wrongToken)")
            let reads = try await api.send(.GET, "/api/v1/requests", headers: [("Cookie", "hakakses_session=\(cookie)")])
            #expect(reads.status == 200 && reads.text == "[]", "reads need no CSRF token, and nothing was filed: \(reads)")
            // A cross-site form cannot send JSON: a write in another content type is refused before anything else.
            let form = try await api.send(
                .POST, "/api/v1/requests",
                headers: [("Cookie", "hakakses_session=\(cookie)"), ("X-CSRF-Token", APIClient.csrf(login)), ("Content-Type", "text/plain")],
                body: "{}")
            #expect(form.status == 400, "\(form)")
            let good = try await api.send(
                .POST, "/api/v1/requests", headers: [("Cookie", "hakakses_session=\(cookie)"), ("X-CSRF-Token", APIClient.csrf(login))],
                json: filing)
            #expect(good.status == 200 && good.json["request"] as? String == "REQ-2026-0001", "\(good)")
        }
    }

    @Test("the request log names method, path and status, never a password, token or cookie; health answers without login")
    func logsAndHealth() async throws {
        try await withOffice(.sukamara, mode: .server) { office in
            let api = APIClient(base: try #require(office.serverURL))
            let health = try await api.send(.GET, "/api/v1/health")
            #expect(health.status == 200 && health.json["status"] as? String == "ok", "\(health)")
            #expect(health.headers.first(name: "Hakakses-Rehearsal")?.hasPrefix("true") == true, "a rehearsal says so on every response")
            let login = try await api.login(Staff.kasi.uid)
            let token = APIClient.token(login)
            _ = try await api.send(.GET, "/api/v1/requests?status=inProgress", headers: [("Authorization", "Bearer \(token)")])
            _ = try await api.login(Staff.kasi.uid, "Wrong-Password-123")
            let missing = try await api.send(.GET, "/api/v1/nothing-here", headers: [("Authorization", "Bearer \(token)")])
            #expect(missing.status == 404 && missing.errorKind == "notFound", "\(missing)")
            try await Task.sleep(for: .milliseconds(300))
            let log = try String(contentsOf: office.home.appendingPathComponent("serve.log"), encoding: .utf8)
            #expect(log.contains("path=/api/v1/requests") && log.contains("status=200"), "\(log)")
            #expect(log.contains("path=/api/v1/session") && log.contains("status=401"))
            for secret in [Office.staffPassword, "Wrong-Password-123", token, String(token.prefix(12)), APIClient.csrf(login)] {
                #expect(!log.contains(secret), "the log holds a secret: \(secret.prefix(4))…")
            }
            #expect(!log.contains("status=inProgress"), "query strings stay out of the log")
        }
    }
}
