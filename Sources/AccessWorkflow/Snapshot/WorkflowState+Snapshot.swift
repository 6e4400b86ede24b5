import Foundation

extension WorkflowState {
    /// The version of ``snapshot()``'s layout *and of the replay rules*: a snapshot records the outcome of folding
    /// events under this program's ``apply(_:)``, so a change to what ``apply(_:)`` checks or how it folds, or to the
    /// snapshot's layout, must increase it. A snapshot of another version is never read (the store replays the audit
    /// log instead and writes a new one).
    public static let snapshotVersion: UInt32 = 7

    private static let magic = Array("HKWS".utf8)

    /// The state as bytes, for a checkpoint: requests, revocations and the SKs' headings as JSON, the SKs' grants as
    /// fields without keys (most of a large office's state), so that reading it back costs little more than
    /// allocating the values. The SOP and catalogue are not included: the reader supplies them.
    public func snapshot() throws(SnapshotError) -> [UInt8] {
        let records = decrees.values.sorted { $0.decree.number < $1.decree.number }
            + pendingDecrees.values.sorted { $0.decree.number < $1.decree.number }
        let head = SnapshotHead(
            eventCount: eventCount, requests: requests.values.sorted { $0.id < $1.id }, revocations: revocations,
            decrees: records.map(DecreeRecordHead.init), pendingDecrees: pendingDecrees.count,
            sopVersions: sopVersions.count > 1 ? sopVersions.map(SnapshotSOPVersion.init) : nil,
            reviews: reviews.isEmpty ? nil : reviews.values.sorted { $0.id < $1.id },
            acting: actingAssignments.isEmpty ? nil : actingAssignments)
        let json: Data
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        do {
            json = try encoder.encode(head)
        } catch {
            throw .json(String(describing: error))
        }
        let grantCount = records.reduce(0) { $0 + $1.decree.grants.count }
        var writer = SnapshotWriter(capacity: json.count + grantCount * 72 + 16)
        writer.raw(Self.magic)
        writer.uint(UInt64(Self.snapshotVersion))
        writer.block(Array(json))
        for record in records {
            writer.uint(UInt64(record.decree.grants.count))
            for grant in record.decree.grants { grant.write(to: &writer) }
        }
        return writer.bytes
    }

    /// The state ``snapshot()`` wrote, under `sop` and `catalogue`. Values are not validated again: call this only
    /// with bytes whose origin was authenticated (a checkpoint carrying the audit key's code).
    public init(snapshot bytes: UnsafeRawBufferPointer, sop: SOPDefinition, catalogue: RoleCatalogue = .standard)
        throws(SnapshotError)
    {
        var reader = SnapshotReader(bytes)
        guard Array(try reader.raw(Self.magic.count)) == Self.magic else { throw .malformed("not a workflow snapshot") }
        let version = try reader.uint()
        guard version == UInt64(Self.snapshotVersion) else {
            throw .version(found: UInt32(truncatingIfNeeded: version), expected: Self.snapshotVersion)
        }
        let json = try reader.block()
        let head: SnapshotHead
        do {
            head = try JSONDecoder().decode(SnapshotHead.self, from: Data(json))
        } catch {
            throw .json(String(describing: error))
        }
        self.init(sop: sop, catalogue: catalogue)
        if let versions = head.sopVersions {
            // Every version the log adopted, read again from its text (the reader's `sop` is the last of them).
            sopVersions = []
            for version in versions {
                guard let text = version.text else { throw .malformed("SOP version \(version.number) without its text") }
                do {
                    sopVersions.append(SOPVersion(number: version.number, sop: try SOPDefinition(yaml: text), text: text,
                                                  sha256: version.sha256, adoptedAt: version.adoptedAt, adoptedBy: version.adoptedBy))
                } catch {
                    throw .malformed("SOP version \(version.number) does not read: \(error)")
                }
            }
            guard sopVersions.last?.sop == sop else { throw .malformed("the last SOP version is not the SOP given") }
        }
        eventCount = head.eventCount
        revocations = head.revocations
        for review in head.reviews ?? [] { reviews[review.id] = review }
        actingAssignments = head.acting ?? []
        requests.reserveCapacity(head.requests.count)
        for request in head.requests { requests[request.id] = request }
        var roleLists: [[String]: [SIAKRoleID]] = [:]
        let firstPending = head.decrees.count - head.pendingDecrees
        guard firstPending >= 0 else { throw .malformed("more SKs awaiting confirmation than SKs") }
        for (index, decree) in head.decrees.enumerated() {
            let count = try reader.count()
            var grants: [Grant] = []
            grants.reserveCapacity(count)
            for _ in 0..<count { grants.append(try Grant.read(from: &reader, roleLists: &roleLists)) }
            if index < firstPending {
                decrees[decree.number] = decree.record(grants: grants)
            } else {
                pendingDecrees[decree.number] = decree.record(grants: grants)
            }
        }
        guard reader.isAtEnd else { throw .malformed("bytes after the last SK") }
    }
}

/// The JSON part of a snapshot.
private struct SnapshotHead: Codable {
    let eventCount: Int
    let requests: [AccessRequest]
    let revocations: [Revocation]
    /// The SKs in the record, then those awaiting confirmation (the last `pendingDecrees` of them).
    let decrees: [DecreeRecordHead]
    let pendingDecrees: Int
    /// Every SOP version with its text, once one was adopted (absent while the office runs its original).
    let sopVersions: [SnapshotSOPVersion]?
    /// Access reviews, by id (absent when none).
    let reviews: [Review]?
    /// Acting assignments in order (absent when none).
    let acting: [ActingAssignment]?
}

/// One SOP version in a snapshot's JSON part.
private struct SnapshotSOPVersion: Codable {
    let number: Int
    let text: String?
    let sha256: String?
    let adoptedAt: Date?
    let adoptedBy: String?

    init(_ version: SOPVersion) {
        number = version.number
        text = version.text
        sha256 = version.sha256
        adoptedAt = version.adoptedAt
        adoptedBy = version.adoptedBy
    }
}
