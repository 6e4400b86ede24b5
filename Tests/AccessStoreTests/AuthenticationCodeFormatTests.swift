import Foundation
import Testing
@testable import AccessStore

/// The codes stored beside checkpoints, day rosters and compact payloads must stay what earlier versions wrote, or a
/// database would distrust its own checkpoints after an upgrade. Pinned against HMAC-SHA-256 computed outside Swift
/// (Python's `hmac`) over the documented layout: "hak-akses <domain>\n", then each field and the bytes after their
/// length as 8 big-endian bytes.
@Suite("Authentication codes keep their format")
struct AuthenticationCodeFormatTests {
    let key: AuditKey

    init() throws { key = try AuditKey(bytes: Array(0..<32) as [UInt8]) }

    @Test func compactPayload() {
        #expect(CompactPayloads.code(key: key, recordHash: "abc", payload: #"{"x":1}"#)
            == "3a4a832abfe5022b83bc7959024af92c4d7585bf8cbdeba5ac4c16721b4f2b2c")
    }

    @Test func checkpoint() {
        let code = [UInt8]([1, 2, 3]).withUnsafeBytes {
            Checkpoints.code(key: key, context: "ctx", seq: 7, hash: "h", createdAt: "2025-01-01T00:00:00.000Z", state: $0)
        }
        #expect(code == "4db3d4e32dba4703c147fd0fa3555a1b7c37083bbb22fa526b97d4150609954a")
    }

    @Test func dayRoster() {
        let code = [UInt8]([9]).withUnsafeBytes {
            DayRosters.code(key: key, context: "ctx", seq: 7, hash: "h", day: "2025-02-05", roster: $0)
        }
        #expect(code == "7e93f7ccf88e2ba930eac13592550a77e3b08e3fcb63be58ef9f3d269e0e96fb")
    }

    /// Each record's code starts from a prepared copy of the keyed state: the copy must not carry one record's hash
    /// into the next.
    @Test func recordCodes() {
        #expect(key.mac(recordHash: "abc") == "f4eff5be0fb8526458397203f1b486d54c81a26153c133e2b95eb30df0b30ea7")
        #expect(key.mac(recordHash: "def") == "00e4ef22d5c986cad155de37d6425eb67317b4c4e4b9452143988f9b5f4e61df")
        #expect(key.mac(recordHash: "abc") == "f4eff5be0fb8526458397203f1b486d54c81a26153c133e2b95eb30df0b30ea7")
        #expect(key.isValid(mac: "00e4ef22d5c986cad155de37d6425eb67317b4c4e4b9452143988f9b5f4e61df", recordHash: "def"))
        #expect(!key.isValid(mac: "00e4ef22d5c986cad155de37d6425eb67317b4c4e4b9452143988f9b5f4e61df", recordHash: "abc"))
    }

    @Test func hexAndComparison() {
        #expect(Digests.sha256(Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(Digests.hex([0x00, 0x0f, 0xa5, 0xff] as [UInt8]) == "000fa5ff")
        #expect(Digests.hex(AnySequence([0x10, 0x01] as [UInt8])) == "1001")
        #expect(Digests.equal("abc", "abc") && !Digests.equal("abc", "abd") && !Digests.equal("abc", "abcd") && !Digests.equal("", ""))
    }
}
