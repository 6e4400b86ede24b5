import Foundation
import LDAP
import LocalDirectory

/// The release `hakakses serve` of a bench office on a loopback port, and officials for it.
struct BenchServer {
    let process: Process
    let url: String

    /// Starts `binary serve` for `office` with `api` lines added to its `api:` section; waits until it listens.
    static func start(_ office: BenchOffice, sop: URL, binary: URL, api: [String] = []) async throws -> BenchServer {
        let config = try office.configFile(sop: sop.path)
        var text = try String(contentsOf: config, encoding: .utf8)
        text += "\napi:\n  listen: 127.0.0.1:0\n" + api.map { "  \($0)\n" }.joined() + "sync:\n  pollSeconds: 3600\n"
        try text.write(to: config, atomically: true, encoding: .utf8)
        let ready = office.directory.folder.appendingPathComponent("serve.url")
        try? FileManager.default.removeItem(at: ready)  // try?: a ready file of an earlier run may be absent; only its absence matters
        let server = Process()
        server.executableURL = binary
        server.arguments = ["serve", "--config", config.path, "--ready-file", ready.path, "--log-level", "warning"]
        server.standardOutput = FileHandle.nullDevice
        server.standardError = FileHandle.nullDevice
        try server.run()
        var url = ""
        for _ in 0..<600 where url.isEmpty {
            url = ((try? String(contentsOf: ready, encoding: .utf8)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)  // try?: not written yet: the loop waits and reads again
            if url.isEmpty { try await Task.sleep(for: .milliseconds(50)) }
        }
        guard !url.isEmpty else {
            server.terminate()
            throw BenchError("hakakses serve did not start")
        }
        return BenchServer(process: server, url: url)
    }

    func stop() {
        process.terminate()
        process.waitUntilExit()
    }

    /// The release `hakakses` beside this benchmark's executable.
    static func binary() throws -> URL {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent("hakakses")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            throw BenchError("\(binary.path) is missing: build it with `swift build -c release`")
        }
        return binary
    }

    /// An official under `ou=staff` with `password`, NIP and one workflow role.
    static func addStaff(_ directory: LocalDirectory, uid: String, nip: String, role: String, password: String) async throws {
        let admin = try await directory.adminConnection()
        let dn = directory.baseDN.child("ou", "staff").child("uid", uid)
        try await admin.add(dn, [
            LDAPAttribute("objectClass", "inetOrgPerson", "siakPerson"), LDAPAttribute("uid", uid), LDAPAttribute("cn", uid),
            LDAPAttribute("sn", uid), LDAPAttribute("siakNIP", nip.filter(\.isNumber)),
        ])
        try await admin.modifyPassword(of: dn, newPassword: password)
        if try await admin.read(dn, attributes: ["pwdReset"])?["pwdReset"].isEmpty == false {
            try await admin.modify(dn, [.delete("pwdReset")])
        }
        try await admin.modify(directory.baseDN.child("ou", "groups").child("ou", "workflow").child("cn", role),
                               [.add("member", [LDAPValue(dn.description)])])
        await admin.close()
    }
}
