import AccessWorkflow
import ArgumentParser
import Crypto
import Foundation

/// `--evidence DOC=REFERENCE` and `--file DOC=PATH` (the file's SHA-256 is recorded, not the file).
struct EvidenceOptions: ParsableArguments {
    @Option(name: .customLong("evidence"), help: ArgumentHelp("A document on record, by reference number: DOC=REFERENCE, e.g. pakta-integritas=PI/12/2025.", valueName: "doc=ref"))
    var references: [String] = []

    @Option(name: .customLong("file"), help: ArgumentHelp("A scanned document: DOC=PATH; its SHA-256 is recorded.", valueName: "doc=path"))
    var files: [String] = []

    @Option(name: .long, help: "A note for the record.") var note: String = ""

    /// The evidence by document id; unknown document ids are refused with the list of known ones.
    func evidence(sop: SOPDefinition) throws(CLIError) -> [DocumentID: Evidence] {
        var result: [DocumentID: (reference: String?, hash: String?, file: String?)] = [:]
        for item in references {
            let (id, value) = try split(item, flag: "--evidence", sop: sop)
            result[id, default: (nil, nil, nil)].reference = value
        }
        for item in files {
            let (id, path) = try split(item, flag: "--file", sop: sop)
            guard let data = FileManager.default.contents(atPath: path) else {
                throw .badInput("--file \(id)=\(path): cannot read the file")
            }
            let digest = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
            result[id, default: (nil, nil, nil)].hash = digest
            result[id, default: (nil, nil, nil)].file = URL(fileURLWithPath: path).lastPathComponent
        }
        var evidence: [DocumentID: Evidence] = [:]
        for (id, parts) in result {
            do { evidence[id] = try Evidence(reference: parts.reference, sha256: parts.hash, fileName: parts.file) } catch {
                throw .badInput("evidence for \(id): \(error)")
            }
        }
        return evidence
    }

    private func split(_ item: String, flag: String, sop: SOPDefinition) throws(CLIError) -> (DocumentID, String) {
        guard let equals = item.firstIndex(of: "="), equals != item.startIndex else {
            throw .badInput("\(flag) '\(item)': expected DOC=VALUE")
        }
        let id = DocumentID(rawValue: String(item[..<equals]))
        let value = String(item[item.index(after: equals)...])
        guard sop.document(id) != nil else {
            let known = sop.documents.map(\.id.rawValue).joined(separator: ", ")
            throw .badInput("\(flag): unknown document '\(id)'; this SOP's documents are: \(known)")
        }
        guard !value.isEmpty else { throw .badInput("\(flag) \(id)= needs a value") }
        return (id, value)
    }
}
