import ArgumentParser
import OfficeService

/// `hakakses handover PERSON --received-by NAME`: set and show the initial password once.
struct HandoverCommandCLI: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "handover",
        abstract: "Hand an operator their username and an initial password (shown once, must be changed at the first login).",
        discussion: "The password is never stored or logged; who received it and when is recorded. When everyone of the request has received theirs, its handover step is recorded too.")
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "The operator: username, NIP or NIK.") var operatorID: String
    @Option(name: .long, help: "Who received it (name as signed on the receipt).") var receivedBy: String
    @Option(name: .long, help: "The request this handover completes (default: the operator's request waiting at its handover step).")
    var request: String?

    func run() async throws {
        try await reporting {
            let receipt = try await OfficeLink.with(config, staff) {
                try await $0.perform(HandoverCommand(person: operatorID, receivedBy: receivedBy, request: request))
            }
            if output.json {
                try printJSON([
                    "person": receipt.person, "name": receipt.name, "username": receipt.username, "dn": receipt.dn,
                    "password": receipt.password,
                ])
                return
            }
            print("handed over to \(receivedBy) — write it down now, it is shown only once:")
            print("  name      \(receipt.name)")
            print("  username  \(receipt.username)")
            print("  password  \(receipt.password)")
            print("  (must be changed at the first login)")
            if let progress = receipt.progress {
                if receipt.stillToReceive.isEmpty {
                    print(Format.progress(progress))
                } else {
                    print("\(progress.request): \(receipt.stillToReceive.count) still to receive their account: \(receipt.stillToReceive.joined(separator: ", "))")
                }
            }
        }
    }
}
