import AccessStore
import AccessWorkflow
import Foundation
import Testing
import WorkflowFixtures

/// Database failures, broken audit records, anchor mismatches and audit-key problems are said in Bahasa Indonesia.
@Suite("Store errors in Bahasa Indonesia")
struct StoreErrorLanguageTests {
    static let anchor = AuditAnchor(seq: 42, hash: String(repeating: "ab", count: 32), anchoredAt: Date(timeIntervalSince1970: 0))

    @Test("every case of StoreError")
    func storeErrors() throws {
        let key = PersonKey.nip(try NIP("19900115 201503 1 002"))
        let broken = AuditBreak(seq: 7, problem: .missing(found: 8))
        expectEveryCaseSaid([
            StoreError.folderMissing("/srv/x"), .cannotOpen(path: "/srv/x.sqlite", reason: "permission denied"), .busy,
            .database("disk I/O error"), .workflow(.alreadyCompleted("REQ-1")), .undecodableRecord(seq: 3, reason: "bad JSON"),
            .replayRefused(seq: 3, reason: .eventRefused(index: 3, summary: "s", reason: .alreadyCompleted("REQ-1")), authenticated: false),
            .replayRefused(seq: 3, reason: .eventRefused(index: 3, summary: "s", reason: .alreadyCompleted("REQ-1")), authenticated: true),
            .auditBroken(broken), .anchorMismatch(AnchorMismatch(anchor: Self.anchor, kind: .behind(head: 40))),
            .sealRefused("nothing to seal"), .invalidStoredValue(table: "requests", column: "status", value: "x"),
            .invalidKind("Bad"), .encoding("NaN"), .unknownOutbox(9), .outboxFinished(9, state: "done"),
            .usernameTaken("budi", owner: key), .invalidUsername("a b"), .usernameGeneration(key, reason: "no letters"),
            .sopNotAdopted(version: 2, sha256: String(repeating: "c", count: 64)), .sopNotAdopted(version: 1, sha256: nil),
            .invalidRequestIDPrefix("R-"), .unknownDecree(try DecreeNumber("1/2026")), .aborted("the disk is full"),
            .replicationGap(expected: 7, got: 9), .replicationUnauthentic(seq: 7),
        ])
    }

    @Test("every audit problem, in each of the three closings of a broken record; the verification and the anchor")
    func auditProblems() {
        let problems: [AuditProblem] = [
            .missing(found: 8), .truncated(referencedBy: "outbox", referenced: 9), .prevHashMismatch(expected: "a", found: "b"),
            .hashMismatch(computed: "a", stored: "b"), .macMismatch(firstRecord: true, keyFingerprint: "k"),
            .macMismatch(firstRecord: false, keyFingerprint: "k"), .unauthenticated(afterAuthenticated: true),
            .unauthenticated(afterAuthenticated: false), .undecodable("bad JSON"), .refused(.alreadyCompleted("REQ-1"), authenticated: false),
            .refused(.alreadyCompleted("REQ-1"), authenticated: true),
        ]
        expectEveryCaseSaid(problems)
        for problem in problems {
            let broken = AuditBreak(seq: 7, problem: problem)
            #expect(broken.text(in: .english) == broken.description)
            #expect(broken.text(in: .indonesian).hasPrefix("catatan audit #7 "), "\(broken.text(in: .indonesian))")
            #expect(broken.text(in: .indonesian).contains("pulihkan") || broken.text(in: .indonesian).contains("segel"))
        }
        let intact = AuditVerification.intact(count: 3, head: "abc")
        #expect(intact.text(in: .indonesian) == "log audit utuh: 3 catatan, hash terakhir abc")
        for kind in [AnchorMismatch.Kind.behind(head: 40), .diverged(found: "cd")] {
            let mismatch = AnchorMismatch(anchor: Self.anchor, kind: kind)
            #expect(mismatch.text(in: .english) == mismatch.description)
            #expect(mismatch.text(in: .indonesian).contains("hakakses audit reanchor"))
            #expect(mismatch.text(in: .indonesian) != mismatch.description)
        }
    }

    @Test("every case of AuditKeyError")
    func auditKeys() {
        expectEveryCaseSaid([
            AuditKeyError.missing("/etc/hakakses/audit.key"), .exists("/etc/hakakses/audit.key"),
            .unreadable("/etc/hakakses/audit.key", reason: "permission denied"), .tooOpen("/etc/hakakses/audit.key", mode: 0o644),
            .malformed("/etc/hakakses/audit.key"), .wrongLength(bits: 128),
        ])
    }
}

extension StoreError: CaseCounted {
    static let caseCount = 24

    var caseIndex: Int {
        switch self {
        case .folderMissing: 0
        case .cannotOpen: 1
        case .busy: 2
        case .database: 3
        case .workflow: 4
        case .undecodableRecord: 5
        case .replayRefused: 6
        case .auditBroken: 7
        case .anchorMismatch: 8
        case .sealRefused: 9
        case .invalidStoredValue: 10
        case .invalidKind: 11
        case .encoding: 12
        case .unknownOutbox: 13
        case .outboxFinished: 14
        case .usernameTaken: 15
        case .invalidUsername: 16
        case .usernameGeneration: 17
        case .invalidRequestIDPrefix: 18
        case .unknownDecree: 19
        case .aborted: 20
        case .replicationGap: 21
        case .replicationUnauthentic: 22
        case .sopNotAdopted: 23
        }
    }
}

extension AuditProblem: CaseCounted {
    static let caseCount = 8

    var caseIndex: Int {
        switch self {
        case .missing: 0
        case .truncated: 1
        case .prevHashMismatch: 2
        case .hashMismatch: 3
        case .macMismatch: 4
        case .unauthenticated: 5
        case .undecodable: 6
        case .refused: 7
        }
    }
}

extension AuditKeyError: CaseCounted {
    static let caseCount = 6

    var caseIndex: Int {
        switch self {
        case .missing: 0
        case .exists: 1
        case .unreadable: 2
        case .tooOpen: 3
        case .malformed: 4
        case .wrongLength: 5
        }
    }
}
