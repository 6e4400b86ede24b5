import AccessStore
public import AccessWorkflow
import DirectorySync
public import Foundation

extension Office {
    /// What the directory shows that this database does not hold (``LossReport``): read from the directory and a dry
    /// reconciliation that does not stop at the anchor; writes nothing. Refused when the database is the one the
    /// anchor names (nothing was lost).
    public func lossReport(now: Date, language: Language = .indonesian) async throws(OfficeError) -> LossReport {
        let bridge = try bridge()
        let anchor: AuditAnchor
        do throws(BridgeError) { anchor = try await bridge.readAnchor() } catch { throw .bridge(error) }
        let head = try await auditHead()
        var lost: Int64?
        do throws(OfficeError) {
            try await storeCall { store throws(StoreError) in try store.check(anchor: anchor) }
            throw .refused(.nothingLost(anchor))
        } catch {
            guard case .store(.anchorMismatch(let mismatch)) = error else { throw error }
            if case .behind = mismatch.kind { lost = anchor.seq - head.seq }
        }
        let result = try await reconcile(Reconciliation.Options(apply: false, actor: "host", checksAnchor: false), now: now)
        let numbers: [String: [String]]
        do throws(BridgeError) { numbers = try await bridge.decreeNumbersInDirectory() } catch { throw .bridge(error) }
        let state = try await state()
        var decrees: [LossReport.LostDecree] = []
        for (number, entries) in numbers.sorted(by: { $0.key < $1.key }) {
            let known: Bool
            do throws(DecreeError) { known = state.decreeRecord(try DecreeNumber(number)) != nil } catch { known = false }
            if !known { decrees.append(LossReport.LostDecree(number: number, entries: entries.count)) }
        }
        func entry(_ difference: Difference) -> LossReport.LostEntry {
            LossReport.LostEntry(person: difference.person?.description, dn: difference.dn?.description ?? "")
        }
        let accounts = result.differences.filter { if case .orphan = $0 { true } else { false } }.map(entry)
        let revocations = result.differences.filter { if case .lockedByLostRecord = $0 { true } else { false } }.map(entry)
        return LossReport(
            anchor: anchor, headSeq: head.seq, headHash: head.hash, recordsLost: lost, decrees: decrees, accounts: accounts,
            revocations: revocations, differences: ReconcileView.document(result, apply: false, language).differences)
    }

    /// Records a deliberate loss of records after a restore, with what the directory shows was lost and who decided
    /// it, then moves the directory's anchor to the database's head. Refused when nothing was lost, and for an empty
    /// log or one holding less than a tenth of the anchored records (a database copied without its `-wal` file, say)
    /// unless `force`. The record names where the restored log ended (its ``RestorePoint``, else the log's last record):
    /// an entry locked between then and now stays locked until an SK or request recorded after its lock grants it
    /// again (``LostPeriod``). The server's scheduled reconciliations then wait until a person has applied one by hand.
    public func reanchor(reason: String, by person: String, force: Bool, now: Date, language: Language = .indonesian)
        async throws(OfficeError) -> LossReport
    {
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else { throw .badInput(.reanchorReasonMissing) }
        let report = try await lossReport(now: now, language: language)
        if !force, report.headSeq == 0 || report.headSeq * 10 < report.anchor.seq {
            throw .refused(.nearlyEmptyLog(head: report.headSeq, anchor: report.anchor.seq))
        }
        let (restoredSeq, restoredAt) = try await storeCall { store throws(StoreError) -> (Int64, String?) in
            if let point = try store.restorePoint() { return (point.headSeq, point.headRecordedAt) }
            let head = try store.head().seq
            return (head, try store.storedRecords(after: max(0, head - 1), limit: 1).last?.recordedAt)
        }
        let payload = ReanchorRecord(
            previousSeq: report.anchor.seq, previousHash: report.anchor.hash, restorePointSeq: restoredSeq,
            restorePointAt: restoredAt, reason: reason, by: person,
            recordsLost: report.recordsLost, lostDecrees: report.decrees.map(\.number),
            lostAccounts: report.accounts.map { $0.person ?? $0.dn }, lostRevocations: report.revocations.map { $0.person ?? $0.dn },
            differences: report.differences.count)
        _ = try await storeCall { store throws(StoreError) in
            try store.append(kind: AuditKind.auditReanchored, actor: "host:\(person)", subject: "", payload: payload, at: now)
        }
        let bridge = try bridge()
        do throws(BridgeError) { _ = try await bridge.reanchor(now: now) } catch { throw .bridge(error) }
        await anchorWatch.set(.matches)
        await settleRestore()
        return report
    }

    struct ReanchorRecord: Encodable, Sendable {
        let previousSeq: Int64
        let previousHash: String
        /// Where the restored log ended: the lost records began after it.
        let restorePointSeq: Int64
        let restorePointAt: String?
        let reason: String
        let by: String
        let recordsLost: Int64?
        let lostDecrees: [String]
        let lostAccounts: [String]
        let lostRevocations: [String]
        let differences: Int
    }
}
