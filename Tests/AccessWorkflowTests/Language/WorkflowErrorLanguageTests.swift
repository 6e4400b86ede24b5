import AccessWorkflow
import Foundation
import Testing
import WorkflowFixtures

/// Every refusal of the workflow is said in Bahasa Indonesia, and differs from the English sentence.
@Suite("Workflow refusals in Bahasa Indonesia")
struct WorkflowErrorLanguageTests {
    @Test("every case of WorkflowError, and every action, hint and reason inside one")
    func everyCase() throws {
        let id: RequestID = "REQ-2026-0001"
        let nip = try NIP("19900115 201503 1 002")
        let person = PersonKey.nip(nip)
        let number = try DecreeNumber("000.8.3.3/240/Dukcapil/2026")
        let warning = IdentityWarning(person: person, finding: .sexMismatch(nip: nip.labelled, nipSex: .male, nik: "6208015501900003", nikSex: .female))
        let date = try CivilDate(year: 2026, month: 11, day: 23)
        let actions: [WorkflowError.Action] = [
            .rejection, .returning, .cancellation, .revocation, .struckName(person), .rejectRequest, .strikeNames,
            .cancelRequest(id, filedBy: "kasi"), .importDecree(number), .confirmDecree(number), .withdrawDecree(number), .withdrawal, .revokeAccess(person),
        ]
        let hints: [WorkflowError.Hint] = [
            .issueDecree, .approveInsteadOfHandover, .completeInsteadOfInitialling, .recordHandover, .approveWithoutDecree,
            .signDecree,
        ]
        let signatures: [WorkflowError.SignatureProblem] = [
            .signerTyped(step: "tanda-tangan-sk"), .unsigned, .awaitingSignature(request: id, step: "tanda-tangan-sk"),
            .signerWithoutNIP(actor: "kadis"), .signerNotActor(actor: "kadis"), .beforeApproval(signedOn: date, approvedOn: date),
            .afterRecording(signedOn: date, today: date), .scanMissing, .signedByDrafter(actor: "sekretaris"),
        ]
        let evidence: [WorkflowError.EvidenceRefusal] = [.unknownDocument(known: ["ktp", "sk-cpns"]), .equipment, .decree, .credentials]
        let mismatches: [WorkflowError.DecreeMismatch] = [.namesRequest(nil), .namesRequest("REQ-9"), .grantsDiffer, .importedWithRequest]
        var samples: [WorkflowError] = [
            .unknownRequest(id), .duplicateRequest(id), .malformedRequestID("??"),
            .wrongRequestKind(id, expected: .list, got: .single), .candidateCount(id, kind: .single, count: 3),
            .candidateCount(id, kind: .list, count: 0), .duplicateCandidate(id, identifier: nip.digits),
            .unknownSIAKRole("superadmin", known: ["operator", "verifikator"]),
            .wrongStep(id, current: "persetujuan-kadis", currentTitle: "Persetujuan Kadis", given: "verifikasi"),
            .alreadyCompleted(id), .rejectedFinal(id, reason: "kuota penuh"), .cancelledFinal(id, reason: "salah ketik"),
            .awaitingResubmission(id, reason: "lengkapi KTP"), .notReturned(id, status: .completed),
            .missingRole(actor: "kasi", step: "persetujuan-kadis", stepTitle: "Persetujuan Kadis", required: "Kepala Dinas"),
            .notYourTurn(actor: "kadis", step: "disposisi", stepTitle: "Disposisi", awaited: "Kabid", chain: "kabid → kadis"),
            .awaitingInitials(id, step: "disposisi", awaited: "Kabid"),
            .initialledTwice(actor: "kabid", step: "disposisi"), .strikeNotAllowed(id, step: "verifikasi"),
            .unknownStruckCandidate(id, person: person), .allCandidatesStruck(id, step: "persetujuan-kadis"),
            .letterAfterFiling(id, letter: date, filed: date),
            .registeredAfterFiling(id, registered: Date(timeIntervalSince1970: 60), filed: Date(timeIntervalSince1970: 0)),
            .registeredBeforeLetter(id, registered: Date(timeIntervalSince1970: 0), letter: date),
            .sameOfficial(actor: "kasi", earlier: "kajian-kasi", step: "pembuatan-akun"),
            .selfDealing(actor: "budi", request: id), .consecutiveSteps(actor: "kasi", previous: "a", step: "b"),
            .rejectNotAllowed(id, step: "a"), .returnNotAllowed(id, step: "a"),
            .missingInput(id, step: "a", document: "pakta-integritas", title: "Pakta integritas"),
            .missingDecree(id, step: "a", document: "sk-kadis"),
            .outOfOrder(id, at: Date(timeIntervalSince1970: 0), last: Date(timeIntervalSince1970: 60)),
            .duplicateDecree(number), .unknownSupersededDecree(number, superseded: number),
            .noDecreeAwaitingConfirmation(number, recorded: true), .noDecreeAwaitingConfirmation(number, recorded: false),
            .confirmedByRecorder(number, actor: "adb"), .confirmerNamedOnDecree(number, actor: "kadis"),
            .confirmationScanMissing(number), .withdrawnWithRequest(number, request: id),
            .decreesNotUsed(number), .roleNotCovered("verifikator", person: "Budi", covered: ["operator"]),
            .conflictingRoles(person: "Budi", roles: ["operator", "verifikator"], held: .decree(number), reason: "pasal 46–47"),
            .conflictingRoles(person: "Budi", roles: ["operator", "verifikator"], held: nil, reason: "pasal 46–47"),
            .unconfirmedWarnings([warning]), .unconfirmedWarnings([warning, warning]),
            .unknownConfirmation("x:y", known: [warning.id]), .emptyConfirmationNote(warning.id),
            .invalidIdentity(.nipSequence(input: "1990")), .invalidDecree(.noGrants(number)),
            .unknownCurrentStep(id, step: "gone"),
            .eventRefused(index: 3, summary: "stepApproved", reason: .alreadyCompleted(id)),
        ]
        samples += actions.map { .notPermitted(actor: "kasi", action: $0, allowed: ["kadis"]) }
        samples += actions.map { .emptyReason(action: $0) }
        samples += actions.map { .notTheApprover(id, step: "a", action: $0, approver: "Kepala Dinas") }
        samples += hints.map { .wrongAction(id, step: "a", kind: .review, use: $0) }
        samples += evidence.map { .evidenceNotAccepted(document: "ktp", reason: $0) }
        samples += mismatches.map { .decreeMismatch(number, id, detail: $0) }
        samples += signatures.map { .signature(number, $0) }
        let adoptions: [WorkflowError.SOPAdoptionProblem] = [
            .unreadable(ConfigError("unknown field 'x'", at: "steps[0]")), .otherOffice(adopted: "A (35.76)", current: "B (62.08)"),
            .unchanged, .wrongVersion(given: 5, next: 2), .originalMissing, .originalDiffers,
            .rosterSourceChanged(from: "decrees", to: "requests"),
        ]
        samples += adoptions.map { .sopNotAdoptable($0) }
        let reviews: [WorkflowError.ReviewProblem] = [
            .malformedID, .duplicate, .openReviewExists("REV-1"), .nothingToReview, .dueBeforeStart(dueOn: date, asOf: date),
            .holdersDiffer, .unknown, .alreadySigned, .notAHolder(person), .ownAccess(actor: "kasi"), .removalWithoutReason(person),
            .undecidedBeforeDue(count: 3, dueOn: date), .notPermitted(actor: "adb", allowed: ["kasi"], signing: false),
            .notPermitted(actor: "kasi", allowed: ["kadis"], signing: true), .decidedBeforeStart, .afterGracePeriod, .graceDays(3),
        ]
        samples += reviews.map { .review("REV-2026-01", $0) }
        let acting: [WorkflowError.ActingProblem] = [
            .notPermitted(actor: "kasi"), .unknownRole("bupati", known: ["kadis"]), .endsBeforeStart(from: date, until: date),
            .letterMissing, .forOneself(actor: "kadis"), .notAssigned(actor: "hendra", role: "kadis"), .tooLong(from: date, until: date),
        ]
        samples += acting.map { .acting($0) }
        expectEveryCaseSaid(samples)
    }

    @Test("the request's status, kinds and words")
    func words() throws {
        let statuses: [RequestStatus] = [.inProgress(step: "a"), .returned(reason: "r"), .rejected(reason: "r"), .cancelled(reason: "r"), .completed]
        for status in statuses {
            #expect(status.text(in: .english) == status.description)
            #expect(!status.text(in: .indonesian).isEmpty && status.text(in: .indonesian) != status.description)
        }
        #expect(RequestStatus.completed.text(in: .indonesian) == "selesai")
        for kind in RequestKind.allCases { #expect(kind.text(in: .indonesian) != kind.text(in: .english)) }
        for kind in StepKind.allCases { #expect(kind.text(in: .indonesian) != kind.text(in: .english)) }
        for reason in RevocationReason.allCases { #expect(reason.text(in: .indonesian) != reason.text(in: .english)) }
        for sex in [Sex.male, .female] { #expect(sex.text(in: .indonesian) != sex.text(in: .english)) }
        #expect(Language.english.list([]) == "(none)" && Language.indonesian.list([]) == "(tidak ada)")
    }
}

extension WorkflowError: CaseCounted {
    static let caseCount = 58

    var caseIndex: Int {
        switch self {
        case .unknownRequest: 0
        case .duplicateRequest: 1
        case .malformedRequestID: 2
        case .wrongRequestKind: 3
        case .candidateCount: 4
        case .duplicateCandidate: 5
        case .unknownSIAKRole: 6
        case .wrongStep: 7
        case .alreadyCompleted: 8
        case .rejectedFinal: 9
        case .cancelledFinal: 10
        case .awaitingResubmission: 11
        case .notReturned: 12
        case .wrongAction: 13
        case .missingRole: 14
        case .notYourTurn: 15
        case .awaitingInitials: 16
        case .notTheApprover: 17
        case .initialledTwice: 18
        case .strikeNotAllowed: 19
        case .unknownStruckCandidate: 20
        case .allCandidatesStruck: 21
        case .letterAfterFiling: 22
        case .notPermitted: 23
        case .selfDealing: 24
        case .consecutiveSteps: 25
        case .rejectNotAllowed: 26
        case .returnNotAllowed: 27
        case .missingInput: 28
        case .missingDecree: 29
        case .evidenceNotAccepted: 30
        case .emptyReason: 31
        case .outOfOrder: 32
        case .duplicateDecree: 33
        case .unknownSupersededDecree: 34
        case .decreeMismatch: 35
        case .unconfirmedWarnings: 36
        case .unknownConfirmation: 37
        case .emptyConfirmationNote: 38
        case .invalidIdentity: 39
        case .invalidDecree: 40
        case .unknownCurrentStep: 41
        case .eventRefused: 42
        case .noDecreeAwaitingConfirmation: 43
        case .confirmedByRecorder: 44
        case .confirmerNamedOnDecree: 45
        case .confirmationScanMissing: 46
        case .withdrawnWithRequest: 47
        case .decreesNotUsed: 48
        case .roleNotCovered: 49
        case .conflictingRoles: 50
        case .registeredAfterFiling: 51
        case .registeredBeforeLetter: 52
        case .sameOfficial: 53
        case .signature: 54
        case .sopNotAdoptable: 55
        case .review: 56
        case .acting: 57
        }
    }
}
