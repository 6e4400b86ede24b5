public import AccessWorkflow

/// Who may do what: the one table of the office server. The HTTP API, the web pages and the CLI on the server host
/// all reach the office through ``Office/perform(_:as:requestedTime:language:)`` (or ``Office/authorize(_:_:)`` for a
/// page that shows a form), which checks the caller against this table with their roles as the directory says now;
/// the relations are checked by the operations with the helpers below. The README's "who may do what" table is
/// rendered from it (``markdown(for:)``), and the hostile-official tests assert every route against it.
public enum AccessPolicy {
    public static func rule(for action: OfficeAction) -> AccessRule {
        switch action {
        case .health: AccessRule(.anyone, host: true, reason: "monitoring: is the server up, how long is the log")
        case .login: AccessRule(.anyone, reason: "the login itself (throttled)")
        case .logout: AccessRule(.anySession, reason: "ending one's own session")
        case .whoAmI: AccessRule(.anySession, reason: "one's own name and roles, as the directory says now")

        case .readRequestStatus:
            AccessRule(.anyone, .applicantProof, reason: "the applicant's answer: where their request stands, in plain words, no name or number of anyone")
        case .changeOwnPassword:
            AccessRule(.anyone, .ownPassword, reason: "an operator sets their own password (first login, or any time); the directory's password policy decides")
        case .requestPasswordReset:
            AccessRule(.anyone, .accountProof, reason: "an operator who forgot the password asks for a new one; it lands in the account administrators' inbox, never in a mail")
        case .readProfile: AccessRule(.official, host: true, reason: "the SOP as a client shows it")
        case .readInbox: AccessRule(.official, reason: "what waits for the caller")
        case .listRequests: AccessRule(.official, host: true, reason: "every official acts on requests; no NIK in the list")
        case .readRequest: AccessRule(.official, host: true, reason: "every role of the SOP executes a step of every request")
        case .readSLA: AccessRule(.official, host: true, reason: "time used against the SOP's standards (no NIK)")

        case .fileRequest: AccessRule(.roles([.executors(.submit)]), reason: "the executor of the SOP's first step")
        case .resubmitRequest: AccessRule(.roles([.executors(.submit)]), reason: "the executor of the SOP's first step")
        case .cancelRequest: AccessRule(.official, .filerOrCancelRole, reason: "withdrawing a request")
        case .approveStep: AccessRule(.official, .turnOnStep, reason: "the step's executor, at their turn")
        case .rejectRequest: AccessRule(.official, .turnOnStep, reason: "the step's executor, where the SOP allows refusing")
        case .returnRequest: AccessRule(.official, .turnOnStep, reason: "the step's executor, where the SOP allows returning")

        case .issueDecree: AccessRule(.roles([.executors(.decree)]), .turnOnStep, reason: "the executor of the SOP's SK step")
        case .signDecree: AccessRule(.roles([.executors(.sign)]), .turnOnStep, reason: "the Kadis signing the SK at the SOP's sign step")
        case .listDecrees: AccessRule(.official, host: true, reason: "SK numbers, dates and standing (no NIK)")
        case .readDecree: AccessRule(.identityReaders, host: true, reason: "an SK's people with NIP and NIK")
        case .exportDecree: AccessRule(.identityReaders, host: true, reason: "an SK's attachment with NIP and NIK")
        case .importDecree: AccessRule(.roles([.permission(.importDecree)]), reason: "permissions.importDecree; takes effect only when confirmed")
        case .confirmDecree: AccessRule(.roles([.permission(.confirmDecree)]), .notImporterNorNamed, reason: "the second official of an imported SK, with its signed scan")
        case .withdrawDecree:
            AccessRule(.roles([.permission(.importDecree), .permission(.confirmDecree)]), .recorderOrConfirmer,
                       reason: "an imported SK that should not take effect frees its number")

        case .startReview:
            AccessRule(.roles([.permission(.review), .permission(.signReview)]), reason: "an access review of everyone on today's roster (permissions.review, permissions.signReview)")
        case .listReviews: AccessRule(.official, host: true, reason: "the reviews and their progress (no names)")
        case .readReview:
            AccessRule(.roles([.permission(.review), .permission(.signReview)]), host: true, reason: "a review's holders with names, roles and units, and the decisions")
        case .decideReview: AccessRule(.roles([.permission(.review)]), .notSelf, reason: "confirming or removing a holder (permissions.review); never one's own access")
        case .reviewsDue:
            AccessRule(.roles([.permission(.review), .permission(.signReview)]), host: true, reason: "who must be confirmed by when, under the SOP's review.everyMonths")
        case .signReview: AccessRule(.roles([.permission(.signReview)]), reason: "signing a review off makes its removals take effect (permissions.signReview)")

        case .assignActing:
            AccessRule(.roles([.permission(.assignActing)]), .notSelf, reason: "a Plt./Plh. for a role and a date range, by its letter: the Kadis, or the Sekretaris in his absence; never as an acting official")
        case .listActing: AccessRule(.official, host: true, reason: "who acts for whom, and until when")

        case .readRoster: AccessRule(.identityReaders, host: true, reason: "everyone holding access, with NIP and NIK")
        case .exportRoster: AccessRule(.identityReaders, host: true, reason: "everyone holding access, with NIP and NIK")
        case .readAudit: AccessRule(.auditors, host: true, reason: "the record of everything: the Kadis answers to an audit, the ADB runs the accounts")

        case .sync: AccessRule(.accountAdministrators, host: true, reason: "applying approved changes to the directory now")
        case .handover: AccessRule(.roles([.executors(.handover), .executors(.provision)]), .handoverCandidate, reason: "a new password for an operator's account")
        case .revoke: AccessRule(.roles([.permission(.revoke)]), reason: "permissions.revoke")
        case .reconcileDryRun: AccessRule(.identityReaders, host: true, reason: "names the directory's entries and the people behind them")
        case .reconcileApply: AccessRule(.accountAdministrators, host: true, reason: "changes the directory")

        case .printDocument: AccessRule(.official, .requestScoped, reason: "documents of the SOP from the office's templates")
        case .listArchive: AccessRule(.official, .requestScoped, host: true, reason: "the documents and scans kept")
        case .readArchiveFile: AccessRule(.official, .requestScoped, host: true, reason: "one kept document or scan")
        case .storeEvidence: AccessRule(.official, reason: "a scan for a step the caller is about to do")

        case .endSessions: AccessRule(.sessionAdministrators, .notSelf, reason: "ending another official's sessions at once")

        case .replicate: AccessRule(.replica, reason: "the office's replica on a second machine copies every record and archived file, so a lost disk loses nothing")
        }
    }

    /// True if `actor` passes the gate of `action`'s rule (roles only; relations are the operation's).
    public static func admits(_ actor: WorkflowActor, to action: OfficeAction, in sop: SOPDefinition) -> Bool {
        guard let roles = rule(for: action).audience.roles(in: sop) else { return true }
        return !roles.isDisjoint(with: actor.roles)
    }

    /// True if `actor` may see people's NIK and NIP beyond one request (``Audience/identityReaders``).
    public static func readsIdentities(_ actor: WorkflowActor, in sop: SOPDefinition) -> Bool {
        guard let roles = Audience.identityReaders.roles(in: sop) else { return false }
        return !roles.isDisjoint(with: actor.roles)
    }
}
