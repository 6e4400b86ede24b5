import ArgumentParser
import Crypto
import Foundation
import OfficeService

/// `--evidence DOC=REFERENCE` and `--file DOC=PATH` (the file's SHA-256 is recorded, not the file).
struct EvidenceOptions: ParsableArguments {
    @Option(name: .customLong("evidence"), help: ArgumentHelp("A document on record, by reference number: DOC=REFERENCE, e.g. pakta-integritas=PI/12/2025.", valueName: "doc=ref"))
    var references: [String] = []

    @Option(name: .customLong("file"), help: ArgumentHelp("A scanned document: DOC=PATH; its SHA-256 is recorded.", valueName: "doc=path"))
    var files: [String] = []

    @Option(name: .long, help: "A note for the record.") var note: String = ""

    /// The evidence as sent to the office (which checks the document ids against its SOP).
    func inputs() throws(OfficeError) -> [EvidenceInput] {
        var inputs: [EvidenceInput] = []
        for item in references {
            let (id, value) = try split(item, flag: "--evidence")
            inputs.append(EvidenceInput(document: id, reference: value))
        }
        for item in files {
            let (id, path) = try split(item, flag: "--file")
            guard let data = FileManager.default.contents(atPath: path) else {
                throw .badInput(.fileUnreadable(document: id, path: path))
            }
            let digest = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
            inputs.append(EvidenceInput(document: id, sha256: digest, fileName: URL(fileURLWithPath: path).lastPathComponent))
        }
        return inputs
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
