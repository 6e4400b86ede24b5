import AccessStore
import AccessWorkflow
public import Foundation

// The documents of the SOPs, printed from the office's templates and kept in its archive.
//
// For the web pages (and the operations in DocumentOperations.swift), on an `Office`:
//
//     func makeDocument(_ order: DocumentOrder, by caller: OfficeCaller, at now: Date) async throws(OfficeError)
//         -> GeneratedDocument
//         // renders `order.kind` (daftar-usulan, disposisi, biodata, pakta-integritas, sk-kadis, bast) for a request,
//         // SK or person to HTML (or PDF with format "pdf"), writes it into the archive, records its SHA-256 in the
//         // audit log (`document.generated`), and returns it with its bytes (`content`) and archive row (`entry`).
//     func archive(about subject: String, for caller: OfficeCaller) async throws(OfficeError) -> [ArchiveEntry]
//         // the documents and evidence files kept for a request (with its SK's), an SK number or a person key;
//         // "" lists everything.
//     func archivedFile(named file: String?, sha256: String?, for caller: OfficeCaller) async throws(OfficeError) -> ArchivedFile
//         // one archived file by its archive name (`entry.file`) or its SHA-256, checked against its audit record.
//
// `entry.downloadName` and `entry.contentType` are what a download response needs. Who may: ``AccessPolicy``
// (``ArchiveAccess``): a request's documents and scans every official; an SK's, a person's or the whole archive
// only the identity readers.

extension Office {
    public func makeDocument(_ order: DocumentOrder, by caller: OfficeCaller, at now: Date) async throws(OfficeError)
        -> GeneratedDocument
    {
        await printing.lock()
        do {
            let document = try await printDocument(order, by: caller, at: now)
            await printing.unlock()
            return document
        } catch {
            await printing.unlock()
            throw error
        }
    }

    private func printDocument(_ order: DocumentOrder, by caller: OfficeCaller, at now: Date) async throws(OfficeError)
        -> GeneratedDocument
    {
        guard let kind = OfficeDocumentKind(rawValue: order.kind) else {
            throw .badInput(.said(Phrase(id: "tidak ada dokumen '\(order.kind)'; cetak salah satu dari: \(OfficeDocumentKind.list)", en: "there is no document '\(order.kind)'; print one of: \(OfficeDocumentKind.list)")))
        }
        let format = try Self.format(order.format)
        let staff = try caller.staff(for: .printDocument)
        let documents = try settings.documentSettings()
        let state = try await state()
        let review: Review?
        let (request, decree, people): (AccessRequest?, DecreeRecord?, [PersonKey]?)
        if kind.isOfficeWide {
            // Time used against the standards, by request and official: whoever may read the SLA report.
            _ = try await authorize(.readSLA, caller, now: now)
            let named = [order.request, order.decree, order.person, order.review].compactMap { $0 }
                .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            guard named.isEmpty else {
                throw .badInput(.said(Phrase(id: "\(kind.rawValue) mencakup seluruh kantor; jangan berikan --request, --decree, --person atau --review", en: "a \(kind.rawValue) covers the whole office; give no --request, --decree, --person or --review")))
            }
            review = nil
            (request, decree, people) = (nil, nil, nil)
        } else if kind == .laporanReview {
            // A review's report lists every holder by name and NIP: those who may read the review itself.
            _ = try await authorize(.readReview, caller, now: now)
            review = try Self.reviewToPrint(order, state: state)
            (request, decree, people) = (nil, nil, nil)
        } else {
            if let id = order.review, !id.trimmingCharacters(in: .whitespaces).isEmpty {
                throw .badInput(.said(Phrase(id: "--review hanya untuk laporan-review; \(kind.rawValue) dicetak untuk sebuah permohonan, SK atau orang", en: "--review is for laporan-review only; a \(kind.rawValue) is printed for a request, an SK or a person")))
            }
            try Self.requireMayPrint(order, kind: kind, caller: caller, state: state)
            review = nil
            (request, decree, people) = try await resolve(order, kind: kind, state: state)
        }
        let keys = (request?.candidates.map(\.key) ?? []) + (decree?.decree.grants.map(\.person.key) ?? [])
            + (review?.holders.map(\.person.key) ?? [])
        let (usernames, deliveries, index) = try await storeCall { store throws(StoreError) in
            var names: [PersonKey: String] = [:]
            for key in keys { names[key] = try store.username(for: key) }
            return (names, try DocumentFacts.Delivery.all(store), try ArchiveIndex.load(store))
        }
        let today = self.today(now)
        let identitiesVisible = ArchiveAccess.seesAll(caller, sop)
        let draft = DocumentFacts(
            kind: kind, state: state, request: request, decree: decree, review: review, people: people, usernames: usernames,
            deliveries: deliveries, number: "", now: now, maker: staff.actor)
        let region = sop.office.region
        let given = order.number
        let rendered: Result<(html: String, facts: DocumentFacts), OfficeError> = await Blocking.run {
            do throws(OfficeError) {
                let templates = try DocumentTemplates.load(documents.templatesFolder, region: region)
                let number = try DocumentNumbering.number(
                    (kind: kind, subject: draft.subject, people: people?.map(\.description), request: request?.id.rawValue,
                     decree: decree?.decree.number),
                    given: given, index: index, kantor: templates.kantor, kantorFile: templates.kantorFile, today: today)
                let facts = DocumentFacts(
                    kind: kind, state: state, request: request, decree: decree, review: review, people: people, usernames: usernames,
                    deliveries: deliveries, number: number, now: now, maker: staff.actor, identitiesVisible: identitiesVisible)
                return .success((try templates.render(kind, try DocumentContext.build(facts, templates)), facts))
            } catch {
                return .failure(error)
            }
        }
        let (html, facts) = try rendered.get()
        let content = format == .pdf ? try await PDFPrinter.print(html, settings: documents) : Data(html.utf8)
        let sha256 = ArchiveFolder.sha256(content)
        let stamp = Self.stamp(now, offset: sop.office.utcOffset)
        let personPart = people.map { "-" + $0.map { ArchiveFolder.slug($0.description) }.joined(separator: "-") } ?? ""
        let file = "dokumen/\(today.year)/\(ArchiveFolder.slug(facts.subject))/\(kind.rawValue)\(personPart)-\(stamp)-\(sha256.prefix(8)).\(format.fileExtension)"
        let folder = ArchiveFolder(root: documents.archiveFolder)
        let written: Result<ArchiveFolder.Written, OfficeError> = await Blocking.run {
            do throws(OfficeError) { return .success(try folder.write(content, to: file)) } catch { return .failure(error) }
        }
        _ = try written.get()
        let payload = ArchiveIndex.DocumentRecord(
            kind: kind.rawValue, title: kind.title, number: facts.number, format: format.rawValue, file: file, sha256: sha256,
            size: content.count, year: today.year, request: request?.id.rawValue, decree: decree?.decree.number.description,
            people: people?.map(\.description))
        let subject = facts.subject
        let record = try await storeCall { store throws(StoreError) in
            try store.append(kind: ArchiveIndex.documentKind, actor: staff.uid, subject: subject, payload: payload, at: now)
        }
        return GeneratedDocument(entry: ArchiveIndex.entry(record, payload), content: content)
    }

    public func archive(about subject: String, for caller: OfficeCaller) async throws(OfficeError) -> [ArchiveEntry] {
        let index = try await storeCall { store throws(StoreError) in try ArchiveIndex.load(store) }
        let wanted = subject.trimmingCharacters(in: .whitespaces)
        let state = try await state()
        if !ArchiveAccess.seesAll(caller, sop) {
            guard !wanted.isEmpty, let request = ArchiveAccess.request(about: wanted, state),
                  ArchiveAccess.involved(caller, in: request, state)
            else {
                throw ArchiveAccess.refusal(wanted.isEmpty ? "the whole archive" : "the archive of \(wanted)", sop)
            }
        }
        guard !wanted.isEmpty else { return index.entries }
        var subjects: Set<String> = [wanted]
        var hashes: Set<String> = []
        if let request = state.requests[RequestID(rawValue: wanted)] {
            if let decree = request.decreeNumber { subjects.insert(decree.description) }
            hashes = Set(request.records.flatMap { $0.evidence.values.compactMap(\.sha256) })
        }
        let documents = index.documents.filter {
            subjects.contains($0.record.subject) || $0.payload.decree.map(subjects.contains) == true
                || $0.payload.people?.contains(wanted) == true
        }
        let evidence = index.evidence.filter {
            subjects.contains($0.record.subject) || $0.payload.request == wanted || hashes.contains($0.payload.sha256)
        }
        return (documents.map { ArchiveIndex.entry($0.record, $0.payload) } + evidence.map { ArchiveIndex.entry($0.record, $0.payload) })
            .sorted { $0.seq < $1.seq }
    }

    public func archivedFile(named file: String?, sha256: String?, for caller: OfficeCaller) async throws(OfficeError) -> ArchivedFile {
        guard file?.isEmpty == false || sha256?.isEmpty == false else {
            throw .badInput(.said(Phrase(id: "berkas yang mana? berikan namanya di arsip (dari daftar arsip) atau SHA-256-nya", en: "which file? give its archive name (from the archive list) or its SHA-256")))
        }
        let index = try await storeCall { store throws(StoreError) in try ArchiveIndex.load(store) }
        let hash = sha256?.lowercased()
        let entries = index.entries.reversed()
        guard let entry = entries.first(where: { $0.file == file }) ?? entries.first(where: { hash != nil && $0.sha256 == hash }) else {
            throw .notFound(.said(Phrase(id: "arsip tidak menyimpan berkas \(file ?? hash ?? ""); lihat berkas sebuah permohonan atau SK dengan `hakakses document list SUBJEK`", en: "the archive holds no file \(file ?? hash ?? ""); list the files of a request or SK with `hakakses document list SUBJECT`")))
        }
        guard ArchiveAccess.mayRead(entry, caller, try await state()) else {
            throw ArchiveAccess.refusal(entry.file, sop)
        }
        let folder = ArchiveFolder(root: try settings.documentSettings().archiveFolder)
        let content = await Blocking.run { folder.read(entry.file) }
        guard let content else {
            throw .notFound(.said(Phrase(id: "\(folder.path(entry.file)) (catatan audit #\(entry.seq)) hilang dari arsip; pulihkan dari cadangan arsip (`hakakses audit verify` mendaftar setiap berkas seperti itu)", en: "\(folder.path(entry.file)) (audit record #\(entry.seq)) is missing from the archive; restore it from the archive's backup (`hakakses audit verify` lists every such file)")))
        }
        let found = ArchiveFolder.sha256(content)
        guard found == entry.sha256 else {
            throw .refused(.said(Phrase(id: "\(folder.path(entry.file)) diubah setelah disimpan (SHA-256-nya \(found), catatan audit #\(entry.seq) menyebut \(entry.sha256)); berkas tidak diberikan: pulihkan dari cadangan arsip dan selidiki siapa yang memiliki akses ke folder itu", en: "\(folder.path(entry.file)) was changed after it was kept (its SHA-256 is \(found), audit record #\(entry.seq) says \(entry.sha256)); it is not handed out: restore it from the archive's backup and investigate who had access to the folder")))
        }
        return ArchivedFile(entry: entry, content: content)
    }

    // MARK: - Helpers

    /// ``AccessRule/Relation/requestScoped`` for printing: an official who does not see everything prints only the
    /// documents of a request he is involved in — its own SK, its own candidates — checked before anything is looked
    /// up, so that the answer tells him nothing about other requests or SKs.
    static func requireMayPrint(_ order: DocumentOrder, kind: OfficeDocumentKind, caller: OfficeCaller, state: WorkflowState)
        throws(OfficeError)
    {
        let sop = state.sop
        guard !ArchiveAccess.seesAll(caller, sop) else { return }
        guard let id = order.request.flatMap({ $0.isEmpty ? nil : $0 }), let request = state.requests[RequestID(rawValue: id)],
              ArchiveAccess.involved(caller, in: request, state)
        else {
            throw ArchiveAccess.refusal("a \(kind.rawValue) outside a request you act on", sop)
        }
        if let number = order.decree.flatMap({ $0.isEmpty ? nil : $0 }), number != request.decreeNumber?.rawValue {
            throw ArchiveAccess.refusal("SK \(number), not the SK of \(id)", sop)
        }
    }

    /// The review a `laporan-review` order names; nothing else may be named with it.
    private static func reviewToPrint(_ order: DocumentOrder, state: WorkflowState) throws(OfficeError) -> Review {
        guard let id = order.review?.trimmingCharacters(in: .whitespaces), !id.isEmpty else {
            throw .badInput(.said(Phrase(id: "laporan-review dicetak untuk sebuah review: berikan --review ID (lihat `hakakses review list`)", en: "a laporan-review is printed for a review: give --review ID (see `hakakses review list`)")))
        }
        let others = [order.request, order.decree, order.person].compactMap { $0 }.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        guard others.isEmpty else {
            throw .badInput(.said(Phrase(id: "laporan-review mencakup seluruh pemegang akses review \(id); jangan berikan --request, --decree atau --person", en: "a laporan-review covers every holder of review \(id); give no --request, --decree or --person")))
        }
        return try ReviewViews.find(id, in: state)
    }

    private static func format(_ text: String?) throws(OfficeError) -> DocumentFormat {
        guard let text, !text.isEmpty else { return .html }
        guard let format = DocumentFormat(rawValue: text.lowercased()) else {
            throw .badInput(.said(Phrase(id: "format '\(text)': gunakan html atau pdf", en: "format '\(text)': use html or pdf")))
        }
        return format
    }

    /// "20261123T083000" in office time, for archive names.
    private static func stamp(_ instant: Date, offset: UTCOffset) -> String {
        let local = Int((instant.timeIntervalSince1970 + Double(offset.seconds)).rounded(.down))
        let day = CivilDate(instant, offset: offset)
        let seconds = ((local % 86_400) + 86_400) % 86_400
        func two(_ value: Int) -> String { (value < 10 ? "0" : "") + String(value) }
        return "\(day.year)\(two(day.month))\(two(day.day))T\(two(seconds / 3600))\(two(seconds / 60 % 60))\(two(seconds % 60))"
    }

    /// The request, SK and people an order names, checked against the state.
    private func resolve(_ order: DocumentOrder, kind: OfficeDocumentKind, state: WorkflowState) async throws(OfficeError)
        -> (AccessRequest?, DecreeRecord?, [PersonKey]?)
    {
        var request: AccessRequest?
        var decree: DecreeRecord?
        var people: [PersonKey]?
        if let id = order.request.flatMap({ $0.isEmpty ? nil : $0 }) {
            guard let found = state.requests[RequestID(rawValue: id)] else {
                throw .notFound(.said(Phrase(id: "tidak ada permohonan \(id); periksa nomornya dengan `hakakses request list`", en: "there is no request \(id); check the id with `hakakses request list`")))
            }
            request = found
        }
        if let number = order.decree.flatMap({ $0.isEmpty ? nil : $0 }) {
            decree = try await DecreeLookup.record(number, self)
        }
        if let text = order.person.flatMap({ $0.isEmpty ? nil : $0 }) {
            let key: PersonKey
            if let request {
                key = try await InputParsing.candidate(text, of: request.id, in: state, office: self)
            } else {
                key = try await InputParsing.person(text, office: self)
                if decree == nil {
                    request = state.requests.values.filter { $0.candidates.contains { $0.key == key } }.max { $0.filedAt < $1.filedAt }
                    if request == nil {
                        decree = state.decrees.values.filter { $0.decree.grants.contains { $0.person.key == key } }
                            .max { $0.decree.effectiveFrom < $1.decree.effectiveFrom }
                    }
                    guard request != nil || decree != nil else {
                        throw .notFound(.said(Phrase(id: "\(text) tidak ada dalam permohonan maupun SK mana pun; cetak dokumen untuk sebuah permohonan atau SK", en: "\(text) is on no request and no SK; print the document for a request or SK")))
                    }
                } else if let decree, !decree.decree.grants.contains(where: { $0.person.key == key }) {
                    throw .badInput(.said(Phrase(id: "\(text) tidak tercantum dalam SK \(decree.decree.number)", en: "\(text) is not on SK \(decree.decree.number)")))
                }
            }
            if kind.perPerson || kind == .bast { people = [key] }
        }
        switch kind {
        case .daftarUsulan, .disposisi, .suratJawaban:
            guard request != nil else { throw .badInput(.said(Phrase(id: "\(kind.rawValue) dicetak untuk sebuah permohonan: berikan --request ID", en: "a \(kind.rawValue) is printed for a request: give --request ID"))) }
        case .skKadis:
            if decree == nil, let request {
                guard let number = request.decreeNumber, let found = state.decreeRecord(number) else {
                    let why = sop.firstStep(ofKind: .decree) == nil
                        ? "this SOP (\(sop.number)) grants access by completed requests, without an SK"
                        : "its SK is not issued yet (`hakakses decree issue --request \(request.id)`)"
                    throw .refused(.said(Phrase(id: "\(request.id) belum memiliki SK untuk dicetak: \(why)", en: "\(request.id) has no SK to print: \(why)")))
                }
                decree = found
            }
            guard decree != nil else { throw .badInput(.said(Phrase(id: "SK dicetak untuk sebuah SK: berikan --decree NOMOR atau --request ID", en: "an SK is printed for an SK: give --decree NUMBER or --request ID"))) }
        case .laporanReview, .laporanSLA:
            break
        case .biodata, .paktaIntegritas, .bast:
            guard request != nil || decree != nil else {
                throw .badInput(.said(Phrase(id: "\(kind.rawValue) dicetak untuk sebuah permohonan, SK atau orang: berikan --request ID, --decree NOMOR atau --person", en: "a \(kind.rawValue) is printed for a request, an SK or a person: give --request ID, --decree NUMBER or --person")))
            }
        }
        return (request, decree, people)
    }
}
