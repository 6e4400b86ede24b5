@testable import DirectorySync
import Testing

/// Issue 23: a managed attribute named by a misspelt name used to be read as slot 0 (`cn`) through `?? 0`; it now
/// stops the program where the name is first used (the names are this module's own, never outside input).
@Suite("OperatorMapping: a managed attribute is found by its name or not at all")
struct OperatorMappingSlotTests {
    @Test func everyManagedAttributeHasItsOwnSlot() {
        for (index, name) in OperatorMapping.managedAttributes.enumerated() {
            #expect(OperatorMapping.slot(name) == index, "\(name)")
            #expect(OperatorMapping.slot(name.uppercased()) == index, "\(name) in capitals")
        }
        #expect(OperatorMapping.nipSlot == OperatorMapping.managedAttributes.firstIndex(of: "siakNIP"))
        #expect(OperatorMapping.nikSlot == OperatorMapping.managedAttributes.firstIndex(of: "siakNIK"))
        #expect(OperatorMapping.accessEndSlot == OperatorMapping.managedAttributes.firstIndex(of: "siakAccessEnd"))
    }

    @Test func aMisspeltAttributeStopsInsteadOfReadingCN() async {
        await #expect(processExitsWith: .failure) {
            _ = OperatorMapping.slot("siakNPI")
        }
    }
}
