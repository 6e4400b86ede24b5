import Foundation

/// `GET /api/v1/replication/records?after=&limit=&wait=`: the records after the replica's head, exactly as stored
/// (``Office/replicationBatch(after:limit:waitSeconds:for:now:)``). Only the office's replica, by its token.
public struct ReplicationRecordsQuery: OfficeOperation {
    public static let route = OfficeRoute.get("/api/v1/replication/records")
    public static let action = OfficeAction.replicate
    /// The replica's last record (0 for none).
    public var after: Int64
    /// At most this many records (default 500, at most 1000).
    public var limit: Int?
    /// Seconds to wait for the next record when there is none yet (default 0, at most 20).
    public var wait: Int?

    public init(after: Int64, limit: Int? = nil, wait: Int? = nil) {
        self.after = after
        self.limit = limit
        self.wait = wait
    }

    public func run(in office: Office, _ call: OfficeCall) async throws(OfficeError) -> ReplicationBatch {
        try await office.replicationBatch(after: after, limit: limit, waitSeconds: wait, for: call.caller)
    }
}

/// `GET /api/v1/replication/file?name=`: one archived file for the replica (content in base64), refused if it no
/// longer matches the SHA-256 its audit record keeps. Only the office's replica, by its token.
public struct ReplicationFileQuery: OfficeOperation {
    public static let route = OfficeRoute.get("/api/v1/replication/file")
    public static let action = OfficeAction.replicate
    /// The archive name (`file` of the record that keeps it).
    public var name: String

    public init(name: String) {
        self.name = name
    }

    public func run(in office: Office, _ call: OfficeCall) async throws(OfficeError) -> ArchivedFile {
        guard case .replica = call.caller else { throw .forbidden(.access(.replicaOnly)) }
        return try await office.archivedFile(named: name, sha256: nil, for: call.caller)
    }
}
