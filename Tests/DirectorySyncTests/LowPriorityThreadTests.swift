import Foundation
import Testing
@testable import DirectorySync
#if canImport(Glibc)
import Glibc
#endif

@Suite("Work off the critical path runs at a lower priority")
struct LowPriorityThreadTests {
    #if canImport(Glibc)
    @Test func theThreadIsNicerThanItsCallerAndTheCallerIsUnchanged() async {
        let which = __priority_which_t(PRIO_PROCESS.rawValue)
        let before = getpriority(which, 0)
        let inside = await LowPriorityThread.run(name: "test") { getpriority(which, 0) }
        #expect(inside == min(before + LowPriorityThread.niceness, 19))
        #expect(getpriority(which, 0) == before, "only the work's own thread is lowered")
    }
    #endif

    @Test func theResultComesBack() async {
        let values = await LowPriorityThread.run(name: "test") { (1...1000).reduce(0, +) }
        #expect(values == 500_500)
    }
}
