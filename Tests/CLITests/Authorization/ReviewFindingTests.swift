import Foundation
import LDAP
import LocalDirectory
import NIOHTTP1
import TestSupport
import Testing

/// What the review of the authorization change found, each tried again: NIKs through a printed SK, request details
/// to the uninvolved, resubmitting someone else's request, a squatted SK number, a supersession that hides its
/// revocations, scans cited by another request, trickled headers, a lock that left sessions open.
@Suite("Authorization: the review's findings, each tried again")
struct ReviewFindingTests {
    static let skCSV = """
        No;Nama;NIP;NIK;Peran;Unit Kerja;Jabatan
        1;Ahmad Fauzi;19900115 201503 1 002;6208011501900003;operator;Bidang PIAK;Operator
        """

    @Test("a Kasi prints no SK's attachment through a request, and sees NIKs only of the requests he acts on")
    func printedSKAndMaskedDetail() async throws {
        try await withOffice(.sukamara, mode: .server, extraStaff: [Staff.kasiLain]) { office in
            let (id, _) = try await office.completeSukamara()
            // Another Kasi, never involved: the SK through the request he names is refused, before anything is looked up.
            try await office.expectRefused(
                ["document", "make", "sk-kadis", "--request", id, "--decree", "000.8.3.3/241/Dukcapil/2026"], at: "16:00",
                as: Staff.kasiLain.uid, naming: ["sk-kadis"])
            let detail = try await office.succeed(["request", "show", id, "--json"], as: Staff.kasiLain.uid)
            #expect(!detail.stdout.contains(Candidates.sitiNIK) && detail.stdout.contains(String(Candidates.sitiNIK.suffix(4))), "\(detail)")
            // The Kasi who filed it sees them, and prints its SK.
            let own = try await office.succeed(["request", "show", id, "--json"], as: Staff.kasi.uid)
            #expect(own.stdout.contains(Candidates.sitiNIK), "\(own)")
            _ = try await office.printDocument("sk-kadis", ["--request", id], as: Staff.kasi.uid)
        }
    }

    @Test("only the official who filed a returned request (or a cancelling role) files it again")
    func resubmitByFilerOnly() async throws {
        try await withOffice(.sukamara, mode: .server, extraStaff: [Staff.kasiLain]) { office in
            let list = try office.write("usulan.csv", Candidates.sukamaraCSV)
            let id = try filedRequestID(try await office.succeed(["request", "new", "--candidates", list, "--confirm", Candidates.rinaConfirmation], at: "08:00", as: Staff.kasi.uid))
            try await office.succeed(["return", id, "--reason", "lengkapi"], at: "08:05", as: Staff.kabid.uid)
            try await office.expectRefused(["request", "resubmit", id], at: "08:10", as: Staff.kasiLain.uid, naming: [id, "kasi"])
            try await office.succeed(["request", "resubmit", id], at: "08:11", as: Staff.kasi.uid)
        }
    }

    @Test("an imported SK is withdrawn by its importer or refused by the Kadis, and its number is free again; nobody else may")
    func withdrawal() async throws {
        try await withOffice(.sukamara, mode: .server) { office in
            let csv = try office.write("sk.csv", Self.skCSV)
            let arguments = ["decree", "import", "--csv", csv, "--number", "800/88/Dukcapil/2026", "--signed", "2026-11-20",
                             "--effective", "2026-11-20", "--signer-name", "ZAINUDDIN, S.Sos", "--signer-nip", "19650218 198705 1 003"]
            try await office.succeed(arguments, at: "08:00", as: Staff.adb.uid)
            try await office.expectRefused(
                ["decree", "withdraw", "800/88/Dukcapil/2026", "--reason", "salah"], at: "08:01", as: Staff.kasi.uid, naming: ["kasi"])
            try await office.expectRefused(
                ["decree", "withdraw", "800/88/Dukcapil/2026", "--reason", "salah"], at: "08:01", as: Staff.sekretaris.uid,
                naming: ["sekretaris"])
            try await office.succeed(["decree", "withdraw", "800/88/Dukcapil/2026", "--reason", "lampiran keliru"], at: "08:02", as: Staff.adb.uid)
            let list = try await office.succeed(["decree", "list", "--json"], as: Staff.adb.uid)
            #expect(!list.stdout.contains("800/88/Dukcapil/2026"), "\(list)")
            try await office.succeed(arguments, at: "08:03", as: Staff.adb.uid)
            try await office.succeed(["decree", "withdraw", "800/88/Dukcapil/2026", "--reason", "tidak sah"], at: "08:04", as: Staff.kadis.uid)
        }
    }

    @Test("an SK that supersedes the last one and ends tomorrow waits for the Kadis's signature, however few it drops today")
    func supersessionThatEndsSoon() async throws {
        // A small office: more than one change is more than a reconciliation may make without --force.
        let strict: (String) -> String = { $0.replacingOccurrences(of: "alwaysAllowedChanges: 5", with: "alwaysAllowedChanges: 1") }
        try await withOffice(.sukamara, mode: .server, configure: strict) { office in
            let (first, _) = try await office.completeSukamara()
            #expect(try await office.show(first).status == "completed")
            let list = try office.write("usulan-2.csv", Candidates.sukamaraCSV)
            let id = try filedRequestID(try await office.succeed(["request", "new", "--candidates", list, "--confirm", Candidates.rinaConfirmation], at: "09:00", as: Staff.kasi.uid))
            try await office.initial(id, at: ("09:05", "09:06"))
            try await office.succeed(["approve", id], at: "09:20", as: Staff.kadis.uid)
            let issued = try await office.succeed(
                ["decree", "issue", "--request", id, "--number", "000.8.3.3/300/Dukcapil/2026",
                 "--effective", "2026-11-23", "--until", "2026-11-24", "--supersedes", "000.8.3.3/241/Dukcapil/2026"],
                at: "09:30", as: Staff.sekretaris.uid)
            // Where the Kadis signs the SK, his signature is the second official's act: no separate confirmation.
            #expect(issued.stdout.contains("decree sign --request \(id)") && !issued.stdout.contains("decree confirm"), "\(issued)")
            let roster = try await office.succeed(["roster", "show", "--json"], at: "09:31", as: Staff.adb.uid).json(RosterJSON.self)
            #expect(roster.entries.count == 3 && roster.entries.allSatisfy { $0.basis.contains { $0.contains("241") } },
                    "the old SK stands until the new one is signed: \(roster)")
        }
    }

    @Test("a step cites only scans sent for its request or by the official acting")
    func scanLaundering() async throws {
        try await withOffice(.mojokerto, mode: .server) { office in
            let a = try filedRequestID(try await office.succeed(Candidates.dewiRequest(), at: "08:00", as: Staff.kasi.uid))
            let pakta = try office.write("pakta-a.pdf", minimalPDF)
            let api = APIClient(base: try #require(office.serverURL))
            let kasi = [("Authorization", "Bearer \(APIClient.token(try await api.login(Staff.kasi.uid)))")]
            let stored = try await api.send(
                .POST, "/api/v1/evidence", headers: kasi,
                json: ["document": "pakta-integritas", "request": a, "fileName": "pakta-a.pdf",
                       "content": Data(try String(contentsOfFile: pakta, encoding: .utf8).utf8).base64EncodedString()])
            let sha = try #require((stored.json["evidence"] as? [String: Any])?["sha256"] as? String, "\(stored)")
            // The Kadis of request B cites A's scan by its hash: refused; the scan stays A's.
            let b = try filedRequestID(try await office.succeed(FindingTests.rudiRequest(), at: "08:05", as: Staff.kasi.uid))
            let kadis = [("Authorization", "Bearer \(APIClient.token(try await api.login(Staff.kadis.uid)))")]
            let cited = try await api.send(
                .POST, "/api/v1/requests/\(b)/approve", headers: kadis,
                json: ["evidence": [["document": "disposisi-kadis", "sha256": sha, "fileName": "x.pdf"]], "note": ""])
            #expect(cited.status == 403 && cited.errorKind == "refused" && cited.errorMessage?.contains(String(sha.prefix(12))) == true, "\(cited)")
        }
    }

    @Test("a request whose header trickles in is cut off; a locked official's sessions end at his next call")
    func trickleAndLock() async throws {
        try await withOffice(.sukamara, mode: .server, configure: { Hostile.setting($0, "readTimeoutSeconds: 1") }) { office in
            let base = try #require(office.serverURL)
            let url = try #require(URL(string: base))
            let port = try #require(url.port)
            #expect(try SlowClient.tricklesHeader(host: "127.0.0.1", port: port, seconds: 5), "a trickled header kept the connection")

            let api = APIClient(base: try #require(office.serverURL))
            let first = APIClient.token(try await api.login(Staff.kasi.uid))
            let second = APIClient.token(try await api.login(Staff.kasi.uid))
            try await Hostile.lock(Staff.kasi.uid, in: office.directory)
            try await Task.sleep(for: .seconds(11))   // past the default authority cache
            #expect(try await api.send(.GET, "/api/v1/inbox", headers: [("Authorization", "Bearer \(first)")]).errorKind == "forbidden")
            #expect(try await api.send(.GET, "/api/v1/inbox", headers: [("Authorization", "Bearer \(second)")]).status == 401,
                    "the lock ended his other session too")
        }
    }
}

extension SlowClient {
    /// Sends the first bytes of a request head, one more every second, and reports whether the server closed the
    /// connection within `seconds`.
    static func tricklesHeader(host: String, port: Int, seconds: Int) throws -> Bool {
        let fd = try connected(host: host, port: port)
        defer { close(fd) }
        var timeout = timeval(tv_sec: 1, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let bytes = Array("GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Slow: ".utf8)
        var buffer = [UInt8](repeating: 0, count: 1024)
        for index in 0..<seconds {
            var byte = bytes[index % bytes.count]
            if send(fd, &byte, 1, Int32(MSG_NOSIGNAL)) < 0 { return true }
            let count = recv(fd, &buffer, buffer.count, 0)
            if count == 0 { return true }
        }
        return false
    }
}
