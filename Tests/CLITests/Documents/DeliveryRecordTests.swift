import AccessStore
import Foundation
@testable import OfficeService
import Testing

/// Issue 23: an authenticated handover record that names no person used to be skipped (`try?`), so the BAST left
/// out a delivery without a word; it is now an error that names the record.
@Suite("Documents: handover records are read whole or refused")
struct DeliveryRecordTests {
    struct Delivery: Encodable {
        let username: String, dn: String, receivedBy: String
    }

    @Test func aHandoverRecordThatNamesNoPersonIsRefusedByNumber() throws {
        let store = try AccessStore.inMemory()
        _ = try store.append(kind: "handover.delivered", actor: "adb2", subject: "nip:199001152015031002",
                             payload: Delivery(username: "budi.santoso", dn: "uid=budi.santoso", receivedBy: "Budi Santoso"))
        let good = try DocumentFacts.Delivery.all(store)
        #expect(good.map(\.username) == ["budi.santoso"])

        let damaged = try store.append(kind: "handover.delivered", actor: "adb2", subject: "budi",
                                       payload: Delivery(username: "budi", dn: "uid=budi", receivedBy: "Budi"))
        let error = #expect(throws: StoreError.self) { try DocumentFacts.Delivery.all(store) }
        guard case .undecodableRecord(let seq, let reason)? = error else {
            Issue.record("expected undecodableRecord, got \(String(describing: error))")
            return
        }
        #expect(seq == damaged.seq && reason.contains("'budi'"), "\(reason)")
    }
}
