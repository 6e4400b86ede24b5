import ArgumentParser
import OfficeService

/// `--confirm ID=NOTE`: an identity warning (a soft check that failed, such as a NIP whose birth date differs from
/// the NIK's) confirmed by the official with a note, which is recorded.
struct ConfirmOptions: ParsableArguments {
    @Option(name: .customLong("confirm"), help: ArgumentHelp(
        """
        Confirm an identity warning by its id with a note (recorded), e.g. --confirm birth-date-mismatch:nip:…="tanggal \
        lahir dikoreksi, SK CPNS terlampir", or --confirm no-nip:nik:…="tenaga kontrak kelurahan, surat tugas Lurah" \
        for a candidate without a NIP. A refused command lists the warnings and their ids.
        """,
        id: """
        Konfirmasi peringatan identitas menurut id-nya dengan catatan (dicatat), misalnya --confirm \
        birth-date-mismatch:nip:…="tanggal lahir dikoreksi, SK CPNS terlampir", atau --confirm no-nip:nik:…="tenaga kontrak \
        kelurahan, surat tugas Lurah" untuk calon tanpa NIP. Perintah yang ditolak mencantumkan peringatan beserta id-nya.
        """,
        valueName: "id=note"))
    var confirmations: [String] = []

    func parsed() throws(OfficeError) -> [String: String] {
        try InputParsing.confirmationItems(confirmations)
    }
}
