import ArgumentParser
import Foundation
import OfficeService

/// `--evidence DOC=REFERENCE` and `--file DOC=PATH` (the file is sent to the office, which keeps it in its archive
/// after checking its type by content and its size, and records its SHA-256 with the step).
struct EvidenceOptions: ParsableArguments {
    @Option(name: .customLong("evidence"), help: ArgumentHelp(
        "A document on record, by reference number: DOC=REFERENCE, e.g. pakta-integritas=PI/12/2025.",
        id: "Dokumen yang sudah tercatat, menurut nomornya: DOC=REFERENCE, misalnya pakta-integritas=PI/12/2025.", valueName: "doc=ref"))
    var references: [String] = []

    @Option(name: .customLong("file"), help: ArgumentHelp(
        "A scanned document (PDF, JPEG or PNG): DOC=PATH; the office keeps the file and records its SHA-256.",
        id: "Pindaian dokumen (PDF, JPEG atau PNG): DOC=PATH; kantor menyimpan berkasnya dan mencatat SHA-256-nya.", valueName: "doc=path"))
    var files: [String] = []

    @Option(name: .long, help: ArgumentHelp("A note for the record.", id: "Catatan (ikut dicatat).")) var note: String = ""

    /// The references; the files are only checked to be readable here (before anything is sent), and sent by
    /// ``inputs(via:request:)``.
    func inputs() throws(OfficeError) -> [EvidenceInput] {
        _ = try scans()
        return try referenceInputs()
    }

    /// The evidence as sent with the step: the references, and each file first sent to the office to be kept
    /// (`StoreEvidenceCommand`), which answers with its SHA-256 and recorded name.
    func inputs(via link: OfficeLink, request: String?) async throws -> [EvidenceInput] {
        var inputs = try referenceInputs()
        for (id, name, data) in try scans() {
            let stored = try await link.perform(StoreEvidenceCommand(document: id, request: request, fileName: name, content: data))
            if let note = stored.note { printError(Catalogue.documents.evidenceNote(note).text(in: Shell.language)) }
            inputs.append(stored.evidence)
        }
        return inputs
    }

    /// The evidence as sent with `operation`: with scans, `operation` is first only checked, with the scans by
    /// SHA-256, and the files are sent (``inputs(via:request:)``) only if it would be accepted.
    func inputs<Operation: CheckableOperation>(for operation: Operation, via link: OfficeLink, request: String?)
        async throws -> [EvidenceInput]
    {
        if !files.isEmpty {
            var check = operation
            check.evidence = try referenceInputs() + scans().map { EvidenceInput.scan(document: $0.0, content: $0.2, fileName: $0.1) }
            check.checkOnly = true
            _ = try await link.perform(check)
        }
        return try await inputs(via: link, request: request)
    }

    private func referenceInputs() throws(OfficeError) -> [EvidenceInput] {
        var inputs: [EvidenceInput] = []
        for item in references {
            let (id, value) = try split(item, flag: "--evidence")
            inputs.append(EvidenceInput(document: id, reference: value))
        }
        return inputs
    }

    private func scans() throws(OfficeError) -> [(String, String, Data)] {
        var scans: [(String, String, Data)] = []
        for item in files {
            let (id, path) = try split(item, flag: "--file")
            guard let data = FileManager.default.contents(atPath: path) else {
                throw .badInput(.fileUnreadable(document: id, path: path))
            }
            scans.append((id, URL(fileURLWithPath: path).lastPathComponent, data))
        }
        return scans
    }

    private func split(_ item: String, flag: String) throws(OfficeError) -> (String, String) {
        guard let equals = item.firstIndex(of: "="), equals != item.startIndex else {
            throw .badInput(.optionForm(flag: flag, item: item))
        }
        let id = String(item[..<equals])
        let value = String(item[item.index(after: equals)...])
        guard !value.isEmpty else { throw .badInput(.optionValue(flag: flag, document: id)) }
        return (id, value)
    }
}

/// Reading a spreadsheet the user names.
enum Upload {
    static func csv(_ path: String, what: OfficeMessage.Upload) throws(OfficeError) -> CSVUpload {
        guard let data = FileManager.default.contents(atPath: path) else { throw .badInput(.uploadUnreadable(what, path: path)) }
        return CSVUpload(fileName: URL(fileURLWithPath: path).lastPathComponent, bytes: Array(data))
    }
}
