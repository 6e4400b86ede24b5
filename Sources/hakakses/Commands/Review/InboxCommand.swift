import ArgumentParser
import Foundation
import OfficeService

/// `hakakses inbox`: what waits for me (requests at a step of one of my roles, and returned requests I may
/// resubmit), overdue first, then oldest first, with the time used.
struct InboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "inbox", abstract: helpText(
        "What waits for you.",
        id: "Yang menunggu tindakan Anda."))
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reporting {
            let (inbox, office) = try await OfficeLink.with(config, staff) { link in
                (try await link.perform(InboxQuery(), needsStaff: true), output.json ? nil : try await link.profile())
            }
            guard let office else { try printJSON(inbox.rows); return }
            let c = Catalogue.columns
            var table = Table(c.request, c.step, c.title, c.waitingSince, c.timeUsed)
            for row in inbox.rows {
                let used = row.standardSeconds > 0
                    ? Format.used(row.elapsedSeconds, of: row.standardSeconds, mark: row.overdue ? Catalogue.words.overdue : nil)
                    : "-"
                table.add(row.request, row.step, row.title, Format.time(row.waitingSince, office), used)
            }
            table.print(empty: Catalogue.requests.nothingWaits(for: inbox.uid, roles: inbox.roles))
            for number in inbox.decreesToConfirm { say(Catalogue.decrees.awaitsYourConfirmation(number)) }
            for reset in inbox.passwordResets ?? [] {
                say(Catalogue.reset.waiting(reset.username, since: Format.time(reset.requestedAt, office), contact: reset.contact))
            }
        }
    }
}
