import AccessWorkflow
import Foundation
import Mustache
import Yams

/// The office's templates, loaded from its templates folder: every `*.mustache` file (a document is `<kind>.mustache`;
/// files starting with `_` are partials and parents such as the letterhead and the page layout) and the letterhead
/// data, `kantor.yaml` (or, in the shipped folder, the file under `kantor/` whose `wilayah` is the office's region).
///
/// Templates are office-editable data: a template that does not parse, names a partial that does not exist, or a
/// `kantor.yaml` that is not valid YAML or lacks a required key is refused with the file, the line and what to fix.
/// Loaded for every document, so an edit counts from the next one without a restart.
struct DocumentTemplates {
    let folder: URL
    let library: MustacheLibrary
    /// `kantor.yaml` as data for the templates (`{{kantor.kop.dinas}}`).
    let kantor: [String: Any]
    let kantorFile: URL

    static func load(_ folder: URL, region: RegionCode) throws(OfficeError) -> DocumentTemplates {
        let manager = FileManager.default
        guard let names = manager.enumerator(atPath: folder.path) else {
            throw .badInput(.said(Phrase(id: "folder templat \(folder.path) tidak dapat dibaca; periksa bahwa folder itu ada (kunci konfigurasi documents.templates)", en: "the templates folder \(folder.path) cannot be read; check it exists (configuration key documents.templates)")))
        }
        var templates: [String: MustacheTemplate] = [:]
        var texts: [String: String] = [:]
        for case let name as String in names where name.hasSuffix(".mustache") {
            let url = folder.appendingPathComponent(name)
            guard let data = manager.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
                throw .badInput(.said(Phrase(id: "templat \(url.path) tidak dapat dibaca sebagai teks UTF-8; simpan sebagai UTF-8", en: "the template \(url.path) cannot be read as UTF-8 text; save it as UTF-8")))
            }
            do {
                templates[String(name.dropLast(".mustache".count))] = try MustacheTemplate(string: text)
            } catch let error as MustacheTemplate.ParserError {
                throw .badInput(.said(Phrase(id: "templat \(url.path) tidak sah pada baris \(error.context.lineNumber), kolom \(error.context.columnNumber) (\(error.context.line.trimmingCharacters(in: .whitespaces))): \(Self.explain(error.error)); perbaiki templatnya", en: "the template \(url.path) is not valid at line \(error.context.lineNumber), column \(error.context.columnNumber) (\(error.context.line.trimmingCharacters(in: .whitespaces))): \(Self.explain(error.error)); fix the template")))
            } catch {
                throw .badInput(.said(Phrase(id: "templat \(url.path) tidak sah: \(error); perbaiki templatnya", en: "the template \(url.path) is not valid: \(error); fix the template")))
            }
            texts[String(name.dropLast(".mustache".count))] = text
        }
        for (name, text) in texts {
            try checkPartials(text, of: folder.appendingPathComponent(name + ".mustache"), known: Set(templates.keys))
        }
        let (kantor, kantorFile) = try loadKantor(folder, region: region)
        return DocumentTemplates(folder: folder, library: MustacheLibrary(templates: templates), kantor: kantor, kantorFile: kantorFile)
    }

    /// The document rendered with `context`, or an error naming the missing template.
    func render(_ kind: OfficeDocumentKind, _ context: [String: Any]) throws(OfficeError) -> String {
        guard let html = library.render(context, withTemplate: kind.templateName) else {
            throw .badInput(.said(Phrase(id: "tidak ada templat \(kind.templateName).mustache di \(folder.path); salin dari config/templates hak-akses", en: "there is no template \(kind.templateName).mustache in \(folder.path); copy it from config/templates of hak-akses")))
        }
        return html
    }

    /// A piece of text from `kantor.yaml` that is itself a template (the diktum of an SK may say `{{sk.judul}}`),
    /// rendered as plain text: the document's template escapes it for HTML once, where it prints it.
    func renderText(_ text: String, at key: String, _ context: [String: Any]) throws(OfficeError) -> String {
        do {
            return try MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}" + text).render(context, library: library)
        } catch let error as MustacheTemplate.ParserError {
            throw .badInput(.said(Phrase(id: "\(key) dalam \(kantorFile.path) bukan templat yang sah pada kolom \(error.context.columnNumber): \(Self.explain(error.error)); perbaiki", en: "\(key) in \(kantorFile.path) is not a valid template at column \(error.context.columnNumber): \(Self.explain(error.error)); fix it")))
        } catch {
            throw .badInput(.said(Phrase(id: "\(key) dalam \(kantorFile.path) bukan templat yang sah (\(error)); perbaiki", en: "\(key) in \(kantorFile.path) is not a valid template (\(error)); fix it")))
        }
    }

    /// A `{{> name}}` or `{{< name}}` of a template that names no template in the folder (Mustache would print
    /// nothing for it, silently).
    private static func checkPartials(_ text: String, of file: URL, known: Set<String>) throws(OfficeError) {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = Substring(line)
            while let open = rest.range(of: "{{") {
                rest = rest[open.upperBound...]
                guard let marker = rest.first, marker == ">" || marker == "<" else { continue }
                guard let close = rest.range(of: "}}") else { break }
                let name = rest[rest.index(after: rest.startIndex)..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                if !known.contains(name) {
                    throw .badInput(.said(Phrase(id: "templat \(file.path) baris \(index + 1) memakai bagian '\(name)', tetapi tidak ada \(name).mustache di \(file.deletingLastPathComponent().path); perbaiki namanya atau tambahkan berkasnya", en: "the template \(file.path) line \(index + 1) uses the partial '\(name)', but there is no \(name).mustache in \(file.deletingLastPathComponent().path); fix the name or add the file")))
                }
                rest = rest[close.upperBound...]
            }
        }
    }

    private static func loadKantor(_ folder: URL, region: RegionCode) throws(OfficeError) -> ([String: Any], URL) {
        let own = folder.appendingPathComponent("kantor.yaml")
        var candidates = [own]
        if !FileManager.default.fileExists(atPath: own.path) {
            let shelf = folder.appendingPathComponent("kantor")
            candidates = ((try? FileManager.default.contentsOfDirectory(atPath: shelf.path)) ?? []).sorted()  // try?: no shelf folder is no candidate: the letterhead is then refused below, by region
                .filter { $0.hasSuffix(".yaml") }.map { shelf.appendingPathComponent($0) }
        }
        for file in candidates {
            let data = try parseKantor(file)
            let wilayah = data["wilayah"].map { "\($0)" }
            if file == own || wilayah == region.description { return (data, file) }
        }
        throw .badInput(.said(Phrase(id: "tidak ada kop surat untuk wilayah \(region) di \(folder.path): tulis kantor.yaml di sana (lihat kantor/*.yaml pada templat bawaan untuk kunci-kuncinya)", en: "there is no letterhead for region \(region) in \(folder.path): write kantor.yaml there (see kantor/*.yaml of the shipped templates for the keys)")))
    }

    private static func parseKantor(_ file: URL) throws(OfficeError) -> [String: Any] {
        guard let data = FileManager.default.contents(atPath: file.path), let text = String(data: data, encoding: .utf8) else {
            throw .badInput(.said(Phrase(id: "berkas kop surat \(file.path) tidak dapat dibaca sebagai teks UTF-8", en: "the letterhead file \(file.path) cannot be read as UTF-8 text")))
        }
        let parsed: Any?
        do { parsed = try Yams.load(yaml: text) } catch {
            throw .badInput(.said(Phrase(id: "berkas kop surat \(file.path) bukan YAML yang sah \(yamlPlace(error)); perbaiki", en: "the letterhead file \(file.path) is not valid YAML \(yamlPlace(error)); fix it")))
        }
        guard let root = parsed.map(plain) as? [String: Any] else {
            throw .badInput(.said(Phrase(id: "berkas kop surat \(file.path) harus berupa pemetaan YAML (kop:, kota:, nomor:, …)", en: "the letterhead file \(file.path) must be a YAML mapping (kop:, kota:, nomor:, …)")))
        }
        let kop = root["kop"] as? [String: Any]
        for (key, value) in [("kop.pemerintah", kop?["pemerintah"]), ("kop.dinas", kop?["dinas"]), ("kota", root["kota"])] {
            guard let text = value.map({ "\($0)" }), !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw .badInput(.said(Phrase(id: "berkas kop surat \(file.path) tidak memiliki \(key); tambahkan (lihat kantor/*.yaml bawaan)", en: "the letterhead file \(file.path) has no \(key); add it (see the shipped kantor/*.yaml)")))
            }
        }
        return root
    }

    /// YAML's mappings as `[String: Any]` all the way down (Yams gives nested ones as `[AnyHashable: Any]`, which
    /// Mustache does not look into).
    private static func plain(_ value: Any) -> Any {
        switch value {
        case let mapping as [AnyHashable: Any]:
            return Dictionary(uniqueKeysWithValues: mapping.map { ("\($0.key.base)", plain($0.value)) })
        case let list as [Any]:
            return list.map(plain)
        default:
            return value
        }
    }

    /// "at line 14, column 7: did not find expected ',' or ']'" from a YAML error.
    private static func yamlPlace(_ error: any Error) -> String {
        if let error = error as? YamlError {
            switch error {
            case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
                 .composer(let context, let problem, let mark, _):
                return "at line \(mark.line), column \(mark.column): \(context.map { "\($0.text): " } ?? "")\(problem)"
            default: break
            }
        }
        return "(\(String(describing: error).split(separator: "\n").first ?? ""))"
    }

    private static func explain(_ error: any Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        return switch error {
        case .sectionCloseNameIncorrect: "a section is closed with another name than the one it was opened with ({{#a}} … {{/b}})"
        case .unfinishedName: "a tag is not finished (a {{ without its }})"
        case .expectedSectionEnd: "a section is never closed (a {{#name}} without its {{/name}})"
        case .invalidSetDelimiter: "a set-delimiter tag is badly written"
        case .transformAppliedToInheritanceSection: "a transform is applied to an inheritance section"
        case .illegalTokenInsideInheritSection, .textInsideInheritSection: "only {{$block}} sections may stand inside a {{<parent}} section"
        case .invalidConfigVariableSyntax, .unrecognisedConfigVariable: "a {{% pragma}} tag is not understood"
        }
    }
}
