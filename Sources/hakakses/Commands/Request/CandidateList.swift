import AccessWorkflow
import Foundation

/// A proposal list read from a spreadsheet (the same columns as an SK attachment).
enum CandidateList {
    static func read(file: String, catalogue: RoleCatalogue) throws(CLIError) -> [Candidate] {
        guard let data = FileManager.default.contents(atPath: file) else { throw .badInput("cannot read the proposal list \(file)") }
        let imported: RosterCSVImport
        do { imported = try RosterCSV.parse(data, catalogue: catalogue) } catch {
            throw .badInput("\(file) was not read (nothing was filed):\n\(error)")
        }
        var candidates: [Candidate] = []
        for (grant, line) in zip(imported.grants, imported.lines) {
            guard grant.roles.count == 1, let role = grant.roles.first else {
                throw .badInput("\(file) line \(line): a proposal asks for one role per person; \(grant.person.name.displayName) has \(grant.roles.count)")
            }
            do { candidates.append(try Candidate(person: grant.person, role: role, workUnit: grant.workUnit, position: grant.position)) } catch {
                throw .badInput("\(file) line \(line): \(error)")
            }
        }
        return candidates
    }
}
