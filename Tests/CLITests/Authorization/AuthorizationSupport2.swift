import Foundation

extension Hostile {
    /// The configuration with `line` added to its `api:` section.
    static func setting(_ text: String, _ line: String) -> String {
        text.replacingOccurrences(of: "\napi:\n", with: "\napi:\n  \(line)\n")
    }
}

/// A client that sends half a request and stops: does the server close the connection?
enum SlowClient {
    /// A TCP socket connected to `host`:`port` (IPv4); the caller closes it.
    static func connected(host: String, port: Int) throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EIO) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr(host)
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else {
            close(fd)
            throw POSIXError(.ECONNREFUSED)
        }
        return fd
    }

    /// Sends a request head announcing a body it never sends, then waits up to `seconds` for the server to close.
    static func sendsHalfAndWaits(host: String, port: Int, seconds: Int) throws -> Bool {
        let fd = try connected(host: host, port: port)
        defer { close(fd) }
        let head = "POST /api/v1/session HTTP/1.1\r\nHost: \(host)\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"u"
        _ = head.withCString { send(fd, $0, strlen($0), 0) }
        var timeout = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = recv(fd, &buffer, buffer.count, 0)
            if count == 0 { return true }      // closed by the server
            if count < 0 { return errno != EAGAIN && errno != EWOULDBLOCK }  // timed out: still open
        }
    }
}
