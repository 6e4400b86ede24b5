import Foundation
import Testing
@testable import DirectorySync

@Suite("Work on a thread of its own")
struct OwnThreadTests {
    @Test func theResultComesBackFromANamedThread() async {
        let (sum, name) = await OwnThread.run(name: "hak-akses test") { ((1...1000).reduce(0, +), Thread.current.name) }
        #expect(sum == 500_500)
        #expect(name == "hak-akses test")
    }

    /// Each waits for the other: only two threads running at once finish both before the timeout.
    @Test func twoRunsRunAtOnce() async {
        let first = DispatchSemaphore(value: 0), second = DispatchSemaphore(value: 0)
        async let a = OwnThread.run(name: "a") { () -> Bool in
            first.signal()
            return second.wait(timeout: .now() + 10) == .success
        }
        async let b = OwnThread.run(name: "b") { () -> Bool in
            second.signal()
            return first.wait(timeout: .now() + 10) == .success
        }
        let (metA, metB) = await (a, b)
        #expect(metA && metB)
    }
}
