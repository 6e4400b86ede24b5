import ArgumentParser
import Foundation
import OfficeService

/// Who is proposed: one candidate by options, or a proposal list from a spreadsheet.
struct CandidateOptions: ParsableArguments {
    @Option(name: .long, help: "Proposal list (CSV with Nama, NIP, NIK, Peran, Unit Kerja, Jabatan), for list requests.")
    var candidates: String?
    @Option(name: .long, help: "The candidate's name with titles.") var name: String?
    @Option(name: .long, help: "The candidate's NIP.") var nip: String?
    @Option(name: .long, help: "The candidate's NIK.") var nik: String?
    @Option(name: .long, help: "The SIAK role asked for: administrator, verifikator or operator.") var role: String?
    @Option(name: .long, help: "The candidate's work unit (unit kerja).") var unit: String?
    @Option(name: .long, help: "The candidate's position (jabatan).") var position: String?

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
    @Option(name: .long, help: "The applicant's name (default: the candidate of a single request, else you).") var applicantName: String?
    @Option(name: .long, help: "The applicant's NIP.") var applicantNip: String?
    @Option(name: .long, help: "The applicant's NIK.") var applicantNik: String?
    @Option(name: .long, help: "The applicant's staff login, if they have one.") var applicantUid: String?

    var input: PersonInput? {
        applicantName.map { PersonInput(name: $0, nip: applicantNip, nik: applicantNik, uid: applicantUid) }
    }
}
