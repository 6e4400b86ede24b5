import AccessStore
import AccessWorkflow
import DirectorySync
import Foundation
import LDAP
import Testing
import WorkflowFixtures

/// Why the bridge stopped, why a handover failed and why someone left the roster, in Bahasa Indonesia.
@Suite("Directory errors in Bahasa Indonesia")
struct BridgeErrorLanguageTests {
    @Test("every case of BridgeError and Handover.Failure (with each reason an account is not ready)")
    func bridgeAndHandover() throws {
        let down = LDAPError(code: .serverDown, diagnostic: "Can't contact LDAP server", operation: "bind")
        let refused = LDAPError(code: .insufficientAccessRights, operation: "search")
        let anchor = AuditAnchor(seq: 42, hash: String(repeating: "ab", count: 32))
        let bridge: [BridgeError] = [
            .auditBroken(AuditBreak(seq: 7, problem: .missing(found: 8))),
            .anchorMismatch(AnchorMismatch(anchor: anchor, kind: .behind(head: 40))), .anchorEntryMissing("cn=audit-anchor,ou=services"),
            .directoryUnavailable(down), .directory(refused), .store(.busy), .inconsistent("no username"),
        ]
        expectEveryCaseSaid(bridge)
        let key = PersonKey.nip(try NIP("19900115 201503 1 002"))
        expectEveryCaseSaid([
            Handover.Failure.notOnRoster(key), .notProvisioned(key, .noUsername), .notProvisioned(key, .notInDirectory("uid=budi")),
            .notProvisioned(key, .locked("uid=budi")), .bridge(.store(.busy)), .notRecorded(.busy),
        ])
    }

    @Test("why someone left the roster, and an apply over the change limit")
    func departuresAndLimit() throws {
        let number = try DecreeNumber("000.8.3.3/240/Dukcapil/2026")
        let date = try CivilDate(year: 2026, month: 12, day: 31)
        let departures: [Departure] = [
            .revoked(.transfer, "pindah ke Dinas Kominfo"), .revoked(.death, ""), .expired(number, date),
            .superseded(number, by: number), .notYetEffective(number, date), .withdrawn("REQ-1"),
        ]
        for departure in departures {
            #expect(departure.text(in: .english) == departure.description)
            #expect(!departure.text(in: .indonesian).isEmpty && departure.text(in: .indonesian) != departure.description)
        }
        #expect(Departure.revoked(.transfer, "").text(in: .indonesian) == "dicabut (mutasi)")
        let limit = ChangeLimitExceeded(entries: 12, percent: 40, managed: 30, limitPercent: 10, alwaysAllowed: 5)
        #expect(limit.description.hasPrefix("the apply would change 12 entries, 40.0% of the 30 managed entries"))
        #expect(limit.text(in: .indonesian).hasPrefix("penerapan akan mengubah 12 entri") && limit.text(in: .indonesian).contains("--force"))
    }
}

extension BridgeError: CaseCounted {
    static let caseCount = 7

    var caseIndex: Int {
        switch self {
        case .auditBroken: 0
        case .anchorMismatch: 1
        case .anchorEntryMissing: 2
        case .directoryUnavailable: 3
        case .directory: 4
        case .store: 5
        case .inconsistent: 6
        }
    }
}

extension Handover.Failure: CaseCounted {
    static let caseCount = 4

    var caseIndex: Int {
        switch self {
        case .notOnRoster: 0
        case .notProvisioned: 1
        case .bridge: 2
        case .notRecorded: 3
        }
    }
}
