import ArgumentParser

/// `hakakses request new|list|show|resubmit|cancel`.
struct RequestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "request",
        abstract: "File and follow requests for SIAK access.",
        subcommands: [RequestNew.self, RequestList.self, RequestShow.self, RequestResubmit.self, RequestCancel.self])
}
