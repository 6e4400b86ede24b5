import AccessStore
import AccessWorkflow
import Foundation
import Testing
import WorkflowFixtures

@Suite("A large SK")
struct LargeDecreeTests {
    @Test("An SK of 50,000 grants imports in one command, queues everyone, and later commands still work")
    func fiftyThousandGrants() throws {
        let sop = try Fixtures.sukamara()
        let adb = try SukamaraCast().adb
        let store = try AccessStore.inMemory()
        let count = 50_000
        let clock = ContinuousClock()
        let grants = try (0..<count).map {
            try Grant(person: try People.operatorNumber($0), roles: ["operator"], workUnit: "Desa \($0 % 500)")
        }
        let decree = try Decree(
            number: try DecreeNumber("800/50/Dukcapil/2025"), title: "Operator SIAK Desa",
            signedOn: try CivilDate(iso: "2025-01-02"), effectiveFrom: try CivilDate(iso: "2025-01-02"),
            signer: .init(name: try PersonName("ZAINUDDIN, S.Sos"), nip: try NIP(People.kadisNIP)), grants: grants)
        let at = Fixtures.wib("2025-02-03 08:00")
        var imported: ExecutionResult?
        let importTime = try clock.measure {
            imported = try store.importInForce(decree, note: "lampiran.xlsx", by: adb, at: at, sop: sop)
        }
        #expect(imported?.intents.count == count)
        #expect(try store.dueOutbox(now: at, limit: count + 1).count == count)
        #expect(try store.rosterRows().count == count)
        let revokeTime = try clock.measure {
            try store.execute(.revoke(person: grants[7].person.key, reason: .transfer, text: "mutasi"), by: adb,
                              at: at.addingTimeInterval(60), sop: sop)
        }
        #expect(try store.rosterRows().count == count - 1)
        #expect(try store.verify(sop: sop) == .intact(count: 3, head: try store.head().hash))
        print("50,000-grant SK: import \(importTime), next command \(revokeTime)")
    }
}
