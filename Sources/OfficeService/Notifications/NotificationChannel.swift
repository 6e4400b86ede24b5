import Foundation

/// How notifications leave the office server without the internet: a local program or the local MTA.
public enum NotificationChannel: Sendable {
    /// A program, run without a shell: arguments are the uids; the message on standard input.
    case command(String)
    /// `sendmail -t` of the local mail transfer agent.
    case sendmail(path: String, from: String)

    public var name: String {
        switch self {
        case .command: "command"
        case .sendmail: "sendmail"
        }
    }

    /// Delivers `notification`; a non-zero exit or a missing program is an error.
    func send(_ notification: Notification) async throws(NotificationError) {
        switch self {
        case .command(let path):
            try await Self.run(
                path, arguments: notification.uids, input: notification.body,
                environment: [
                    "HAKAKSES_SUBJECT": notification.subject, "HAKAKSES_KIND": notification.kind.rawValue,
                    "HAKAKSES_REQUEST": notification.request, "HAKAKSES_STEP": notification.step,
                    "HAKAKSES_TO": notification.addresses.joined(separator: ","),
                ])
        case .sendmail(let path, let from):
            guard !notification.addresses.isEmpty else {
                throw NotificationError(description: "no e-mail address for \(notification.uids.joined(separator: ", ")); set notifications.addresses or notifications.addressPattern")
            }
            let message = """
                From: \(from)
                To: \(notification.addresses.joined(separator: ", "))
                Subject: \(notification.subject)
                Content-Type: text/plain; charset=utf-8

                \(notification.body)
                """
            try await Self.run(path, arguments: ["-t", "-i"], input: message, environment: [:])
        }
    }

    private static func run(_ path: String, arguments: [String], input: String, environment: [String: String])
        async throws(NotificationError)
    {
        let result: Result<Int32, NotificationError> = await withCheckedContinuation { continuation in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: path)
            process.arguments = arguments
            var env = ProcessInfo.processInfo.environment
            env.merge(environment) { _, new in new }
            process.environment = env
            let stdin = Pipe()
            process.standardInput = stdin
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            process.terminationHandler = { finished in continuation.resume(returning: .success(finished.terminationStatus)) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(returning: .failure(NotificationError(description: "cannot run \(path): \(error.localizedDescription)")))
                return
            }
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try? stdin.fileHandleForWriting.close()  // try?: closing the stdin of a child that may have exited; its exit status below decides
        }
        switch result {
        case .success(0): return
        case .success(let status): throw NotificationError(description: "\(path) exited \(status)")
        case .failure(let error): throw error
        }
    }
}
