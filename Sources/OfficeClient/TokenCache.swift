public import Foundation
import Crypto

/// Session tokens kept between CLI runs, one file per server and user (mode 0600 in a 0700 folder under
/// `$XDG_CACHE_HOME/hakakses` or `~/.cache/hakakses`), so an official types the password once per session.
public struct TokenCache: Sendable {
    public let folder: URL

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        if let cache = environment["XDG_CACHE_HOME"], !cache.isEmpty {
            folder = URL(fileURLWithPath: cache).appendingPathComponent("hakakses")
        } else {
            let home = environment["HOME"].map { URL(fileURLWithPath: $0) } ?? FileManager.default.homeDirectoryForCurrentUser
            folder = home.appendingPathComponent(".cache/hakakses")
        }
    }

    func file(server: URL, uid: String) -> URL {
        let name = SHA256.hash(data: Data("\(server.absoluteString)\n\(uid)".utf8)).prefix(12).map { String(format: "%02x", $0) }.joined()
        return folder.appendingPathComponent("session-\(name)")
    }

    /// The cached token, if any (and only from a file nobody else may read).
    public func token(server: URL, uid: String) -> String? {
        let url = file(server: server, uid: uid)
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),  // try?: an unreadable cache file is no cached token: the user logs in again
              let permissions = attributes[.posixPermissions] as? NSNumber, permissions.intValue & 0o077 == 0,
              let data = FileManager.default.contents(atPath: url.path)
        else { return nil }
        let token = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return token.isEmpty ? nil : token
    }

    /// Keeps `token` (best effort: a cache that cannot be written only means asking for the password again).
    public func store(_ token: String, server: URL, uid: String) {
        let manager = FileManager.default
        do {
            try manager.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            let url = file(server: server, uid: uid)
            try? manager.removeItem(at: url)  // try?: the old token file, if any; createFile below writes the new one or gives up
            guard manager.createFile(atPath: url.path, contents: Data((token + "\n").utf8), attributes: [.posixPermissions: 0o600]) else {
                return
            }
        } catch {
            return
        }
    }

    public func remove(server: URL, uid: String) {
        try? FileManager.default.removeItem(at: file(server: server, uid: uid))  // try?: logging out of a server with no cached token is fine
    }
}
