import Foundation
import OfficeService

/// Reading a password: from a file (first line, like `ldapsearch -y`) or from the terminal without echo.
enum PasswordInput {
    static func read(file: String?, prompt: String) throws(OfficeError) -> String {
        if let file {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw .badInput(.passwordFileUnreadable(file))
            }
            let line = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).first ?? ""
            guard !line.isEmpty else { throw .badInput(.passwordFileEmpty(file)) }
            return String(line)
        }
        return try fromTerminal(prompt)
    }

    /// Prompts on /dev/tty with echo turned off.
    static func fromTerminal(_ prompt: String) throws(OfficeError) -> String {
        let tty = open("/dev/tty", O_RDWR)
        guard tty >= 0 else {
            throw .badInput(.noTerminal)
        }
        defer { close(tty) }
        _ = prompt.withCString { write(tty, $0, strlen($0)) }
        var saved = termios()
        tcgetattr(tty, &saved)
        var silent = saved
        silent.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(tty, TCSAFLUSH, &silent)
        defer {
            tcsetattr(tty, TCSAFLUSH, &saved)
            _ = "\n".withCString { write(tty, $0, 1) }
        }
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while Foundation.read(tty, &byte, 1) == 1, byte != 10, byte != 13 { bytes.append(byte) }
        let password = String(decoding: bytes, as: UTF8.self)
        guard !password.isEmpty else { throw .badInput(.noPassword) }
        return password
    }
}
