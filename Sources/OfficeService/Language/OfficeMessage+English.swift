import AccessWorkflow

/// The office's own sentences in English: what logs, tests and English-speaking callers read.
extension OfficeMessage: CustomStringConvertible {
    public var description: String {
        switch self {
        case .identity(let error): error.description
        case .request(let error): error.description
        case .decree(let error): error.description
        case .workflow(let error): error.description
        case let .labelled(label, error): "\(label): \(error)"
        case let .dateInvalid(label, text, error): "\(label) \(text): \(error)"
        case let .timeInvalid(label, text): "\(label) '\(text)' is not a time; write it as YYYY-MM-DD HH:MM in office time, e.g. 2025-02-03 08:15"
        case .registrationIncomplete: "give both the agenda number and the time the letter was registered, or neither"
        case .deviationNotLastHandover: "a deviation is recorded with the handover step: give it with the handover of the last person of the request still to receive theirs (nothing was handed over)"
        case .deviationKindUnknown(let kind): "'\(kind)' is not a kind of deviation; write equipment (perlengkapan) or output, e.g. --deviation equipment=\"server SIAK mati\" (time is measured, not written)"
        case let .evidenceInvalid(document, error): "evidence for \(document): \(error)"
        case let .candidateLine(file, line, error): "\(file) line \(line): \(error)"
        case .detail(let text): text
        case .said(let phrase): phrase.english

        case .noCandidates: "who is proposed? give --name (with --nip or --nik, --role, --unit) or --candidates FILE"
        case .candidatesTwice: "give either --candidates FILE or --name/--nip/--nik/--role/--unit, not both"
        case let .listNotRead(file, error): "\(file) was not read (nothing was filed):\n\(error)"
        case let .oneRolePerPerson(file, line, name, roles):
            "\(file) line \(line): a proposal asks for one role per person; \(name) has \(roles)"
        case .roleMissing(let known): "--role is missing; one of: \(known.joined(separator: ", "))"
        case .unitMissing: "--unit (unit kerja) is missing"
        case let .unknownRole(role, known): "unknown SIAK role '\(role)'; one of: \(known.joined(separator: ", "))"
        case .noSuchRequest(let id): "there is no request \(id)"
        case let .notACandidate(text, request, candidates): "\(text) is not a candidate of \(request); its candidates are: \(candidates)"
        case let .unknownDocument(document, known):
            "unknown document '\(document)'; this SOP's documents are: \(known.joined(separator: ", "))"
        case .unknownPerson(let text): "'\(text)' is no known username and not a valid NIP or NIK"
        case let .statusUnknown(status, known): "status \(status): use one of \(known.joined(separator: ", "))"
        case let .revocationReasonUnknown(reason, known): "reason \(reason): use one of \(known.joined(separator: ", "))"
        case .limitOutOfRange(let limit): "limit \(limit): ask for 1 to 100000 records"
        case .noApplicantNIP: "you have no NIP on record to stand as applicant; give --applicant-name and --applicant-nip"
        case .filedWithoutID: "the request was filed without an id"
        case .receivedByMissing: "who received it? give the name as signed on the receipt (--received-by)"
        case let .attachmentNotImported(file, error): "\(file) was not imported (nothing was recorded):\n\(error)"
        case .noSuchDecree(let number): "there is no SK \(number); check the number with the SK list"
        case .fileDamaged(let name): "\(name) did not arrive intact (not base64); send it again"

        case .reconcileApplyRole(let who):
            "only an official with the role \(who) may apply a reconciliation; everyone may look at it (without --apply)"
        case let .decreeByApprove(request, step, title):
            "\(request) is at step \(step) (\(title)): issue the SK with `hakakses decree issue --request \(request) …`"
        case let .handoverTooEarly(request, step, title): "\(request) is at step \(step) (\(title)); the handover comes after it"
        case .noAccountCreationStep: "this SOP has no account-creation step, so nobody may hand over passwords outside a request"
        case .handoverRole(let who):
            "only an official with the role \(who) may hand over or reset a password outside a request's handover step"
        case .ownPassword: "nobody may hand over or reset their own password; ask a colleague"
        case .officialOnly(let action):
            "\(action.english) is done by an official: log in with --user (or through the office server)"
        case .access(let refusal): refusal.description

        case .notStaffLogin(let uid): "'\(uid)' is not a staff login name"
        case .noPassword: "no password given"
        case let .directoryUnreachable(code, diagnostic): "cannot reach the directory (\(code)): \(diagnostic)"
        case let .mustChangePassword(uid, uri, dn):
            "the password of \(uid) was set by an administrator and must be changed first: ldappasswd -x -H \(uri) -D '\(dn)' -W -S"
        case let .staffEntryUnusable(uid, error): "the staff entry of \(uid) is not usable: \(error)"
        case .accountLocked(let uid): "the account \(uid) is locked; ask the directory administrator"
        case .wrongPassword(let uid): "login failed for \(uid): wrong user or password"
        case let .loginRefused(uid, detail): "login failed for \(uid): \(detail)"
        case let .loginFailed(uid, detail): "login of \(uid) failed: \(detail)"

        case .jsonRequired: "send the request as application/json"
        case .jsonLoginRequired: "send the login as application/json"
        case .notLoggedIn: "not logged in, or the session ended; log in again"
        case .csrfMissing:
            "this change came without the page's CSRF token, so it was refused (another site may have tried to act in your name); reload the page and try again"
        case .loginShape: "a login needs {\"username\": …, \"password\": …}"
        case .reanchorReasonMissing: "say why the lost records are accepted as lost (--reason): it is recorded"
        case let .nearlyEmptyLog(head, anchor):
            "the database ends at record #\(head), but the directory's anchor says the log reached #\(anchor): far more than a backup's age would lose. A database file copied without its -wal file, or an empty one, looks like this; restore a backup made by `hakakses backup` instead (`hakakses restore`). Only if this really is all that is left, record the loss with --force"
        case .whoRecovers:
            "say who records this loss with --by NAME (or run it with sudo, which names you): the audit record names the person, not the service account"
        case let .backupUnwritable(path, detail): "\(path) could not be written or read (\(detail)); check the destination's free space and permissions"
        case let .notABackup(path, reason): "\(path) cannot be restored: \(reason.description)"
        case let .replicaStopped(path, reason): "the replica in \(path) stopped: \(reason.description)"
        case let .restoredUnchecked(source, restoredAt):
            "this database was restored from \(source) (\(restoredAt)) and the directory could not be reached to check what it lost: nothing changes until it can (start slapd or check the network to the directory; the office server checks again within 30 s)"
        case let .keyBesideBackup(key, backup):
            "the audit key goes to a place of its own (\(key) is inside the backup \(backup)): whoever holds both can forge records; give --with-key another folder, e.g. a USB stick kept apart"
        case .databaseExists(let path):
            "\(path) exists: restoring over a database needs --replace (the present one is kept beside it as .before-restore-…)"
        case .recoverFirst(let mismatch):
            "the office is read-only until it is recovered, and nothing was recorded: \(mismatch.description). Restore the newest backup or the replica (`hakakses restore`); if records are lost for good, review what `hakakses audit reanchor` lists and record the loss"
        case .bodyTooLarge(let limit): "the request body is larger than this address accepts (\(limit) KiB); send less, or split the file"
        case let .bodyUnreadable(maxMiB, detail): "the request body could not be read (at most \(maxMiB) MiB): \(detail)"
        case .answerUnencodable(let detail): "the answer could not be encoded: \(detail)"
        case .operationNotObject(let operation): "\(operation) does not encode as an object"
        case let .operationUnencodable(operation, detail): "\(operation) could not be encoded: \(detail)"
        case .parameterMissing(let name): "\(name) is missing"
        case .queryUnreadable(let detail): "the query could not be read: \(detail)"
        case .queryParameterMissing(let name): "the query parameter \(name) is missing: add ?\(name)=… to the address"
        case let .queryParameterType(name, value, expected):
            switch expected {
            case .integer: "the query parameter \(name)=\(value) is not a whole number: give digits only, e.g. \(name)=1"
            case .number: "the query parameter \(name)=\(value) is not a number: give e.g. \(name)=1.5"
            case .boolean: "the query parameter \(name)=\(value) is not true or false: give \(name)=true or \(name)=false"
            }
        case .queryParameterUnsupported(let name): "the query parameter \(name) cannot be given in the address"
        case .bodyNotObject: "the request body is not a JSON object"
        case .fieldMissing(let name): "\(name) is missing in the request"
        case .fieldType(let path): "\(path) has the wrong type in the request"
        case .requestUnreadable(let detail): "the request could not be read: \(detail)"
        case .plainHTTPServer(let url):
            "\(url) is plain HTTP to another machine: your password, your session and operators' new passwords would cross the network in clear. Use https:// (the server's address as its certificate names it; serverCAFile: in the configuration, or $HAKAKSES_SERVER_CA, for the office's own CA)"
        case .serverURL(let url): "'\(url)' is not the URL of an office server, e.g. https://hakakses.sukamarakab.go.id:8750"
        case .loginUnencodable(let detail): "the login could not be encoded: \(detail)"
        case let .serverAnswerUnreadable(server, detail):
            "the office server at \(server) answered something this client cannot read (\(detail)); are both the same version?"
        case .urlUnbuildable(let path): "cannot build a URL for \(path)"
        case let .serverUnreachable(server, detail):
            "cannot reach the office server at \(server) (\(detail)); check the address and that `hakakses serve` runs there"
        case let .serverStatus(server, code, reason): "the office server at \(server) answered \(code) \(reason)"

        case let .lockUnopenable(path, reason): "cannot open \(path) (\(reason)); run as the service user that owns the database"
        case let .lockFailed(path, reason): "cannot lock \(path) (\(reason))"
        case let .databaseOwned(path, holder):
            "another hak-akses process owns the database \(path) (\(holder)); only one may write it — stop that one first (for the office server: `systemctl stop hakakses`), or send staff commands to the running server (--server URL)"

        case .listenAddress(let text): "api.listen '\(text)' is not HOST:PORT, e.g. 127.0.0.1:8750"
        case let .tlsUnusable(certificate, key, detail): "the TLS certificate \(certificate) or key \(key) cannot be used: \(detail)"
        case .plainHTTPRefused(let listen):
            "api.listen is \(listen), an address other than loopback, without TLS: staff passwords, session tokens and operators' new passwords would cross the network in clear. Give api.tlsCertificate and api.tlsKey, or listen on 127.0.0.1:PORT behind a TLS reverse proxy; only on a closed network under your own responsibility set api.insecureHTTP: true"
        case .tlsHalf:
            "api.tlsCertificate and api.tlsKey go together: give both (PEM files), or neither and put a TLS reverse proxy in front"
        case let .notServerConfiguration(path, missing):
            "\(path) is not an office server's configuration (missing: \(missing)); on a workstation, give `server: URL` (or --server) and run staff commands only"
        case let .sopInvalid(path, error): "the SOP file \(path) is not valid: \(error)"
        case let .sopUnreadable(path, detail): "cannot read the SOP file \(path): \(detail)"
        case let .rolesInvalid(path, error): "the role catalogue \(path) is not valid: \(error)"
        case let .rolesUnreadable(path, detail): "cannot read the role catalogue \(path): \(detail)"
        case .noAuditKeyNamed(let path):
            "\(path) names no audit key (`auditKey: FILE`); an office written by an older version gets one with `hakakses audit new-key` and then `hakakses audit seal`"
        case let .nameParticles(value, path): "accounts.nameParticles in \(path) is '\(value)'; use drop or keep"
        case let .collisions(value, path): "accounts.collisions in \(path) is '\(value)'; use middle-names or number"
        case let .usernameRule(path, error): "accounts.usernameRule in \(path): \(error)"
        case .directoryUnset(let path): "directory in \(path) needs either `local: FOLDER` or `uris: [ldap://…]`"
        case .noConfiguration(let path):
            "no configuration at \(path); run `hakakses init --office sukamara` (or mojokerto), or pass --config FILE"
        case .auditKey(let error): error.description
        case let .noDatabase(path, configuration): "no database at \(path); run `hakakses init` first (or fix `database:` in \(configuration))"
        case .localDirectoryNotStarted(let path): "the local directory in \(path) does not exist yet; run `hakakses directory start`"
        case .baseDNMissing(let path): "directory.baseDN in \(path) is missing or not a DN"
        case .bridgeAccountMissing(let path): "directory.bridgeDN and directory.bridgePasswordFile are needed in \(path)"
        case .bridgePasswordUnreadable(let path): "cannot read the bridge password file \(path)"
        case let .configurationUnreadable(path, detail): "cannot read the configuration \(path): \(detail)"
        case let .configurationInvalid(path, detail): "the configuration \(path) is not valid: \(detail)"

        case .whoAreYou: "who are you? pass --user UID"
        case .confirmForm(let item): "--confirm '\(item)': expected WARNING-ID=NOTE"
        case .confirmNote(let id): "--confirm \(id) needs a note saying why the warning is accepted"
        case let .fileUnreadable(document, path): "--file \(document)=\(path): cannot read the file"
        case let .optionForm(flag, item): "\(flag) '\(item)': expected DOC=VALUE"
        case let .optionValue(flag, document): "\(flag) \(document)= needs a value"
        case let .uploadUnreadable(what, path): "cannot read \(what == .decreeAttachment ? "the SK attachment" : "the proposal list") \(path)"
        case .rehearsalTime(let text): "HAKAKSES_NOW '\(text)' is not an ISO 8601 time such as 2025-11-03T08:00:00+07:00"
        case .passwordFileUnreadable(let path): "cannot read the password file \(path)"
        case .passwordFileEmpty(let path): "the password file \(path) is empty"
        case .noTerminal: "no terminal to ask for the password: pass --password-file FILE"
        case .strikeForm(let item): "--strike '\(item)': expected PERSON=REASON"
        case let .baseDNInvalid(text, detail): "--base-dn \(text): \(detail)"
        case .noLocalDirectory(let path): "no local directory in \(path)"
        case .noLocalDirectoryRunning(let path): "no local directory in \(path); run `hakakses directory start`"
        case .expectedHeadMissing(let hash):
            "the log does not contain the expected head \(hash): records were removed or rewritten; nothing was sealed"
        case let .keyAlreadyNamed(path, key): "\(path) already names the audit key \(key); keys are never replaced"
        case .nothingLost(let anchor): "the database contains the anchored \(anchor): nothing was lost, so the anchor stays"
        case .configurationExists(let path): "\(path) already exists; hak-akses never overwrites a configuration or its database"
        case .noShippedSOP(let name): "no shipped SOP named '\(name)'; use sukamara or mojokerto, or --sop FILE"
        case .officeOrSOP: "give --office sukamara|mojokerto or --sop FILE (one of them)"
        case let .sopFileInvalid(path, error): "\(path): \(error)"
        case .staffOnlyLocal(let path):
            "the directory in \(path) is not the embedded one and no staff administrator is configured: set directory.staffAdminDN (cn=staff-admin,ou=services,<baseDN>) and directory.staffAdminPasswordFile"
        case .localDirectoryUnusable(let detail): detail
        case .nameInvalid(let error): "--name: \(error)"
        case .nipInvalid(let error): "--nip: \(error)"
        case let .unknownWorkflowRole(role, known): "unknown role '\(role)'; this SOP's roles are: \(known.joined(separator: ", "))"
        case .staffExists(let uid): "staff \(uid) already exists"
        case let .staffNotAdded(uid, detail): "adding \(uid): \(detail)"
        case .staffNotRead(let detail): "reading staff: \(detail)"
        }
    }
}

extension OfficeMessage.StaffAction {
    /// The English noun phrase: "an inbox", "approving", …
    var english: String {
        switch self {
        case .inbox: "an inbox"
        case .whoAmI: "showing who is logged in"
        case .file: "filing a request"
        case .resubmit: "resubmitting a request"
        case .cancel: "cancelling a request"
        case .approve: "approving"
        case .reject: "rejecting"
        case .returnRequest: "returning a request"
        case .issueDecree: "issuing an SK"
        case .signDecree: "signing an SK"
        case .review: "an access review"
        case .acting: "appointing an acting official"
        case .importDecree: "importing an SK"
        case .confirmDecree: "confirming an SK"
        case .handover: "handing over an account"
        case .revoke: "revoking access"
        case .printDocument: "printing a document"
        case .sendEvidence: "sending an evidence file"
        }
    }
}
