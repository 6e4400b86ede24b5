import Foundation
import Testing
@testable import AccessWorkflow
import WorkflowFixtures

/// Sample SK attachments built from the people in `People`.
enum RosterCSVSamples {
    static let header = "No;Nama;NIP;NIK;Peran;Unit Kerja;Jabatan"
    static let budi = "1;Budi Santoso, S.Kom;19900115 201503 1 002;6208011501900003;operator;Bidang PIAK;Operator SIAK"
    static let siti = "2;Siti Rahmawati, A.Md.;199203202018012001;6208016003920001;Verifikator aplikasi SIAK;Bidang PIAK;"
    static let rina = "3;Rina Lestari;;6208024507950002;Operator + verifikator;Kecamatan Sukamara;"
    static let ahmad = "4;Ahmad Fauzi, S.T.;19800510 200501 1 003;;ADMINISTRATOR;Seksi SIAK;Kepala Seksi"

    /// The lines joined with `ending` (and a final line end).
    static func text(_ lines: [String], ending: String = "\r\n") -> String {
        lines.map { $0 + ending }.joined()
    }

    /// The grants of header + budi + siti + rina.
    static func expectedGrants() throws -> [Grant] {
        [
            try Grant(person: try People.budi(), roles: ["operator"], workUnit: "Bidang PIAK", position: "Operator SIAK"),
            try Grant(person: try People.siti(), roles: ["verifikator"], workUnit: "Bidang PIAK"),
            try Grant(person: try People.rina(), roles: ["operator", "verifikator"], workUnit: "Kecamatan Sukamara"),
        ]
    }

    static func parse(_ text: String, catalogue: RoleCatalogue = .standard) throws(RosterCSVError) -> RosterCSVImport {
        try RosterCSV.parse(text, catalogue: catalogue)
    }

    /// The line errors of a file that must fail with `.lines`; records an issue otherwise.
    static func lineErrors(_ text: String, catalogue: RoleCatalogue = .standard,
                           sourceLocation: SourceLocation = #_sourceLocation) -> [RosterCSVError.LineError] {
        do {
            let result = try RosterCSV.parse(text, catalogue: catalogue)
            Issue.record("expected line errors, got \(result.grants.count) grants", sourceLocation: sourceLocation)
        } catch .lines(let errors) {
            return errors
        } catch {
            Issue.record("expected line errors, got \(error)", sourceLocation: sourceLocation)
        }
        return []
    }

    /// The error of a file that must fail; records an issue if it parses.
    static func error(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> RosterCSVError? {
        do {
            let result = try RosterCSV.parse(text, catalogue: .standard)
            Issue.record("expected an error, got \(result.grants.count) grants", sourceLocation: sourceLocation)
            return nil
        } catch {
            return error
        }
    }
}

/// (line, column) of each error, for compact expectations.
func positions(_ errors: [RosterCSVError.LineError]) -> [String] {
    errors.map { "\($0.line) \($0.column ?? "-")" }
}
