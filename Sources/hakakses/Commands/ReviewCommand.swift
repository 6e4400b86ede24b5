import ArgumentParser
import Foundation
import OfficeService

/// `hakakses review …`: access reviews — who still needs SIAK access (Permendagri 95/2019), confirmed or removed by
/// the reviewers, signed off by the Kadis.
struct ReviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: helpText(
            "Access reviews: start one over today's roster, confirm or remove each holder, the Kadis signs it off.",
            id: """
            Review hak akses: mulai satu atas daftar petugas hari ini, putuskan tetap \
            atau cabut untuk setiap pemegang akses, lalu Kadis menandatanganinya.
            """),
        discussion: helpText(
            """
            At the sign-off the removed lose access at once; holders nobody \
            confirmed lose it after 14 days. Every decision is in the audit log.
            """,
            id: """
            Saat review ditandatangani, yang dicabut langsung kehilangan akses; pemegang akses yang tidak \
            dikonfirmasi siapa pun kehilangan aksesnya setelah 14 hari. Setiap keputusan tercatat dalam log audit.
            """),
        subcommands: [ReviewStart.self, ReviewList.self, ReviewDueCommand.self, ReviewShow.self, ReviewKeep.self, ReviewRemove.self, ReviewSign.self])
}

struct ReviewStart: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "start", abstract: helpText(
        "Start an access review of everyone on today's roster.",
        id: "Mulai review hak akses atas semua orang dalam daftar petugas hari ini."))
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @Argument(help: ArgumentHelp("The review's id, e.g. REV-2026-01.", id: "Nomor review, misalnya REV-2026-01.")) var id: String
    @Option(name: .long, help: ArgumentHelp(
        "The day decisions are due (YYYY-MM-DD).",
        id: "Tanggal batas keputusan (YYYY-MM-DD).")) var due: String
    @Option(name: .long, help: ArgumentHelp("A note for the record.", id: "Catatan (ikut dicatat).")) var note: String = ""

    func run() async throws {
        try await reporting {
            let row = try await OfficeLink.with(config, staff) { try await $0.perform(StartReviewCommand(id: id, due: due, note: note)) }
            say(Catalogue.reports.reviewStarted(row.id, holders: row.holders, due: row.dueOn))
        }
    }
}

struct ReviewList: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: helpText(
        "List the access reviews and their progress.",
        id: "Tampilkan daftar review hak akses dan kemajuannya."))
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reporting {
            let rows = try await OfficeLink.with(config, staff) { try await $0.perform(ReviewListQuery()) }
            if output.json { try printJSON(rows); return }
            let r = Catalogue.reports
            var table = Table(headers: ["ID", r.reviewAsOf.text(in: Shell.language), r.reviewDue.text(in: Shell.language),
                                        r.reviewCounts.text(in: Shell.language), r.reviewSigned.text(in: Shell.language)])
            for row in rows {
                table.add(row.id, row.asOf, row.dueOn, "\(row.holders) / \(row.kept) / \(row.removed) / \(row.undecided)",
                          row.signedBy ?? "-")
            }
            print(table.render())
        }
    }
}

struct ReviewShow: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: helpText(
        "Show a review's holders and the decisions that stand.",
        id: "Tampilkan pemegang akses dalam sebuah review dan keputusan yang berlaku."))
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: ArgumentHelp("The review's id.", id: "Nomor review.")) var id: String

    func run() async throws {
        try await reporting {
            let detail = try await OfficeLink.with(config, staff) { try await $0.perform(ReviewShowQuery(id: id)) }
            if output.json { try printJSON(detail); return }
            let c = Catalogue.columns, r = Catalogue.reports
            say(r.reviewHeading(detail.review.id, asOf: detail.review.asOf, due: detail.review.dueOn, signedBy: detail.review.signedBy,
                                loseAccessOn: detail.unconfirmedLoseAccessOn))
            var table = Table(headers: [c.name.text(in: Shell.language), c.nipOrNIK.text(in: Shell.language), c.roles.text(in: Shell.language),
                                        c.unit.text(in: Shell.language), c.result.text(in: Shell.language), c.by.text(in: Shell.language)])
            for h in detail.holders {
                table.add(h.name, h.nip ?? h.person, h.roles.joined(separator: ", "), h.workUnits.joined(separator: ", "),
                          h.decision.map { Catalogue.words.outcome($0).text(in: Shell.language) + (h.note.map { $0.isEmpty ? "" : " (\($0))" } ?? "") } ?? "-",
                          h.decidedBy ?? "-")
            }
            print(table.render())
        }
    }
}

struct ReviewKeep: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "keep", abstract: helpText(
        "Confirm that a holder still needs their access.",
        id: "Nyatakan bahwa pemegang akses masih memerlukan aksesnya."))
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @Argument(help: ArgumentHelp("The review's id.", id: "Nomor review.")) var id: String
    @Argument(help: ArgumentHelp(
        "The holder: NIP, NIK or username.",
        id: "Pemegang akses: NIP, NIK atau nama pengguna.")) var person: String
    @Option(name: .long, help: ArgumentHelp("A note for the record.", id: "Catatan (ikut dicatat).")) var note: String = ""

    func run() async throws {
        try await reporting {
            try await ReviewDecision.record(config, staff, id: id, person: person, keep: true, note: note)
        }
    }
}

struct ReviewRemove: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: helpText(
        "Remove a holder's access at the sign-off, with the reason.",
        id: "Cabut akses seorang pemegang saat review ditandatangani, beserta alasannya."))
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @Argument(help: ArgumentHelp("The review's id.", id: "Nomor review.")) var id: String
    @Argument(help: ArgumentHelp(
        "The holder: NIP, NIK or username.",
        id: "Pemegang akses: NIP, NIK atau nama pengguna.")) var person: String
    @Option(name: .long, help: ArgumentHelp("Why (recorded).", id: "Alasan (dicatat).")) var note: String

    func run() async throws {
        try await reporting {
            try await ReviewDecision.record(config, staff, id: id, person: person, keep: false, note: note)
        }
    }
}

struct ReviewSign: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "sign", abstract: helpText(
        "Sign a review off, as the Kadis: its removals take effect.",
        id: "Tanda tangani review sebagai Kadis: pencabutan di dalamnya mulai berlaku."))
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @Argument(help: ArgumentHelp("The review's id.", id: "Nomor review.")) var id: String
    @Option(name: .long, help: ArgumentHelp("A note for the record.", id: "Catatan (ikut dicatat).")) var note: String = ""

    func run() async throws {
        try await reporting {
            let row = try await OfficeLink.with(config, staff) { try await $0.perform(SignReviewCommand(id: id, note: note)) }
            say(Catalogue.reports.reviewSignedOff(row.id, removed: row.removed, undecided: row.undecided))
        }
    }
}

struct ReviewDueCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "due", abstract: helpText(
            "Who must be confirmed in a review by when (the SOP's review.everyMonths), most overdue first.",
            id: """
            Siapa yang harus dikonfirmasi dalam review dan paling lambat kapan \
            (review.everyMonths dalam SOP), yang paling lama terlambat lebih dulu.
            """))
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reporting {
            let rows = try await OfficeLink.with(config, staff) { try await $0.perform(ReviewsDueQuery()) }
            if output.json { try printJSON(rows); return }
            let c = Catalogue.columns, r = Catalogue.reports
            if rows.isEmpty { say(r.noReviewInterval); return }
            var table = Table(headers: [c.name.text(in: Shell.language), c.roles.text(in: Shell.language), c.from.text(in: Shell.language),
                                        r.reviewDue.text(in: Shell.language), c.result.text(in: Shell.language)])
            for row in rows {
                table.add(row.name, row.roles.joined(separator: ", "), row.since, row.dueOn,
                          (row.overdue ? Catalogue.words.overdue : Catalogue.words.withinStandard).text(in: Shell.language))
            }
            print(table.render())
        }
    }
}

/// `review keep` and `review remove`: one decision, then the review's progress.
enum ReviewDecision {
    static func record(_ config: ConfigOptions, _ staff: StaffOptions, id: String, person: String, keep: Bool, note: String) async throws {
        let row = try await OfficeLink.with(config, staff) {
            try await $0.perform(DecideReviewCommand(id: id, person: person, keep: keep, note: note))
        }
        say(Catalogue.reports.reviewProgress(row.id, kept: row.kept, removed: row.removed, undecided: row.undecided))
    }
}
