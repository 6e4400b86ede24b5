public import AccessWorkflow
public import Foundation

/// One authorised command or query of the office. Its stored properties are its input: the HTTP API reads them from
/// the path (`{name}` in ``route``), the query string (GET) or the JSON body (POST), and the CLI sets them from its
/// options; ``run(in:_:)`` holds the rules, so both shells only parse, call and format.
public protocol OfficeOperation: Codable, Sendable {
    associatedtype Output: Codable & Sendable
    /// Method and path under which the API serves it.
    static var route: OfficeRoute { get }
    /// What it does, for the access policy (``AccessPolicy/rule(for:)``): checked before ``run(in:_:)``.
    static var action: OfficeAction { get }
    /// Does it for `call.caller` at `call.now`; refuses what the caller may not do.
    func run(in office: Office, _ call: OfficeCall) async throws(OfficeError) -> Output
}

/// Method and path of an operation in the API, e.g. `POST /api/v1/requests/{id}/approve`.
public struct OfficeRoute: Sendable, Hashable, CustomStringConvertible {
    public enum Method: String, Sendable, Hashable, CaseIterable {
        case get = "GET", post = "POST", delete = "DELETE"
    }

    public let method: Method
    public let path: String

    public init(method: Method, path: String) {
        self.method = method
        self.path = path
    }

    public static func get(_ path: String) -> OfficeRoute { OfficeRoute(method: .get, path: path) }
    public static func post(_ path: String) -> OfficeRoute { OfficeRoute(method: .post, path: path) }

    /// The names of the `{…}` segments of the path.
    public var parameters: [String] {
        path.split(separator: "/").compactMap { segment in
            segment.hasPrefix("{") && segment.hasSuffix("}") ? String(segment.dropFirst().dropLast()) : nil
        }
    }

    public var description: String { "\(method.rawValue) \(path)" }
}

/// Who calls, the office's time for the call, and the language the caller reads: the sentences inside an answer
/// (a request's status, whom a step waits for, warnings, differences) are said in it; ids, keys and machine values
/// are the same in every language.
public struct OfficeCall: Sendable {
    public let caller: OfficeCaller
    public let now: Date
    public let language: Language

    public init(caller: OfficeCaller, now: Date, language: Language = .indonesian) {
        self.caller = caller
        self.now = now
        self.language = language
    }
}

/// Every operation the API serves, in the order of the OpenAPI document.
public enum OfficeOperations {
    public static let all: [any OfficeOperation.Type] = [
        OfficeProfileQuery.self, WhoAmIQuery.self,
        InboxQuery.self, RequestListQuery.self, RequestShowQuery.self,
        FileRequestCommand.self, ResubmitCommand.self, CancelCommand.self,
        RequestStatusQuery.self, OperatorPasswordCommand.self, PasswordResetRequestCommand.self,
        ApproveCommand.self, RejectCommand.self, ReturnCommand.self, IssueDecreeCommand.self, SignDecreeCommand.self,
        DecreeListQuery.self, DecreeShowQuery.self, DecreeExportQuery.self, ImportDecreeCommand.self, ConfirmDecreeCommand.self, WithdrawDecreeCommand.self,
        StartReviewCommand.self, ReviewListQuery.self, ReviewsDueQuery.self, ReviewShowQuery.self, DecideReviewCommand.self, SignReviewCommand.self,
        AssignActingCommand.self, ActingListQuery.self,
        RosterQuery.self, RosterExportQuery.self, SLAQuery.self, AuditLogQuery.self,
        SyncCommand.self, HandoverCommand.self, RevokeCommand.self, ReconcileQuery.self, ReconcileApplyCommand.self,
        MakeDocumentCommand.self, ArchiveListQuery.self, ArchiveFileQuery.self, StoreEvidenceCommand.self,
        EndSessionsCommand.self, ReplicationRecordsQuery.self, ReplicationFileQuery.self,
    ]
}

/// A command that carries evidence and can be only checked first (filing, resubmitting, approving): a client that
/// sends scans with it checks it with the scans' SHA-256 (`checkOnly`), and sends the files only if it would be
/// accepted, so that a refused command leaves no file in the archive.
public protocol CheckableOperation: OfficeOperation {
    var evidence: [EvidenceInput] { get set }
    var checkOnly: Bool? { get set }
}

extension CheckableOperation {
    /// Refuses, as running it would, a command that would be refused now, recording nothing; files named by SHA-256
    /// need not be kept yet (the caller keeps them once the command is known to be accepted).
    public func check(in office: Office, as caller: OfficeCaller, language: Language) async throws(OfficeError) {
        var checking = self
        checking.checkOnly = true
        _ = try await office.perform(checking, as: caller, language: language)
    }
}

extension FileRequestCommand: CheckableOperation {}
extension ResubmitCommand: CheckableOperation {}
extension ApproveCommand: CheckableOperation {}
