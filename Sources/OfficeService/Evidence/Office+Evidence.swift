import AccessStore
public import AccessWorkflow
public import Foundation

// Evidence files kept, not only hashed.
//
// For the web pages (and StoreEvidenceCommand), on an `Office`:
//
//     func storeEvidence(_ content: Data, claimedName: String, document: String, request: String?,
//                        by caller: OfficeCaller, at now: Date) async throws(OfficeError) -> StoredEvidence
//         // checks the type by content (PDF, JPEG or PNG; never by name) and the size (documents.evidenceMaxMiB,
//         // default 10 MiB), keeps the file in the archive as `bukti/<sha256>.<ext>`, records it in the audit log
//         // (`evidence.stored`, subject: the request when given), and returns `evidence`, the EvidenceInput to send
//         // with the step (approve, file, resubmit).
//
// A step refuses evidence whose SHA-256 names no file kept this way (``Office/requireKeptFiles(_:)``), and
// `hakakses audit verify` reports a kept file that was changed or removed afterwards, naming its record.

extension Office {
    public func storeEvidence(
        _ content: Data, claimedName: String, document: String, request: String?, by caller: OfficeCaller, at now: Date
    ) async throws(OfficeError) -> StoredEvidence {
        let checked = try await checkEvidence(content, claimedName: claimedName, document: document, request: request, by: caller)
        return try await keep(checked, content, at: now)
    }

    /// An evidence file that passed every check but is not kept yet.
    public struct CheckedEvidence: Sendable {
        /// What a step's evidence gives for it once kept.
        public let evidence: EvidenceInput
        let staffUID: String
        let document: String
        let requestID: String?
        let name: String
        let fileName: String
        let note: String?
        let type: EvidenceFileType
    }

    /// Checks an evidence file as ``storeEvidence(_:claimedName:document:request:by:at:)`` would (who sends it, the
    /// document, the request, size and type by content) without keeping it: a page that sends files with a step
    /// checks them and the step first, so that a refused step leaves no file behind.
    public func checkEvidence(
        _ content: Data, claimedName: String, document: String, request: String?, by caller: OfficeCaller
    ) async throws(OfficeError) -> CheckedEvidence {
        let staff = try caller.staff(for: .sendEvidence)
        let documentID = DocumentID(rawValue: document)
        guard sop.document(documentID) != nil || documentID == FourEyes.scanDocument else {
            throw .badInput(.said(Phrase(id: "dokumen '\(document)' tidak dikenal; dokumen SOP ini: \(sop.documents.map(\.id.rawValue).joined(separator: ", "))", en: "unknown document '\(document)'; this SOP's documents are: \(sop.documents.map(\.id.rawValue).joined(separator: ", "))")))
        }
        let requestID = request.flatMap { $0.isEmpty ? nil : $0 }
        if let requestID {
            guard try await state().requests[RequestID(rawValue: requestID)] != nil else {
                throw .notFound(.said(Phrase(id: "tidak ada permohonan \(requestID); periksa nomornya dengan `hakakses request list`", en: "there is no request \(requestID); check the id with `hakakses request list`")))
            }
        }
        let name = Self.baseName(claimedName)
        let settings = try settings.documentSettings()
        guard !content.isEmpty else { throw .badInput(.said(Phrase(id: "\(name) kosong; pindai ulang dokumennya", en: "\(name) is empty; scan the document again"))) }
        guard content.count <= settings.evidenceMaxBytes else {
            throw .badInput(.said(Phrase(id: "\(name) berukuran \(Self.size(content.count)); kantor menerima berkas bukti sampai \(Self.size(settings.evidenceMaxBytes)) (documents.evidenceMaxMiB): pindai dengan resolusi lebih rendah atau per bagian", en: "\(name) is \(Self.size(content.count)); the office accepts evidence files up to \(Self.size(settings.evidenceMaxBytes)) (documents.evidenceMaxMiB): scan it at a lower resolution or in parts")))
        }
        guard let type = EvidenceFileType.detect(content) else {
            throw .badInput(.said(Phrase(id: "\(name) menurut isinya bukan berkas PDF, JPEG atau PNG (isinya \(EvidenceFileType.describeUnaccepted(content))); pindai dokumennya ke PDF, JPEG atau PNG lalu kirim itu", en: "\(name) is not a PDF, JPEG or PNG file by its content (it is \(EvidenceFileType.describeUnaccepted(content))); scan the document to PDF, JPEG or PNG and send that")))
        }
        let (fileName, note) = Self.named(name, as: type)
        return CheckedEvidence(
            evidence: EvidenceInput(document: document, sha256: ArchiveFolder.sha256(content), fileName: fileName),
            staffUID: staff.uid, document: document, requestID: requestID, name: name, fileName: fileName, note: note,
            type: type)
    }

    /// Keeps a checked evidence file: the archive, then its audit record.
    public func keep(_ checked: CheckedEvidence, _ content: Data, at now: Date) async throws(OfficeError) -> StoredEvidence {
        let settings = try settings.documentSettings()
        let type = checked.type, requestID = checked.requestID, document = checked.document, name = checked.name
        let fileName = checked.fileName, note = checked.note, uid = checked.staffUID
        let sha256 = ArchiveFolder.sha256(content)
        let file = "bukti/\(sha256).\(type.fileExtension)"
        let folder = ArchiveFolder(root: settings.archiveFolder)
        let written: Result<ArchiveFolder.Written, OfficeError> = await Blocking.run {
            do throws(OfficeError) { return .success(try folder.write(content, to: file)) } catch { return .failure(error) }
        }
        _ = try written.get()
        let payload = ArchiveIndex.EvidenceRecord(
            document: document, request: requestID, claimedName: name, fileName: fileName, type: type.rawValue, file: file,
            sha256: sha256, size: content.count)
        let record = try await storeCall { store throws(StoreError) in
            try store.append(kind: ArchiveIndex.evidenceKind, actor: uid, subject: requestID ?? "", payload: payload, at: now)
        }
        return StoredEvidence(
            evidence: EvidenceInput(document: document, sha256: sha256, fileName: fileName), type: type.rawValue,
            entry: ArchiveIndex.entry(record, payload), note: note)
    }

    /// Refuses evidence that gives a SHA-256 for which the archive keeps no file with that content: a step's
    /// documents are files kept by the office, not only hashes (send the file first: ``storeEvidence``).
    ///
    /// A step cites only scans sent for its request (`request`) or by the official acting (`actor`): nobody makes
    /// another request's scan readable by citing its hash. With `document`, the scan must have been sent as that
    /// document (the signed SK of a confirmation).
    public func requireKeptFiles(_ evidence: [EvidenceInput], for request: String?, by actor: WorkflowActor, document: String? = nil)
        async throws(OfficeError)
    {
        let hashed = evidence.filter { $0.sha256?.isEmpty == false }
        guard !hashed.isEmpty else { return }
        let index = try await storeCall { store throws(StoreError) in try ArchiveIndex.load(store) }
        let folder = ArchiveFolder(root: try settings.documentSettings().archiveFolder)
        for item in hashed {
            let hash = item.sha256?.lowercased() ?? ""
            let candidates = index.evidence.filter { $0.payload.sha256 == hash }
            let usable = candidates.last { kept in
                (document == nil || kept.payload.document == document)
                    && ((request != nil && kept.payload.request == request) || LoginName.same(kept.record.actor, actor.uid))
            }
            if candidates.last != nil, usable == nil {
                throw .refused(.access(.scanNotYours(document: document ?? item.document, sha256: hash)))
            }
            guard let kept = usable else {
                throw .badInput(.said(Phrase(id: "berkas untuk \(item.document) (SHA-256 \(hash)) tidak tersimpan di arsip kantor; kirim berkasnya sendiri (--file \(item.document)=JALUR, atau unggahan di halaman permohonan), bukan hanya hash-nya", en: "the file for \(item.document) (SHA-256 \(hash)) is not kept in the office's archive; send the file itself (--file \(item.document)=PATH, or the upload on the request page), not only its hash")))
            }
            let file = kept.payload.file
            let content = await Blocking.run { folder.read(file) }
            guard let content, ArchiveFolder.sha256(content) == hash else {
                throw .refused(.said(Phrase(id: "berkas tersimpan untuk \(item.document) (\(folder.path(file)), catatan audit #\(kept.record.seq)) hilang atau diubah; jalankan `hakakses audit verify` dan pulihkan arsip dari cadangannya, atau kirim berkasnya lagi", en: "the kept file for \(item.document) (\(folder.path(file)), audit record #\(kept.record.seq)) is missing or was changed; run `hakakses audit verify` and restore the archive from its backup, or send the file again")))
            }
        }
    }

    /// The last path component of a claimed name, without control characters; "bukti" when nothing is left.
    static func baseName(_ claimed: String) -> String {
        let last = claimed.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let clean = String(last.unicodeScalars.filter { $0.properties.generalCategory != .control }).trimmingCharacters(in: .whitespaces)
        return clean.isEmpty || clean == "." || clean == ".." ? "bukti" : String(clean.prefix(200))
    }

    /// The recorded name: the claimed name with the extension of the type found in the content, and a note when
    /// the claimed extension said another type.
    static func named(_ name: String, as type: EvidenceFileType) -> (String, String?) {
        let dot = name.lastIndex(of: ".")
        let stem = dot.map { String(name[..<$0]) } ?? name
        let claimed = dot.map { name[name.index(after: $0)...].lowercased() }
        if let claimed, type.nameExtensions.contains(claimed) { return (name, nil) }
        let renamed = (stem.isEmpty ? "bukti" : stem) + "." + type.fileExtension
        let said = claimed.flatMap { ext in EvidenceFileType.allCases.first { $0.nameExtensions.contains(ext) } }
        let note = said.map { "\(name) is a \(type.label) by its content, not a \($0.label) as its name says: it is kept as \(type.label), named \(renamed)" }
            ?? "\(name) is a \(type.label) by its content: it is kept named \(renamed)"
        return (renamed, note)
    }

    static func size(_ bytes: Int) -> String {
        bytes < 1024 * 1024 ? String(format: "%.1f KiB", Double(bytes) / 1024) : String(format: "%.1f MiB", Double(bytes) / 1024 / 1024)
    }
}
