import ArgumentParser
import Foundation
import OfficeService

/// Who is proposed: one candidate by options, or a proposal list from a spreadsheet.
struct CandidateOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Proposal list (CSV with Nama, NIP, NIK, Peran, Unit Kerja, Jabatan), for list requests.",
        id: "Daftar usulan (CSV dengan Nama, NIP, NIK, Peran, Unit Kerja, Jabatan), untuk permohonan berupa daftar."))
    var candidates: String?
    @Option(name: .long, help: ArgumentHelp("The candidate's name with titles.", id: "Nama calon dengan gelar.")) var name: String?
    @Option(name: .long, help: ArgumentHelp("The candidate's NIP.", id: "NIP calon.")) var nip: String?
    @Option(name: .long, help: ArgumentHelp("The candidate's NIK.", id: "NIK calon.")) var nik: String?
    @Option(name: .long, help: ArgumentHelp(
        "The SIAK role asked for: administrator, verifikator or operator.",
        id: "Peran SIAK yang diminta: administrator, verifikator atau operator.")) var role: String?
    @Option(name: .long, help: ArgumentHelp("The candidate's work unit (unit kerja).", id: "Unit kerja calon.")) var unit: String?
    @Option(name: .long, help: ArgumentHelp("The candidate's position (jabatan).", id: "Jabatan calon.")) var position: String?

    var isEmpty: Bool { candidates == nil && name == nil }

    /// The list file, if one is given.
    func list() throws(OfficeError) -> CSVUpload? {
        guard let candidates else { return nil }
        guard name == nil, nip == nil, nik == nil, role == nil, unit == nil else {
            throw .badInput(.candidatesTwice)
        }
        return try Upload.csv(candidates, what: .proposalList)
    }

    /// The one candidate, if given by options.
    func single() throws(OfficeError) -> CandidateInput? {
        guard candidates == nil else { return nil }
        guard let name else { return nil }
        return CandidateInput(name: name, nip: nip, nik: nik, role: role ?? "", unit: unit ?? "", position: position)
    }
}

/// The applicant (pemohon), when it is not the one filing.
struct ApplicantOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The applicant's name (default: the candidate of a single request, else you).",
        id: "Nama pemohon (bila tidak diisi: calon dalam permohonan satu orang, atau Anda sendiri).")) var applicantName: String?
    @Option(name: .long, help: ArgumentHelp("The applicant's NIP.", id: "NIP pemohon.")) var applicantNip: String?
    @Option(name: .long, help: ArgumentHelp("The applicant's NIK.", id: "NIK pemohon.")) var applicantNik: String?
    @Option(name: .long, help: ArgumentHelp(
        "The applicant's staff login, if they have one.",
        id: "Nama login pegawai milik pemohon, bila ada.")) var applicantUid: String?

    var input: PersonInput? {
        applicantName.map { PersonInput(name: $0, nip: applicantNip, nik: applicantNik, uid: applicantUid) }
    }
}
