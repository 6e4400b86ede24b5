import AccessWorkflow
import ArgumentParser
import Foundation

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

    func read(catalogue: RoleCatalogue) throws(CLIError) -> [Candidate] {
        if let file = candidates {
            guard name == nil, nip == nil, nik == nil, role == nil, unit == nil else {
                throw .badInput("give either --candidates FILE or --name/--nip/--nik/--role/--unit, not both")
            }
            return try CandidateList.read(file: file, catalogue: catalogue)
        }
        guard let name else { throw .badInput("who is proposed? give --name (with --nip or --nik, --role, --unit) or --candidates FILE") }
        guard let role else { throw .badInput("--role is missing; one of: \(catalogue.ids.map(\.rawValue).joined(separator: ", "))") }
        guard let unit else { throw .badInput("--unit (unit kerja) is missing") }
        do {
            let person = try Person(name: try PersonName(name), nip: try nip.map { try NIP($0) }, nik: try nik.map { try NIK($0) })
            let id = try catalogue.role(SIAKRoleID(rawValue: role.lowercased())).id
            return [try Candidate(person: person, role: id, workUnit: unit, position: position)]
        } catch {
            throw .badInput("\(error)")
        }
    }
}

/// The applicant (pemohon), when it is not the one filing.
struct ApplicantOptions: ParsableArguments {
    @Option(name: .long, help: "The applicant's name (default: the candidate of a single request, else you).") var applicantName: String?
    @Option(name: .long, help: "The applicant's NIP.") var applicantNip: String?
    @Option(name: .long, help: "The applicant's NIK.") var applicantNik: String?
    @Option(name: .long, help: "The applicant's staff login, if they have one.") var applicantUid: String?

    func person(default fallback: Person) throws(CLIError) -> Person {
        guard let applicantName else { return fallback }
        do {
            return try Person(
                name: try PersonName(applicantName), nip: try applicantNip.map { try NIP($0) },
                nik: try applicantNik.map { try NIK($0) }, uid: applicantUid)
        } catch {
            throw .badInput("applicant: \(error)")
        }
    }
}
