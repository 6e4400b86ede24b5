import Foundation
import Testing

/// The office server speaking HTTPS itself, from a configured certificate and key.
@Suite("Office server: TLS")
struct TLSTests {
    /// A throwaway CA and a server certificate for 127.0.0.1 signed by it, made with openssl.
    static func certificates(in folder: URL) async throws -> (ca: URL, certificate: URL, key: URL) {
        let openssl = URL(fileURLWithPath: "/usr/bin/openssl")
        let path = { (name: String) in folder.appendingPathComponent(name).path }
        try Data("subjectAltName=IP:127.0.0.1\n".utf8).write(to: folder.appendingPathComponent("san.cnf"))
        for arguments in [
            ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", path("ca.key"), "-out", path("ca.pem"), "-days", "2",
             "-subj", "/CN=Test Dukcapil CA"],
            ["req", "-newkey", "rsa:2048", "-nodes", "-keyout", path("server.key"), "-out", path("server.csr"), "-subj", "/CN=127.0.0.1"],
            ["x509", "-req", "-in", path("server.csr"), "-CA", path("ca.pem"), "-CAkey", path("ca.key"), "-CAcreateserial",
             "-out", path("server.pem"), "-days", "2", "-extfile", path("san.cnf")],
        ] {
            let result = try await CLIRunner.run(executable: openssl, arguments, in: folder, environment: [:])
            try #require(result.status == 0, "\(result)")
        }
        return (folder.appendingPathComponent("ca.pem"), folder.appendingPathComponent("server.pem"), folder.appendingPathComponent("server.key"))
    }

    @Test("with api.tlsCertificate and api.tlsKey the API is HTTPS: the CLI trusting the office CA works, one that does not is refused")
    func https() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hakakses-tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (ca, certificate, key) = try await Self.certificates(in: folder)
        let tls: (String) -> String = {
            $0.replacingOccurrences(
                of: "  listen: 127.0.0.1:0\n",
                with: "  listen: 127.0.0.1:0\n  tlsCertificate: \(certificate.path)\n  tlsKey: \(key.path)\n")
                + "serverCAFile: \(ca.path)\n"
        }
        try await withOffice(.mojokerto, mode: .server, configure: tls) { office in
            let url = try #require(office.serverURL)
            #expect(url.hasPrefix("https://127.0.0.1:"), "\(url)")
            let filed = try await office.run(Candidates.dewiRequest(), at: "08:00", as: Staff.kasi.uid)
            #expect(filed.status == 0, "\(filed)")
            let list = try await office.succeed(["request", "list", "--json"]).json([RequestListRow].self)
            #expect(list.count == 1)

            // A client that does not trust the office CA cannot talk to it.
            let untrusted = try await CLIRunner.run(
                ["request", "list", "--server", url, "--user", Staff.kasi.uid, "--password-file", office.passwordFile.path],
                in: office.home, environment: ["HOME": office.home.path, "LANG": "C.UTF-8", "HAKAKSES_CONFIG": "/nonexistent.yaml"])
            #expect(untrusted.status == 3 && untrusted.stderr.contains("cannot reach the office server"), "\(untrusted)")
            // Plain HTTP to the TLS port gets nowhere either.
            let plain = try? await APIClient(base: url.replacingOccurrences(of: "https://", with: "http://")).send(.GET, "/api/v1/health")
            #expect(plain == nil || plain?.status != 200)
        }
    }
}
