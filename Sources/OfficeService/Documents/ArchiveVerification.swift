public import AccessStore
public import AccessWorkflow
public import Foundation

/// A file the audit log says the archive keeps, found missing or changed.
public struct ArchiveProblem: Sendable, Hashable, CustomStringConvertible {
    public enum Issue: Sendable, Hashable {
        case missing
        case changed(found: String)
    }

    /// The audit record that keeps the file's hash.
    public let seq: Int64
    public let recordKind: String
    /// The record's subject (request, SK, person), and what the file is.
    public let subject: String
    public let what: String
    /// The file's path.
    public let path: String
    public let recordedHash: String
    public let issue: Issue
    /// The steps whose evidence is this file: "REQ-2026-0001 step kajian-kasi (pakta-integritas)".
    public let usedBy: [String]

    public var description: String {
        let about = subject.isEmpty ? what : "\(what) of \(subject)"
        let used = usedBy.isEmpty ? "" : "; it is the evidence of \(usedBy.joined(separator: ", "))"
        switch issue {
        case .missing:
            return "audit record #\(seq) (\(recordKind), \(about)): the file \(path) is missing\(used); restore it from the archive's backup"
        case .changed(let found):
            return "audit record #\(seq) (\(recordKind), \(about)): the file \(path) was changed after it was kept (its SHA-256 is now \(found), the record says \(recordedHash))\(used); restore it from the archive's backup and investigate who had access to the folder"
        }
    }
}

/// The archive compared with the audit log: every file a `document.generated` or `evidence.stored` record names
/// must be there with the recorded SHA-256. Run by `hakakses audit verify` after the log itself verified.
public enum ArchiveVerification {
    /// The number of files checked and the problems found, in log order. `state` names the steps that use each
    /// evidence file.
    public static func check(_ settings: OfficeSettings, store: AccessStore, state: WorkflowState?)
        throws(OfficeError) -> (files: Int, problems: [ArchiveProblem])
    {
        try check(archive: try settings.documentSettings().archiveFolder, store: store, state: state)
    }

    /// The same, for the archive folder `root` (a backup's copy of it).
    public static func check(archive root: URL, store: AccessStore, state: WorkflowState?)
        throws(OfficeError) -> (files: Int, problems: [ArchiveProblem])
    {
        let index: ArchiveIndex
        do { index = try ArchiveIndex.load(store) } catch { throw .store(error) }
        let folder = ArchiveFolder(root: root)
        var uses: [String: [String]] = [:]
        for request in state?.requests.values.sorted(by: { $0.id.rawValue < $1.id.rawValue }) ?? [] {
            for record in request.records {
                for (document, evidence) in record.evidence.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                    if let hash = evidence.sha256 { uses[hash, default: []].append("\(request.id) step \(record.step) (\(document))") }
                }
            }
        }
        var files: [(seq: Int64, kind: String, subject: String, what: String, file: String, hash: String)] =
            index.documents.map { ($0.record.seq, $0.record.kind, $0.record.subject, $0.payload.kind, $0.payload.file, $0.payload.sha256) }
        files += index.evidence.map {
            ($0.record.seq, $0.record.kind, $0.record.subject, "\($0.payload.document) file \($0.payload.fileName)", $0.payload.file, $0.payload.sha256)
        }
        var problems: [ArchiveProblem] = []
        for item in files.sorted(by: { $0.seq < $1.seq }) {
            let issue: ArchiveProblem.Issue
            if let content = folder.read(item.file) {
                let found = ArchiveFolder.sha256(content)
                guard found != item.hash else { continue }
                issue = .changed(found: found)
            } else {
                issue = .missing
            }
            problems.append(ArchiveProblem(
                seq: item.seq, recordKind: item.kind, subject: item.subject, what: item.what, path: folder.path(item.file),
                recordedHash: item.hash, issue: issue, usedBy: item.kind == ArchiveIndex.evidenceKind ? uses[item.hash] ?? [] : []))
        }
        return (files.count, problems)
    }
}
