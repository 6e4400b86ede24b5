import AccessStore
public import Foundation

extension Office {
    /// At most this many records in one answer to a replica.
    public static let replicationBatchLimit = 1000
    /// A replica's request is held at most this long while nothing new is recorded (below the server's idle timeout).
    public static let replicationMaxWaitSeconds = 20

    /// The records after `after` for the replica `caller`, exactly as stored, with where the server's log ends. When
    /// the replica holds everything already, the answer waits up to `waitSeconds` (at most
    /// ``replicationMaxWaitSeconds``) for the next record, so a replica that asks again at once follows within
    /// a tenth of a second. A replica that is ahead of the server gets its answer at once, without records: the
    /// server lost what the replica holds.
    public func replicationBatch(after: Int64, limit: Int?, waitSeconds: Int?, for caller: OfficeCaller, now: Date = Date())
        async throws(OfficeError) -> ReplicationBatch
    {
        guard case .replica(let id) = caller else { throw .forbidden(.access(.replicaOnly)) }
        guard after >= 0 else {
            throw .badInput(.said(Phrase(id: "after harus 0 atau nomor catatan terakhir yang dipegang replika", en: "after must be 0 or the number of the replica's last record")))
        }
        let limit = min(max(limit ?? 500, 1), Self.replicationBatchLimit)
        let wait = Duration.seconds(min(max(waitSeconds ?? 0, 0), Self.replicationMaxWaitSeconds))
        await replicaWatch.saw(id, held: after, at: now)
        let deadline = ContinuousClock.now + wait
        var head = try await auditHead()
        while head.seq == after, ContinuousClock.now < deadline, await !replicaWatch.closing {
            do { try await Task.sleep(for: .milliseconds(50)) } catch { break }  // cancelled: the connection went away
            head = try await auditHead()
        }
        let (records, afterRecord, fingerprint) = try await storeCall { store throws(StoreError) in
            (try store.storedRecords(after: after, limit: limit),
             after > 0 ? try store.storedRecords(after: after - 1, limit: 1).first : nil,
             store.keyFingerprint)
        }
        // Records appended while these were read end the log later than the head read before.
        let end = records.last.flatMap { $0.seq > head.seq ? (seq: $0.seq, hash: $0.hash) : nil } ?? (seq: head.seq, hash: head.hash)
        return ReplicationBatch(
            office: sop.office.name, sop: sop.number, keyFingerprint: fingerprint, headSeq: end.seq, headHash: end.hash,
            afterHash: afterRecord?.seq == after ? afterRecord?.hash : nil, records: records)
    }

    /// The health of the office: `ok`, or `read-only` while changes are refused (``isReadOnly()``: the anchor names
    /// another log, or a restored log could not be checked yet); the head of the log; each configured replica's position and lag (lag from the records' times, so none
    /// in a rehearsal, whose records carry the rehearsal's times).
    public func health(now: Date = Date()) async throws(OfficeError) -> Health {
        let head = try await auditHead()
        var replicas: [ReplicaStatus] = []
        for hash in replicaTokens.hashes {
            let id = ReplicaTokens.id(hash)
            guard let contact = await replicaWatch.contact(id) else {
                replicas.append(ReplicaStatus(replica: id, heldSeq: nil, behind: nil, lagSeconds: nil, lastContact: nil, secondsSinceContact: nil))
                continue
            }
            let behind = max(0, head.seq - contact.held)
            var lag: Double? = 0
            if behind > 0 {
                let oldest = try await storeCall { store throws(StoreError) in try store.storedRecords(after: contact.held, limit: 1).first }
                lag = clock.rehearsal ? nil : oldest?.recordedDate.map { max(0, now.timeIntervalSince($0)) }
            }
            replicas.append(ReplicaStatus(
                replica: id, heldSeq: contact.held, behind: behind, lagSeconds: lag, lastContact: OfficeClock.format(contact.at),
                secondsSinceContact: max(0, now.timeIntervalSince(contact.at))))
        }
        let readOnly = await isReadOnly()
        return Health(status: readOnly ? "read-only" : "ok", office: sop.office.name, rehearsal: clock.rehearsal,
                      auditHead: head.seq, replicas: replicas)
    }
}
