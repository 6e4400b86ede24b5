import Foundation
import Testing
@testable import DirectorySync

@Suite("Work on a thread of its own")
struct OwnThreadTests {
    @Test func theResultComesBackFromAnotherThread() async {
        let (sum, name) = await OwnThread.run(name: "hak-akses test") { ((1...1000).reduce(0, +), Thread.current.name) }
        #expect(sum == 500_500)
        #expect(name == "hak-akses test")
    }
}
