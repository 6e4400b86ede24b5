import Foundation
import Testing
import PropertyBased
@testable import AccessWorkflow
import WorkflowFixtures

/// A person's identity numbers, consistent with each other, described by their parts.
struct IdentitySpec: Sendable {
    var female: Bool
    var birthYear: Int, birthMonth: Int, birthDay: Int
    var appointmentYears: Int, appointmentMonth: Int, nipSequence: Int
    var province: Int, regency: Int, district: Int, nikSequence: Int
    /// 0: NIP only, 1: NIK only, 2: both.
    var kind: Int

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    var nip: String? {
        guard kind != 1 else { return nil }
        return Self.pad(birthYear, 4) + Self.pad(birthMonth, 2) + Self.pad(birthDay, 2)
            + Self.pad(birthYear + appointmentYears, 4) + Self.pad(appointmentMonth, 2) + (female ? "2" : "1")
            + Self.pad(nipSequence, 3)
    }

    var nik: String? {
        guard kind != 0 else { return nil }
        return Self.pad(province, 2) + Self.pad(regency, 2) + Self.pad(district, 2)
            + Self.pad(birthDay + (female ? 40 : 0), 2) + Self.pad(birthMonth, 2) + Self.pad(birthYear % 100, 2)
            + Self.pad(nikSequence, 4)
    }
}

/// A grant described by generated parts.
struct GrantSpec: Sendable {
    var identity: IdentitySpec
    var name: String
    var roles: [SIAKRoleID]
    var workUnit: String
    var position: String?

    func grant() throws -> Grant {
        try Grant(person: try People.person(name, nip: identity.nip, nik: identity.nik), roles: roles,
                  workUnit: workUnit, position: position)
    }
}

@Suite("Roster CSV properties")
struct RosterCSVPropertyTests {
    static let birth = zip(Gen.bool(), Gen.int(in: 1955...2004), Gen.int(in: 1...12), Gen.int(in: 1...28))
    static let numbers = zip(Gen.int(in: 18...40), Gen.int(in: 1...12), Gen.int(in: 1...999), Gen.int(in: 1...9999),
                             Gen.int(in: 0...2))
    static let region = zip(Gen.element(of: [11, 31, 35, 62, 94]).compactMap { $0 }, Gen.int(in: 1...99),
                            Gen.int(in: 1...99))
    static let identity = zip(birth, numbers, region).map { birth, numbers, region -> IdentitySpec in
        IdentitySpec(female: birth.0, birthYear: birth.1, birthMonth: birth.2, birthDay: birth.3,
                     appointmentYears: numbers.0, appointmentMonth: numbers.1, nipSequence: numbers.2,
                     province: region.0, regency: region.1, district: region.2, nikSequence: numbers.3, kind: numbers.4)
    }

    static let front = Gen.element(of: ["", "Drs. ", "Hj. ", "dr. ", "Prof.Dr. ", "H. ", "Ir. H. "]).compactMap { $0 }
    static let words = Gen.element(of: ["SITI", "\"ITA\"", "Muhammad", "O'Neil", "Nur-Aini", "Zaïnuddin", "山田",
                                        "=SUM(A1)", "AMINAH"]).compactMap { $0 }.array(of: 1...3)
    static let back = Gen.element(of: ["", ", S.Sos", ", S.E., M.Si.", " S.Kom", ", S.H. M.H.", ", Sarjana; Hukum"])
        .compactMap { $0 }
    static let name = zip(front, words, back).map { front, words, back -> String in
        front + words.joined(separator: " ") + back
    }
    static let roles = Gen.element(of: [["operator"], ["verifikator"], ["administrator", "operator"],
                                        ["operator", "verifikator", "administrator"]] as [[SIAKRoleID]]).compactMap { $0 }
    static let text = Gen.element(of: ["Bidang PIAK", "Seksi SIAK; Kecamatan", "Dinas \"Dukcapil\", Kab. Sukamara",
                                       "-", "+62", "@pusat", "'=x", "Bidang  PIAK", "Kecamatan Arut Selatan"])
        .compactMap { $0 }

    static let grant = zip(identity, name, roles, text, text.optional)
        .map { identity, name, roles, unit, position -> GrantSpec in
            GrantSpec(identity: identity, name: name, roles: roles, workUnit: unit, position: position)
        }

    @Test("Export then import gives the same grants, in order, on consecutive lines")
    func roundTrip() async {
        // propertyCheck ignores errors thrown by its body, so they are recorded as issues here.
        await propertyCheck(count: 200, input: Self.grant.array(of: 1...8), Gen.bool()) { specs, comma in
            do {
                try Self.checkRoundTrip(specs, separator: comma ? "," : ";")
            } catch {
                Issue.record("\(error)")
            }
        }
    }

    static func checkRoundTrip(_ specs: [GrantSpec], separator: Character) throws {
        var seen: Set<String> = []
        var grants: [Grant] = []
        for spec in specs {
            let keys = [spec.identity.nip, spec.identity.nik].compactMap { $0 }
            guard keys.allSatisfy({ !seen.contains($0) }) else { continue }
            seen.formUnion(keys)
            grants.append(try spec.grant())
        }
        let text = RosterCSV.export(grants, separator: separator)
        let niks = grants.compactMap(\.person.nik?.digits)
        if niks.count >= ExcelColumnEvidence.minimumAllZero, niks.allSatisfy({ $0.hasSuffix("0") }) {
            // Every NIK ending in 0 is what a column of number cells leaves: refused line by line, by design.
            let error = #expect(throws: RosterCSVError.self) { try RosterCSV.parse(Data(text.utf8), catalogue: .standard) }
            guard case .lines(let lines)? = error else { return }
            #expect(lines.count == niks.count && lines.allSatisfy { $0.message.contains("probably lost its last digit") })
            return
        }
        let result = try RosterCSV.parse(Data(text.utf8), catalogue: .standard)
        #expect(result.grants == grants, "\(text)")
        #expect(result.lines == Array(2..<(2 + grants.count)))
        #expect(result.separator == separator)
    }
}
