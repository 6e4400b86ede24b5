import Foundation
import NIOHTTP1
import Testing

/// Issue 20, item 2: the applicant sees where their request stands without a login — the request number and the last
/// six digits of their NIK or NIP — and learns nothing about anyone else; guessing is throttled.
@Suite("Office server: the applicant's status page")
struct RequestStatusTests {
    /// The last six digits of Dewi's NIP (the applicant of `Candidates.dewiRequest()`).
    static let dewiDigits = String(Candidates.dewiNIP.filter(\.isNumber).suffix(6))

    @Test("the right number and digits give the status in plain words, naming nobody; wrong ones and unknown numbers the same 404")
    func answer() async throws {
        try await withOffice(.mojokerto, mode: .server) { office in
            let id = try filedRequestID(try await office.succeed(Candidates.dewiRequest(), at: "08:00", as: Staff.kasi.uid))
            let api = APIClient(base: try #require(office.serverURL))

            let found = try await api.send(.POST, "/api/v1/status", json: ["request": id.lowercased(), "digits": Self.dewiDigits])
            #expect(found.status == 200, "\(found)")
            #expect(found.json["request"] as? String == id && found.json["state"] as? String == "inProgress", "\(found)")
            #expect((found.json["waitingFor"] as? String)?.contains("Kepala Dinas") == true, "the step waits for an office role: \(found)")
            #expect(found.json["standard"] as? String != nil && found.json["since"] as? String != nil, "\(found)")
            for secret in ["Dewi", Candidates.dewiNIP, String(Candidates.dewiNIP.filter(\.isNumber)), Staff.kasi.uid] {
                #expect(!found.text.contains(secret), "the answer names '\(secret)': \(found)")
            }

            let wrong = try await api.send(.POST, "/api/v1/status", json: ["request": id, "digits": "000000"])
            let unknown = try await api.send(.POST, "/api/v1/status", json: ["request": "REQ-2026-0999", "digits": Self.dewiDigits])
            #expect(wrong.status == 404 && unknown.status == 404, "\(wrong) / \(unknown)")
            #expect(wrong.errorMessage == unknown.errorMessage, "a wrong answer and an unknown number are told apart by nothing")
            let malformed = try await api.send(.POST, "/api/v1/status", json: ["request": id, "digits": "12ab"])
            #expect(malformed.status == 400 && malformed.errorKind == "badInput", "\(malformed)")

            // Refused: the reason reaches the applicant.
            try await office.succeed(["reject", id, "--reason", "bukan pegawai kelurahan"], at: "08:20", as: Staff.kadis.uid)
            let refused = try await api.send(.POST, "/api/v1/status", json: ["request": id, "digits": Self.dewiDigits])
            #expect(refused.json["state"] as? String == "rejected" && refused.json["reason"] as? String == "bukan pegawai kelurahan", "\(refused)")
        }
    }

    @Test("after 5 wrong answers for a request even the right one waits (429), so 6 digits cannot be guessed")
    func throttled() async throws {
        try await withOffice(.mojokerto, mode: .server) { office in
            let id = try filedRequestID(try await office.succeed(Candidates.dewiRequest(), at: "08:00", as: Staff.kasi.uid))
            let api = APIClient(base: try #require(office.serverURL))
            for guess in ["100000", "200000", "300000", "400000", "500000"] {
                let reply = try await api.send(.POST, "/api/v1/status", json: ["request": id, "digits": guess])
                #expect(reply.status == 404, "\(reply)")
            }
            let blocked = try await api.send(.POST, "/api/v1/status", json: ["request": id, "digits": Self.dewiDigits])
            #expect(blocked.status == 429 && blocked.errorKind == "throttled", "\(blocked)")
            #expect(blocked.headers["Retry-After"].first != nil, "\(blocked.headers)")
        }
    }

    @Test("the web page needs no login, takes its own one-time token, and shows the answer")
    func page() async throws {
        try await withOffice(.mojokerto, mode: .server) { office in
            let id = try filedRequestID(try await office.succeed(Candidates.dewiRequest(), at: "08:00", as: Staff.kasi.uid))
            let api = APIClient(base: try #require(office.serverURL))
            let form = try await api.send(.GET, "/status")
            #expect(form.status == 200 && form.text.contains("6 digit terakhir NIK"), "\(form.status)")
            let cookie = try #require(form.cookie("hakakses_status"))
            let token = try #require(form.text.range(of: "name=\"status_token\" value=\"").map { range in
                String(form.text[range.upperBound...].prefix { $0 != "\"" })
            })
            let body = "status_token=\(token)&request=\(id)&digits=\(Self.dewiDigits)"
            let forged = try await api.send(
                .POST, "/status", headers: [("Content-Type", "application/x-www-form-urlencoded")], body: body)
            #expect(forged.status == 403, "without the token's cookie the form is refused: \(forged.status)")
            let shown = try await api.send(
                .POST, "/status", headers: [("Content-Type", "application/x-www-form-urlencoded"), ("Cookie", "hakakses_status=\(cookie)")],
                body: body)
            #expect(shown.status == 200 && shown.text.contains(id) && shown.text.contains("dalam proses"), "\(shown.text)")
            #expect(!shown.text.contains("Dewi"), "the page names nobody")
            let login = try await api.send(.GET, "/login")
            #expect(login.text.contains("href=\"/status\""), "the login page links the status page")
        }
    }
}
