import ArgumentParser

/// `hakakses request new|list|show|resubmit|cancel`.
struct RequestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "request",
        abstract: helpText("File and follow requests for SIAK access.", id: "Ajukan dan pantau permohonan hak akses SIAK."),
        subcommands: [RequestNew.self, RequestList.self, RequestShow.self, RequestResubmit.self, RequestCancel.self])
}
