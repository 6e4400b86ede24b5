import AccessStore
import AccessWorkflow
import DirectorySync
import Foundation
import OfficeService
import Testing
import WorkflowFixtures

/// The office's own sentences (``OfficeMessage``) and its errors are said in Bahasa Indonesia, each case; the error's
/// kind does not depend on the language.
@Suite("Office errors in Bahasa Indonesia")
struct OfficeErrorLanguageTests {
    static func samples() throws -> [OfficeMessage] {
        let number = try DecreeNumber("000.8.3.3/240/Dukcapil/2026")
        let config = ConfigError("unknown role", at: "steps[2].executor")
        let anchor = AuditAnchor(seq: 42, hash: String(repeating: "ab", count: 32))
        var samples: [OfficeMessage] = [
            .identity(.nipSequence(input: "1990")), .request(.emptyEvidence), .decree(.noGrants(number)),
            .workflow(.unknownRequest("REQ-9")), .labelled("applicant", .identity(.emptyName(input: "Drs."))),
            .dateInvalid(label: "--signed", text: "31-12-2026", .malformedDate("31-12-2026")),
            .timeInvalid(label: "--registered", text: "23-11-2026"), .registrationIncomplete, .deviationKindUnknown("waktu"), .deviationNotLastHandover,
            .evidenceInvalid(document: "ktp", .emptyEvidence), .candidateLine(file: "usulan.csv", line: 3, .emptyEvidence),
            .detail("lists cannot be given as query parameters"),
            .said(Phrase(id: "arsip utuh", en: "archive intact")),
            .noCandidates, .candidatesTwice, .listNotRead(file: "usulan.csv", .empty),
            .oneRolePerPerson(file: "usulan.csv", line: 3, name: "Budi", roles: 2), .roleMissing(known: ["operator"]), .unitMissing,
            .unknownRole("superadmin", known: ["operator"]), .noSuchRequest("REQ-9"),
            .notACandidate("budi", request: "REQ-1", candidates: "Siti (nip:…)"), .unknownDocument("ktpp", known: ["ktp"]),
            .unknownPerson("zz"), .statusUnknown("done", known: ["completed"]), .revocationReasonUnknown("bored", known: ["death"]),
            .limitOutOfRange(0), .noApplicantNIP, .filedWithoutID, .receivedByMissing,
            .attachmentNotImported(file: "sk.csv", .noRows(headerLine: 1)), .noSuchDecree(number), .fileDamaged("scan.pdf"),
            .reconcileApplyRole("Administrator Database"), .decreeByApprove(request: "REQ-1", step: "sk", title: "Penerbitan SK"),
            .handoverTooEarly(request: "REQ-1", step: "sk", title: "Penerbitan SK"), .noAccountCreationStep,
            .handoverRole("Administrator Database"), .ownPassword,
            .notStaffLogin("a b"), .noPassword, .directoryUnreachable(code: "serverDown", diagnostic: "Can't contact LDAP server"),
            .mustChangePassword(uid: "kasi", uri: "ldap://x", dn: "uid=kasi"), .staffEntryUnusable(uid: "kasi", .invalidUID("a b")),
            .accountLocked("kasi"), .wrongPassword("kasi"), .loginRefused(uid: "kasi", detail: "x"), .loginFailed(uid: "kasi", detail: "x"),
            .jsonRequired, .jsonLoginRequired, .notLoggedIn, .csrfMissing, .loginShape, .bodyUnreadable(maxMiB: 64, detail: "x"),
            .answerUnencodable("x"), .operationNotObject("X"), .operationUnencodable("X", detail: "y"), .parameterMissing("id"),
            .queryUnreadable("x"), .queryParameterMissing("number"),
            .queryParameterType(name: "limit", value: "x", expected: .integer), .queryParameterUnsupported("x"), .bodyNotObject, .fieldMissing("id"), .fieldType("limit"), .requestUnreadable("x"),
            .serverURL("ftp://x"), .loginUnencodable("x"), .serverAnswerUnreadable(server: "https://x", detail: "y"),
            .urlUnbuildable("/api"), .serverUnreachable(server: "https://x", detail: "refused"),
            .serverStatus(server: "https://x", code: 502, reason: "Bad Gateway"),
            .lockUnopenable(path: "/x", reason: "denied"), .lockFailed(path: "/x", reason: "busy"), .databaseOwned(path: "/x", holder: "pid 1"),
            .listenAddress("x"), .tlsUnusable(certificate: "a.pem", key: "b.pem", detail: "x"), .tlsHalf,
            .notServerConfiguration(path: "/x", missing: "sop"), .sopInvalid(path: "/x", config), .sopUnreadable(path: "/x", detail: "y"),
            .rolesInvalid(path: "/x", config), .rolesUnreadable(path: "/x", detail: "y"), .noAuditKeyNamed("/x"),
            .nameParticles("x", path: "/y"), .collisions("x", path: "/y"), .usernameRule(path: "/x", .noToken(pattern: "op")),
            .directoryUnset("/x"), .noConfiguration("/x"), .auditKey(.wrongLength(bits: 8)), .noDatabase(path: "/x", configuration: "/y"),
            .localDirectoryNotStarted("/x"), .baseDNMissing("/x"), .bridgeAccountMissing("/x"), .bridgePasswordUnreadable("/x"),
            .configurationUnreadable(path: "/x", detail: "y"), .configurationInvalid(path: "/x", detail: "y"),
            .whoAreYou, .confirmForm("x"), .confirmNote("x"), .fileUnreadable(document: "ktp", path: "/x"),
            .optionForm(flag: "--evidence", item: "x"), .optionValue(flag: "--evidence", document: "ktp"),
            .rehearsalTime("tomorrow"), .passwordFileUnreadable("/x"), .passwordFileEmpty("/x"), .noTerminal, .strikeForm("x"),
            .baseDNInvalid("x", detail: "y"), .noLocalDirectory("/x"), .noLocalDirectoryRunning("/x"), .expectedHeadMissing("abc"),
            .keyAlreadyNamed(path: "/x", key: "audit.key"), .nothingLost(anchor), .configurationExists("/x"), .noShippedSOP("bandung"),
            .officeOrSOP, .sopFileInvalid(path: "/x", config), .staffOnlyLocal("/x"), .localDirectoryUnusable("x"),
            .nameInvalid(.emptyName(input: "Drs.")), .nipInvalid(.nipSequence(input: "1990")),
            .unknownWorkflowRole("camat", known: ["kasi"]), .staffExists("kasi"), .staffNotAdded(uid: "kasi", detail: "x"),
            .staffNotRead("x"), .bodyTooLarge(limitKiB: 16), .plainHTTPRefused(listen: "0.0.0.0:8750"),
            .plainHTTPServer("http://10.0.0.5:8750"),
            .recoverFirst(AnchorMismatch(anchor: anchor, kind: .behind(head: 18))), .reanchorReasonMissing,
            .nearlyEmptyLog(head: 0, anchor: 31), .whoRecovers, .backupUnwritable(path: "/x", detail: "y"),
            .notABackup("/x", reason: .noManifest), .keyBesideBackup(key: "/a", backup: "/b"), .databaseExists("/x"),
        ]
        let replicaReasons: [ReplicaRefusal] = [
            .otherKey(server: "a", key: "b"), .otherOffice(folder: "Sukamara", server: "Jepara"),
            .serverBehind(replica: 31, server: 18), .historiesDiffer(at: 18), .unverifiable(.replicationUnauthentic(seq: 19)),
            .fileDiffers(name: "dokumen/x.pdf", expected: "a", found: "b"),
        ]
        samples += replicaReasons.map { .replicaStopped("/x", reason: $0) }
        samples.append(.restoredUnchecked(source: "/media/cadangan", restoredAt: "2026-12-07T10:00:00.000Z"))
        samples += AccessRefusalSamples.all.map { .access($0) }
        samples += OfficeMessage.StaffAction.allCases.map { .officialOnly($0) }
        samples += OfficeMessage.Upload.allCases.map { .uploadUnreadable($0, path: "/x") }
        return samples
    }

    @Test("every case of OfficeMessage")
    func everyMessage() throws {
        expectEveryCaseSaid(try Self.samples())
    }

    @Test("every case of OfficeError; the kind is the same in both languages; a remote sentence is kept as it came")
    func everyError() throws {
        let errors: [OfficeError] = [
            .workflow(.unknownRequest("REQ-9")), .store(.busy), .store(.undecodableRecord(seq: 3, reason: "x")),
            .bridge(.store(.busy)), .handover(.notRecorded(.busy)), .badInput(.noCandidates), .refused(.ownPassword),
            .notFound(.noSuchRequest("REQ-9")), .unauthenticated(.notLoggedIn), .throttled(retryAfterSeconds: 60),
            .unavailable(.lockFailed(path: "/x", reason: "busy")), .forbidden(.access(.noWorkflowRole(uid: "pegawai"))),
            .tooLarge(.bodyTooLarge(limitKiB: 16)), .recoveryNeeded(.reanchorReasonMissing),
        ]
        expectEveryCaseSaid(errors)
        let remote = OfficeError.remote(.refused, "kasi tidak memegang peran Kepala Dinas")
        #expect(remote.text(in: .english) == remote.description && remote.text(in: .indonesian) == remote.description)
        #expect(OfficeError.badInput(.noCandidates).kind == .badInput)
        #expect(OfficeError.store(.undecodableRecord(seq: 3, reason: "x")).text(in: .indonesian).hasSuffix("jalankan `hakakses audit verify`"))
    }

    @Test("a message inside a message, and errors of the core inside one, are said in the same language")
    func nested() {
        let message = OfficeMessage.labelled("pemohon", .identity(.emptyName(input: "Drs.")))
        #expect(message.text(in: .indonesian) == "pemohon: " + IdentityError.emptyName(input: "Drs.").text(in: .indonesian))
        #expect(OfficeMessage.input(IdentityError.nipSequence(input: "1")) == .identity(.nipSequence(input: "1")))
        #expect(OfficeMessage.input(RequestError.emptyEvidence) == .request(.emptyEvidence))
    }
}

extension OfficeMessage: CaseCounted {
    static let caseCount = 143

    var caseIndex: Int {
        switch self {
        case .identity: 0
        case .request: 1
        case .decree: 2
        case .workflow: 3
        case .labelled: 4
        case .dateInvalid: 5
        case .evidenceInvalid: 6
        case .candidateLine: 7
        case .detail: 8
        case .noCandidates: 9
        case .candidatesTwice: 10
        case .listNotRead: 11
        case .oneRolePerPerson: 12
        case .roleMissing: 13
        case .unitMissing: 14
        case .unknownRole: 15
        case .noSuchRequest: 16
        case .notACandidate: 17
        case .unknownDocument: 18
        case .unknownPerson: 19
        case .statusUnknown: 20
        case .revocationReasonUnknown: 21
        case .limitOutOfRange: 22
        case .noApplicantNIP: 23
        case .filedWithoutID: 24
        case .receivedByMissing: 25
        case .attachmentNotImported: 26
        case .noSuchDecree: 27
        case .fileDamaged: 28
        case .reconcileApplyRole: 29
        case .decreeByApprove: 30
        case .handoverTooEarly: 31
        case .noAccountCreationStep: 32
        case .handoverRole: 33
        case .ownPassword: 34
        case .officialOnly: 35
        case .notStaffLogin: 36
        case .noPassword: 37
        case .directoryUnreachable: 38
        case .mustChangePassword: 39
        case .staffEntryUnusable: 40
        case .accountLocked: 41
        case .wrongPassword: 42
        case .loginRefused: 43
        case .loginFailed: 44
        case .jsonRequired: 45
        case .jsonLoginRequired: 46
        case .notLoggedIn: 47
        case .csrfMissing: 48
        case .loginShape: 49
        case .bodyUnreadable: 50
        case .answerUnencodable: 51
        case .operationNotObject: 52
        case .operationUnencodable: 53
        case .parameterMissing: 54
        case .queryUnreadable: 55
        case .bodyNotObject: 56
        case .fieldMissing: 57
        case .fieldType: 58
        case .requestUnreadable: 59
        case .serverURL: 60
        case .loginUnencodable: 61
        case .serverAnswerUnreadable: 62
        case .urlUnbuildable: 63
        case .serverUnreachable: 64
        case .serverStatus: 65
        case .lockUnopenable: 66
        case .lockFailed: 67
        case .databaseOwned: 68
        case .listenAddress: 69
        case .tlsUnusable: 70
        case .tlsHalf: 71
        case .notServerConfiguration: 72
        case .sopInvalid: 73
        case .sopUnreadable: 74
        case .rolesInvalid: 75
        case .rolesUnreadable: 76
        case .noAuditKeyNamed: 77
        case .nameParticles: 78
        case .collisions: 79
        case .usernameRule: 80
        case .directoryUnset: 81
        case .noConfiguration: 82
        case .auditKey: 83
        case .noDatabase: 84
        case .localDirectoryNotStarted: 85
        case .baseDNMissing: 86
        case .bridgeAccountMissing: 87
        case .bridgePasswordUnreadable: 88
        case .configurationUnreadable: 89
        case .configurationInvalid: 90
        case .whoAreYou: 91
        case .confirmForm: 92
        case .confirmNote: 93
        case .fileUnreadable: 94
        case .optionForm: 95
        case .optionValue: 96
        case .uploadUnreadable: 97
        case .rehearsalTime: 98
        case .passwordFileUnreadable: 99
        case .passwordFileEmpty: 100
        case .noTerminal: 101
        case .strikeForm: 102
        case .baseDNInvalid: 103
        case .noLocalDirectory: 104
        case .noLocalDirectoryRunning: 105
        case .expectedHeadMissing: 106
        case .keyAlreadyNamed: 107
        case .nothingLost: 108
        case .configurationExists: 109
        case .noShippedSOP: 110
        case .officeOrSOP: 111
        case .sopFileInvalid: 112
        case .staffOnlyLocal: 113
        case .localDirectoryUnusable: 114
        case .nameInvalid: 115
        case .nipInvalid: 116
        case .unknownWorkflowRole: 117
        case .staffExists: 118
        case .staffNotAdded: 119
        case .staffNotRead: 120
        case .said: 121
        case .access: 122
        case .bodyTooLarge: 123
        case .plainHTTPRefused: 124
        case .plainHTTPServer: 125
        case .recoverFirst: 126
        case .reanchorReasonMissing: 127
        case .nearlyEmptyLog: 128
        case .whoRecovers: 129
        case .backupUnwritable: 130
        case .notABackup: 131
        case .keyBesideBackup: 132
        case .databaseExists: 133
        case .replicaStopped: 134
        case .restoredUnchecked: 135
        case .timeInvalid: 136
        case .registrationIncomplete: 137
        case .deviationKindUnknown: 138
        case .deviationNotLastHandover: 139
        case .queryParameterMissing: 140
        case .queryParameterType: 141
        case .queryParameterUnsupported: 142
        }
    }
}

extension OfficeError: CaseCounted {
    /// `remote` (13) is not counted: it keeps the sentence the server said, in the language the client asked for.
    static let caseCount = 13

    var caseIndex: Int {
        switch self {
        case .workflow: 0
        case .store: 1
        case .bridge: 2
        case .handover: 3
        case .badInput: 4
        case .refused: 5
        case .notFound: 6
        case .unauthenticated: 7
        case .throttled: 8
        case .unavailable: 9
        case .forbidden: 10
        case .tooLarge: 11
        case .recoveryNeeded: 12
        case .remote: 13
        }
    }
}

/// One sample of every ``AccessRefusal``, counted like the messages.
enum AccessRefusalSamples {
    static let all: [AccessRefusal] = [
        .roleRequired(action: .readRoster, needed: ["Kepala Dinas (kadis)"], held: ["kasi"]), .noWorkflowRole(uid: "pegawai"),
        .staffWithoutNIP(uid: "kasi", dn: "uid=kasi,ou=staff"), .locked(uid: "kasi"), .entryGone(uid: "kasi", dn: "uid=kasi,ou=staff"),
        .needsOfficial(action: .approveStep), .notCandidate(person: "nip:1", request: "REQ-1"),
        .resetNeedsAccountAdministrator(roles: "ADB"), .identityReadersOnly(what: "the roster", roles: "ADB"),
        .importerConfirms(decree: "1/2", importer: "adb"), .namedOnDecree(decree: "1/2"), .ownSessions,
        .notFiler(request: "REQ-1", filedBy: "kasi"), .scanNotYours(document: "pakta-integritas", sha256: String(repeating: "a", count: 64)),
        .replicaOnly, .replicaCannot(action: .approveStep),
    ]
}

extension AccessRefusal: CaseCounted {
    static let caseCount = 16

    var caseIndex: Int {
        switch self {
        case .roleRequired: 0
        case .noWorkflowRole: 1
        case .staffWithoutNIP: 2
        case .locked: 3
        case .entryGone: 4
        case .needsOfficial: 5
        case .notCandidate: 6
        case .resetNeedsAccountAdministrator: 7
        case .identityReadersOnly: 8
        case .importerConfirms: 9
        case .namedOnDecree: 10
        case .ownSessions: 11
        case .notFiler: 12
        case .scanNotYours: 13
        case .replicaOnly: 14
        case .replicaCannot: 15
        }
    }
}

@Suite("Access refusals in Bahasa Indonesia")
struct AccessRefusalLanguageTests {
    @Test("every case of AccessRefusal")
    func everyRefusal() {
        expectEveryCaseSaid(AccessRefusalSamples.all)
    }
}
