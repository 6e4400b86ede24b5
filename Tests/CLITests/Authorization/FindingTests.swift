import Foundation
import LDAP
import LocalDirectory
import NIOHTTP1
import TestSupport
import Testing

/// Each finding of the authorization review (issue 18), tried as it was found against a running server: each of
/// these succeeded for the attacker before.
@Suite("Authorization: the findings of the review, each tried again")
struct FindingTests {
    static let rudiNIP = "19940303 201902 1 004"

    /// `request new` for a second Mojokerto applicant, Rudi.
    static func rudiRequest() -> [String] {
        [
            "request", "new", "--name", "Rudi Hartono, S.T.", "--nip", rudiNIP, "--role", "operator",
            "--unit", "Kecamatan Magersari", "--position", "Operator", "--evidence", "surat-permohonan=470/124/417.302/2026",
        ]
    }

    /// A Mojokerto request filed at `time` taken to its handover step (the ADB created the account; synced).
    static func toHandover(_ office: Office, _ arguments: [String], at time: String) async throws -> String {
        let id = try filedRequestID(try await office.succeed(arguments, at: time, as: Staff.kasi.uid))
        try await office.succeed(["approve", id, "--evidence", "disposisi-kadis=DISP/88/2026"], at: "09:00", as: Staff.kadis.uid)
        try await office.succeed(
            ["approve", id, "--step", "disposisi-kabid", "--evidence", "biodata-operator=BIO/07/2026"], at: "09:10", as: Staff.kabid.uid)
        try await office.succeed(["approve", id, "--evidence", "pakta-integritas=PI/12/2026"], at: "09:20", as: Staff.kasi.uid)
        try await office.succeed(["approve", id], at: "09:30", as: Staff.adb.uid)
        try await office.succeed(["sync"], at: "09:31")
        return id
    }

    /// True if `password` binds as the operator `username`.
    static func binds(_ office: Office, _ username: String, _ password: String) async -> Bool {
        let dn = office.directory.baseDN.child("ou", "operators").child("uid", username)
        do {
            let connection = try await LDAPConnection.connect(office.directory.connectionOptions())
            _ = try await connection.bind(dn: dn, password: password)
            await connection.close()
            return true
        } catch {
            return false
        }
    }

    @Test("1. a handover within request B for operator A, who is not B's candidate, is refused; A's password still works")
    func handoverOfAnotherOperator() async throws {
        try await withOffice(.mojokerto, mode: .server) { office in
            let a = try await Self.toHandover(office, Candidates.dewiRequest(), at: "08:00")
            let handed = try await office.succeed(
                ["handover", Candidates.dewiNIP, "--received-by", "Dewi Anggraini", "--json"], at: "09:40", as: Staff.kasi.uid)
            let first = try handed.leadingJSON([String: String].self)
            let password = try #require(first["password"])
            #expect(try await office.show(a).status == "completed")
            let b = try await Self.toHandover(office, Self.rudiRequest(), at: "08:05")

            let api = APIClient(base: try #require(office.serverURL))
            let kabid = APIClient.token(try await api.login(Staff.kabid.uid))
            let reply = try await api.send(
                .POST, "/api/v1/handovers", headers: [("Authorization", "Bearer \(kabid)")],
                json: ["person": Candidates.dewiNIP.filter(\.isNumber), "receivedBy": "x", "request": b])
            #expect(reply.status == 403 && reply.errorKind == "refused", "\(reply)")
            #expect(reply.errorMessage?.contains("bukan calon pada permohonan \(b)") == true, "\(reply)")
            #expect(!reply.text.contains("password"), "no password in a refusal: \(reply)")

            // The same through the web form.
            let login = try await api.login(Staff.kabid.uid)
            let cookie = try #require(login.cookie("hakakses_session"))
            let form = try await api.send(
                .POST, "/handover", headers: [("Cookie", "hakakses_session=\(cookie)"), ("Content-Type", "application/x-www-form-urlencoded")],
                body: "csrf_token=\(APIClient.csrf(login))&request=\(b)&person=\(Candidates.dewiNIP.filter(\.isNumber))&received_by=x")
            #expect(form.status == 403 && form.headers.first(name: "Hakakses-Error-Kind") == "refused", "\(form.status)")
            #expect(await Self.binds(office, "dewi.anggraini", password), "A's handed-over password was replaced")
        }
    }

    @Test("2. a Kasi named on a request, logging in as KASI.LAIN or full-width, is still himself: no approving his own request")
    func capitalisedLogin() async throws {
        try await withOffice(.mojokerto, mode: .server) { office in
            // Mojokerto's SOP lets the ADB who made an account hand it over (steps 5–6 as written, issue 20), so the
            // rule tried here is the one no SOP relaxes: nobody acts on a request that names them.
            let request = [
                "request", "new", "--name", "Kasi Lain, S.E.", "--nip", Staff.kasiLain.nip ?? "", "--role", "operator",
                "--unit", "Dinas Dukcapil", "--position", "Operator", "--evidence", "surat-permohonan=470/125/417.302/2026",
            ]
            let b = try filedRequestID(try await office.succeed(request, at: "08:00", as: Staff.kasi.uid))
            try await office.succeed(["approve", b, "--evidence", "disposisi-kadis=DISP/89/2026"], at: "09:00", as: Staff.kadis.uid)
            try await office.succeed(
                ["approve", b, "--step", "disposisi-kabid", "--evidence", "biodata-operator=BIO/08/2026"], at: "09:10", as: Staff.kabid.uid)
            let api = APIClient(base: try #require(office.serverURL))
            for typed in ["KASI.LAIN", "ＫＡＳＩ．ＬＡＩＮ", " kasi.lain"] {
                let login = try await api.login(typed)
                #expect(login.status == 200, "\(typed): \(login)")
                #expect((login.json["staff"] as? [String: Any])?["uid"] as? String == "kasi.lain", "\(typed) acts as the entry's own uid")
                let reply = try await api.send(
                    .POST, "/api/v1/requests/\(b)/approve", headers: [("Authorization", "Bearer \(APIClient.token(login))")],
                    json: ["note": "", "evidence": [["document": "pakta-integritas", "reference": "PI/13/2026"]]])
                #expect(reply.status == 403 && reply.errorKind == "refused", "\(typed): \(reply)")
                #expect(reply.errorMessage?.contains("kasi.lain") == true, "\(typed): \(reply)")
            }
            #expect(try await office.show(b).currentStep == "kajian-kasi")
            // A staff entry without siakNIP is refused at the door, naming what to fix.
            try await office.directory.addStaff(uid: "tanpa.nip", password: Office.staffPassword, roles: ["kasi"])
            let noNIP = try await api.login("tanpa.nip")
            #expect(noNIP.status == 403 && noNIP.errorMessage?.contains("siakNIP") == true, "\(noNIP)")
        }
    }

    @Test("3. an official with no workflow role is refused at login; a Kasi reads no roster, audit log or whole archive")
    func needToKnow() async throws {
        try await withOffice(.sukamara, mode: .server, extraStaff: [Staff.pegawai]) { office in
            let api = APIClient(base: try #require(office.serverURL))
            let pegawai = try await api.login(Staff.pegawai.uid)
            #expect(pegawai.status == 403 && pegawai.errorKind == "forbidden" && APIClient.token(pegawai).isEmpty, "\(pegawai)")
            let kasi = [("Authorization", "Bearer \(APIClient.token(try await api.login(Staff.kasi.uid)))")]
            for path in ["/api/v1/roster", "/api/v1/roster/export", "/api/v1/audit", "/api/v1/decree?number=1%2F2"] {
                let reply = try await api.send(.GET, path, headers: kasi)
                #expect(reply.status == 403 && reply.errorKind == "forbidden", "\(path): \(reply)")
            }
            let archive = try await api.send(.GET, "/api/v1/archive", headers: kasi)
            #expect(archive.status == 403 && archive.errorKind == "refused", "the whole archive: \(archive)")
            // The ADB, who runs the accounts, reads them.
            let adb = [("Authorization", "Bearer \(APIClient.token(try await api.login(Staff.adb.uid)))")]
            for path in ["/api/v1/roster", "/api/v1/audit?from=1&limit=10", "/api/v1/archive"] {
                #expect(try await api.send(.GET, path, headers: adb).status == 200, "\(path)")
            }
        }
    }

    @Test("4. a Kasi removed from cn=kasi files nothing with his token or his CLI session; logout --all ends his sessions")
    func removedMidSession() async throws {
        try await withOffice(.sukamara, mode: .server, extraStaff: [Hostile.removed, Staff.kasiLain], configure: Hostile.freshAuthority) { office in
            let api = APIClient(base: try #require(office.serverURL))
            let token = APIClient.token(try await api.login(Hostile.removed.uid))
            // His CLI logs in once and keeps the session token.
            try await office.succeed(["login"], as: Hostile.removed.uid)
            try await Hostile.removeFromGroup(Hostile.removed.uid, role: "kasi", in: office.directory)
            let list = try office.write("usulan.csv", Candidates.sukamaraCSV)
            let reply = try await api.send(
                .POST, "/api/v1/requests", headers: [("Authorization", "Bearer \(token)")],
                json: ["candidateList": ["fileName": "usulan.csv", "base64": Data(Candidates.sukamaraCSV.utf8).base64EncodedString()],
                       "note": "", "evidence": [Any]()])
            #expect(reply.status == 403 && reply.errorKind == "forbidden", "\(reply)")
            try await office.expectRefused(["request", "new", "--candidates", list, "--confirm", Candidates.rinaConfirmation], as: Hostile.removed.uid, naming: ["kasi.dicabut", "kasi"])

            // The Kadis ends the sessions of an official at once; the ADB too; a Kasi may not.
            let other = APIClient.token(try await api.login(Staff.kasiLain.uid))
            let kadis = [("Authorization", "Bearer \(APIClient.token(try await api.login(Staff.kadis.uid)))")]
            let kasi = [("Authorization", "Bearer \(APIClient.token(try await api.login(Staff.kasi.uid)))")]
            #expect(try await api.send(.POST, "/api/v1/sessions/end", headers: kasi, json: ["uid": Staff.kasiLain.uid]).errorKind == "forbidden")
            #expect(try await api.send(.GET, "/api/v1/inbox", headers: [("Authorization", "Bearer \(other)")]).status == 200)
            let ended = try await api.send(.POST, "/api/v1/sessions/end", headers: kadis, json: ["uid": Staff.kasiLain.uid.uppercased()])
            #expect(ended.status == 200 && ended.json["ended"] as? Int == 1, "\(ended)")
            #expect(try await api.send(.GET, "/api/v1/inbox", headers: [("Authorization", "Bearer \(other)")]).status == 401)
            let ownSessions = try await office.run(["logout", "--all", Staff.kadis.uid], as: Staff.kadis.uid)
            #expect(ownSessions.status == 1, "\(ownSessions)")
        }
    }
}

/// Findings 5 to 8: four eyes on imported SKs, guessing that locks officials out, transport.
@Suite("Authorization: four eyes, throttling and transport, each tried again")
struct FindingTransportTests {
    static let skCSV = """
        No;Nama;NIP;NIK;Peran;Unit Kerja;Jabatan
        1;Ahmad Fauzi;19900115 201503 1 002;6208011501900003;administrator;Bidang PIAK;Administrator
        """

    @Test("5. an SK imported by one ADB grants nothing until a Kadis confirms it with the signed scan; not its importer, not a person on it")
    func fourEyes() async throws {
        try await withOffice(.sukamara, mode: .server, extraStaff: [Staff.kadisBudi]) { office in
            let csv = try office.write("sk.csv", Self.skCSV)
            let number = "800/77/Dukcapil/2026"
            let imported = try await office.succeed(
                ["decree", "import", "--csv", csv, "--number", number, "--signed", "2026-11-20", "--effective", "2026-11-20",
                 "--signer-name", "ZAINUDDIN, S.Sos", "--signer-nip", "19650218 198705 1 003"], at: "08:00", as: Staff.adb.uid)
            #expect(imported.stdout.contains("decree confirm \(number)"), "the importer is told who confirms: \(imported)")
            try await office.succeed(["sync"], at: "08:05", as: Staff.adb.uid)
            let before = try await office.succeed(["roster", "show", "--json"], at: "08:06", as: Staff.adb.uid).json(RosterJSON.self)
            #expect(before.entries.isEmpty, "an SK awaiting confirmation grants nothing: \(before)")
            let admin = try await office.directory.adminConnection()
            let operators = try await admin.search(base: office.directory.baseDN.child("ou", "operators"), scope: .oneLevel, attributes: ["uid"])
            await admin.close()
            #expect(operators.isEmpty, "nothing provisioned before the confirmation: \(operators.map(\.dn))")

            let scan = try office.write("sk-bertanda-tangan.pdf", minimalPDF)
            // The importer may not confirm (and the ADB is not a confirming role); a Kadis named on the SK may not.
            try await office.expectRefused(["decree", "confirm", number, "--scan", scan], at: "08:10", as: Staff.adb.uid, naming: ["kadis"])
            try await office.expectRefused(["decree", "confirm", number, "--scan", scan], at: "08:10", as: Staff.kadisBudi.uid, naming: [number])
            try await office.succeed(["decree", "confirm", number, "--scan", scan], at: "08:15", as: Staff.kadis.uid)
            try await office.succeed(["sync"], at: "08:16", as: Staff.adb.uid)
            let after = try await office.succeed(["roster", "show", "--json"], at: "08:17", as: Staff.adb.uid).json(RosterJSON.self)
            #expect(after.entries.map(\.roles) == [["administrator"]], "\(after)")
        }
    }

    @Test("6. forty wrong passwords for the Kadis at once: at most pwdMaxFailure − 2 reach the directory; the Kadis still gets in from his own desk")
    func parallelGuessing() async throws {
        let proxied: (String) -> String = { Hostile.setting($0, "trustedProxies: [127.0.0.1]") }
        try await withOffice(.sukamara, mode: .server, configure: proxied) { office in
            let api = APIClient(base: try #require(office.serverURL))
            // The Kadis logged in from his desk before (behind the office's proxy, which names the client).
            let desk = [("X-Forwarded-For", "10.0.0.7")]
            #expect(try await api.send(.POST, "/api/v1/session", headers: desk, json: ["username": Staff.kadis.uid, "password": Office.staffPassword]).status == 200)
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for attempt in 0..<40 {
                    group.addTask {
                        try await api.send(
                            .POST, "/api/v1/session", headers: [("X-Forwarded-For", "10.66.0.\(attempt % 5)")],
                            json: ["username": Staff.kadis.uid, "password": "Salah-\(attempt)-Sandi"]).status
                    }
                }
                var all: [Int] = []
                for try await status in group { all.append(status) }
                return all
            }
            let reached = statuses.filter { $0 == 401 }.count
            #expect(reached <= 3 && statuses.filter { $0 == 429 }.count == 40 - reached, "\(statuses)")
            let admin = try await office.directory.adminConnection()
            let dn = office.directory.baseDN.child("ou", "staff").child("uid", Staff.kadis.uid)
            let entry = try await admin.read(dn, attributes: ["pwdFailureTime", "pwdAccountLockedTime"])
            await admin.close()
            #expect((entry?["pwdFailureTime"].count ?? 0) <= 3, "the directory counted \(entry?["pwdFailureTime"].count ?? 0) failures")
            #expect(entry?.string("pwdAccountLockedTime") == nil, "the Kadis is locked out of the directory")
            // A stranger's right guess waits; the Kadis at his desk gets in.
            let stranger = try await api.send(
                .POST, "/api/v1/session", headers: [("X-Forwarded-For", "10.66.0.9")],
                json: ["username": Staff.kadis.uid, "password": Office.staffPassword])
            #expect(stranger.status == 429, "\(stranger)")
            let own = try await api.send(.POST, "/api/v1/session", headers: desk, json: ["username": Staff.kadis.uid, "password": Office.staffPassword])
            #expect(own.status == 200, "\(own)")
        }
    }

    @Test("7. plain HTTP off loopback is refused unless insecureHTTP says so (then logged loudly); cookies are Secure; the CLI refuses http:// to another host")
    func transport() async throws {
        try await withOffice(.sukamara, mode: .server) { office in
            let login = try await APIClient(base: try #require(office.serverURL)).login(Staff.kasi.uid)
            #expect(login.headers["Set-Cookie"].joined().contains("Secure"), "\(login.headers)")
            let refused = try await office.run(["inbox", "--server", "http://10.20.30.40:8750"], as: Staff.kasi.uid)
            #expect(refused.status == 2 && refused.stderr.contains("https://"), "\(refused)")

            office.server?.stop()
            let open = office.home.appendingPathComponent("open.yaml")
            let text = try String(contentsOf: office.config, encoding: .utf8).replacingOccurrences(of: "listen: 127.0.0.1:0", with: "listen: 0.0.0.0:0")
            try text.write(to: open, atomically: true, encoding: .utf8)
            let serve = try await CLIRunner.run(
                ["serve", "--config", open.path], in: office.home, environment: ["HOME": office.home.path, "LANG": "C.UTF-8"],
                timeLimit: .seconds(20))
            #expect(serve.status == 2 && serve.stderr.contains("insecureHTTP"), "\(serve)")
            try Hostile.setting(text, "insecureHTTP: true").write(to: open, atomically: true, encoding: .utf8)
            let insecure = try await ServeProcess.start(config: open, home: office.home)
            defer { insecure.stop() }
            #expect(insecure.output.contains("INSECURE"), "\(insecure.output)")
        }
    }

    @Test("8. bodies over a route's limit get 413 before they are read; a request that trickles in is cut off")
    func bodyLimitsAndSlowClients() async throws {
        try await withOffice(.sukamara, mode: .server, configure: { Hostile.setting($0, "readTimeoutSeconds: 1") }) { office in
            let api = APIClient(base: try #require(office.serverURL))
            let big = try await api.send(.POST, "/api/v1/session", json: ["username": "kasi", "password": String(repeating: "x", count: 100_000)])
            #expect(big.status == 413 && big.errorKind == "tooLarge", "\(big)")
            let started = ContinuousClock.now
            let claimed = try await api.send(
                .POST, "/api/v1/requests", headers: [("Content-Length", "60000000"), ("Content-Type", "application/json")], body: "{}")
            #expect(claimed.status == 413 || claimed.status == 401, "\(claimed)")
            #expect(ContinuousClock.now - started < .seconds(5))
            let token = APIClient.token(try await api.login(Staff.kasi.uid))
            let json = try await api.send(
                .POST, "/api/v1/requests/REQ-2026-0001/cancel", headers: [("Authorization", "Bearer \(token)")],
                json: ["reason": String(repeating: "x", count: 2_000_000)])
            #expect(json.status == 413, "\(json)")
            let form = try await api.send(
                .POST, "/login", headers: [("Content-Type", "application/x-www-form-urlencoded")], body: String(repeating: "a=b&", count: 10_000))
            #expect(form.status == 413, "\(form.status)")

            let base = try #require(office.serverURL)
            let url = try #require(URL(string: base))
            let port = try #require(url.port)
            let closed = try SlowClient.sendsHalfAndWaits(host: "127.0.0.1", port: port, seconds: 4)
            #expect(closed, "the server kept a half-sent request open past its read timeout")
        }
    }
}

/// The CLI on the server host (the office in process) passes the same gate as the API and the web.
@Suite("Authorization: the CLI on the server host")
struct LocalGateTests {
    @Test("in process, a Kasi reads no roster or audit log; the ADB does; the service user reads without a login but decides nothing")
    func sameGate() async throws {
        try await withOffice(.sukamara, mode: .local) { office in
            try await office.expectRefused(["roster", "show"], as: Staff.kasi.uid, naming: ["kasi", "adb"])
            try await office.expectRefused(["audit", "log"], as: Staff.kasi.uid, naming: ["kasi", "kadis"])
            try await office.succeed(["roster", "show"], as: Staff.adb.uid)
            try await office.succeed(["roster", "show"])
            let list = try office.write("usulan.csv", Candidates.sukamaraCSV)
            try await office.expectRefused(["request", "new", "--candidates", list, "--confirm", Candidates.rinaConfirmation], as: Staff.adb.uid, naming: ["kasi", "adb"])
        }
    }
}
