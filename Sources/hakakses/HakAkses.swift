import ArgumentParser
import DirectorySync

/// `hakakses`: SIAK operator access by the office's SOP, approved by its
/// officials, provisioned to OpenLDAP only with a complete approval chain.
@main
struct HakAkses: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hakakses",
        abstract: helpText(
            "Grant, track and revoke SIAK operator access by the office's SOP.",
            id: "Memberi, memantau, dan mencabut hak akses operator SIAK sesuai SOP kantor."),
        discussion: helpText(
            """
            Configuration: --config FILE, or $HAKAKSES_CONFIG, or .hakakses/config.yaml (made by `hakakses init`). Exit status: 0 \
            done, 1 refused (the reason is printed), 2 bad input or configuration, 3 directory or database unreachable (retry \
            later). Language: Bahasa Indonesia with LANG=id_ID.UTF-8, English otherwise; --lang id|en or $HAKAKSES_LANG choose.
            """,
            id: """
            Konfigurasi: --config FILE, atau $HAKAKSES_CONFIG, atau .hakakses/config.yaml (dibuat oleh `hakakses \
            init`). Status keluar: 0 selesai, 1 ditolak (alasannya dicetak), 2 masukan atau konfigurasi salah, 3 \
            direktori atau basis data tidak dapat dihubungi (coba lagi nanti). Bahasa: Bahasa Indonesia bila \
            LANG=id_ID.UTF-8, selain itu bahasa Inggris; pilih dengan --lang id|en atau $HAKAKSES_LANG.
            """),
        version: HakAksesVersion.current,
        subcommands: [
            InitCommand.self, LoginCommand.self, LogoutCommand.self, RequestCommand.self, InboxCommand.self,
            ApproveCommandCLI.self, RejectCommandCLI.self, ReturnCommandCLI.self,
            DecreeCommand.self, DocumentCommand.self, RosterCommand.self, SLACommand.self, AuditCommand.self,
            SyncCommandCLI.self, HandoverCommandCLI.self, RevokeCommandCLI.self, ReconcileCommandCLI.self, ServeCommand.self,
            StaffCommand.self, DirectoryCommand.self, PolicyCommand.self, SOPCommand.self, ReviewCommand.self, ActingCommand.self, BackupCommand.self, RestoreCommand.self, ReplicaCommand.self,
        ]
    )

    /// For a one-shot command (everything but `serve`): tunes the allocator (see ``MemoryTuning``) and keeps large
    /// values given up near the end until exit (see ``ReleaseInBackground``); then parses and runs.
    static func main() async {
        if CommandLine.arguments.dropFirst().first != "serve" {
            MemoryTuning.applyForOneShotCommand()
            ReleaseInBackground.keepUntilExit()
        }
        await main(nil)
    }
}
