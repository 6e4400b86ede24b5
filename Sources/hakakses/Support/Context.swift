import AccessStore
import AccessWorkflow
import Foundation

/// What a command works with: the checked configuration and the database.
struct Context {
    let settings: Settings
    let store: AccessStore

    /// Loads the configuration and opens the database (which `hakakses init` created).
    static func open(_ options: ConfigOptions) throws(CLIError) -> Context {
        let settings = try options.load()
        let path = settings.databaseURL.path
        guard FileManager.default.fileExists(atPath: path) else {
            throw .badInput("no database at \(path); run `hakakses init` first (or fix `database:` in \(settings.file.path))")
        }
        do {
            return Context(settings: settings, store: try AccessStore(path: path))
        } catch {
            throw CLIError(store: error)
        }
    }

    var sop: SOPDefinition { settings.sop }
    var catalogue: RoleCatalogue { settings.catalogue }

    /// The current time, or `$HAKAKSES_NOW` (ISO 8601) for rehearsals and tests.
    var now: Date { Clock.now }

    /// Today in the office's time zone.
    var today: CivilDate { CivilDate(now, offset: sop.office.utcOffset) }

    /// Logs `staff` in by LDAP bind and runs `command` as them. The command is built by the caller, so bad input is
    /// reported before a password is asked for.
    @discardableResult
    func execute(_ command: WorkflowCommand, as staff: StaffOptions) async throws -> ExecutionResult {
        let session = try await StaffSession.login(staff, settings: settings)
        return try execute(command, by: session.actor)
    }

    /// Runs a workflow command; a refusal becomes a one-line reason with exit status 1. Afterwards brings the roster
    /// table to today if the date moved since it was computed (a failure there is reported, the command stands).
    @discardableResult
    func execute(_ command: WorkflowCommand, by actor: WorkflowActor) throws(CLIError) -> ExecutionResult {
        let result: ExecutionResult
        do {
            result = try store.execute(command, by: actor, at: now, sop: sop, catalogue: catalogue)
        } catch {
            throw CLIError(store: error)
        }
        do {
            try store.refreshRoster(sop: sop, catalogue: catalogue, on: today)
        } catch {
            printError("warning: recorded, but the roster table was not brought to \(today) (\(error)); the next command or `hakakses serve` will retry")
        }
        return result
    }

    /// The workflow state replayed from the audit log.
    func state() throws(CLIError) -> WorkflowState {
        do { return try store.state(sop: sop, catalogue: catalogue) } catch { throw CLIError(store: error) }
    }

    /// A store call whose errors become CLI errors.
    func read<T>(_ body: (AccessStore) throws(StoreError) -> T) throws(CLIError) -> T {
        do { return try body(store) } catch { throw CLIError(store: error) }
    }
}

/// The clock, overridable with `$HAKAKSES_NOW` so that a rehearsal or a test
/// can show what happens when a time standard is exceeded.
enum Clock {
    static var now: Date {
        if let text = ProcessInfo.processInfo.environment["HAKAKSES_NOW"], !text.isEmpty {
            let formatter = ISO8601DateFormatter()
            if let date = formatter.date(from: text) { return date }
            formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
            if let date = formatter.date(from: text) { return date }
        }
        return Date()
    }
}

extension CLIError {
    /// Store failures: workflow refusals exit 1, a busy or missing database 3, the rest 2.
    init(store error: StoreError) {
        switch error {
        case .workflow(let refusal): self = .refused(refusal.description)
        case .busy, .cannotOpen, .folderMissing: self = .unavailable(error.description)
        case .replayRefused, .undecodableRecord: self = .refused("\(error.description); run `hakakses audit verify`")
        default: self = .badInput(error.description)
        }
    }
}
