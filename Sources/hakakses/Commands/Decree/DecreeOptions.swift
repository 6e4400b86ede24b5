import ArgumentParser
import OfficeService

/// The SK's particulars, as printed on it.
struct DecreeOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "SK number, e.g. 000.8.3.3/240/Dukcapil/2025.",
        id: "Nomor SK, misalnya 000.8.3.3/240/Dukcapil/2025.")) var number: String
    @Option(name: .long, help: ArgumentHelp("Title.", id: "Judul SK (tentang).")) var title: String = "Pengelolaan Aplikasi SIAK"
    @Option(name: .long, help: ArgumentHelp(
        "Signing date (YYYY-MM-DD); left out where the Kadis signs at the SOP's sign step (hakakses decree sign).",
        id: "Tanggal ditetapkan (YYYY-MM-DD); dikosongkan bila Kadis menandatangani di tahap tanda tangan SOP (hakakses decree sign).")) var signed: String?
    @Option(name: .long, help: ArgumentHelp("In force from (YYYY-MM-DD).", id: "Berlaku mulai (YYYY-MM-DD).")) var effective: String
    @Option(name: .long, help: ArgumentHelp(
        "Last day in force (YYYY-MM-DD), if limited.",
        id: "Hari terakhir berlaku (YYYY-MM-DD), bila dibatasi.")) var until: String?
    @Option(name: .long, help: ArgumentHelp(
        "Number of an SK this one replaces (repeatable).",
        id: "Nomor SK yang digantikan SK ini (dapat diulang).")) var supersedes: [String] = []
    @Option(name: .long, help: ArgumentHelp(
        "The signing Kepala Dinas's name with titles; left out where the Kadis signs at the SOP's sign step.",
        id: "Nama Kepala Dinas penanda tangan dengan gelar; dikosongkan bila Kadis menandatangani di tahap tanda tangan SOP.")) var signerName: String?
    @Option(name: .long, help: ArgumentHelp(
        "The signing Kepala Dinas's NIP; left out where the Kadis signs at the SOP's sign step.",
        id: "NIP Kepala Dinas penanda tangan; dikosongkan bila Kadis menandatangani di tahap tanda tangan SOP.")) var signerNip: String?

    var input: DecreeInput {
        DecreeInput(
            number: number, title: title, signed: signed, effective: effective, until: until, supersedes: supersedes,
            signerName: signerName, signerNip: signerNip)
    }
}
