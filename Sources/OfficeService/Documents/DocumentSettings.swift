public import Foundation

extension ConfigFile {
    /// `documents:` in the configuration (issue 10). Every key is optional.
    public struct Documents: Codable, Sendable {
        /// The folder of the Mustache templates and the office's letterhead data (`kantor.yaml`); default:
        /// `templates` beside the configuration, else the templates shipped with hak-akses.
        public var templates: String?
        /// The browser that prints PDF: a path or a name on PATH (default `chromium`, Debian's package).
        public var chromium: String?
        /// How long one PDF may take to print before it is given up (default 60 s).
        public var pdfTimeoutSeconds: Int?
        /// The largest evidence file accepted, in MiB (default 10).
        public var evidenceMaxMiB: Double?

        public init(templates: String? = nil, chromium: String? = nil, pdfTimeoutSeconds: Int? = nil, evidenceMaxMiB: Double? = nil) {
            self.templates = templates
            self.chromium = chromium
            self.pdfTimeoutSeconds = pdfTimeoutSeconds
            self.evidenceMaxMiB = evidenceMaxMiB
        }
    }
}

/// Where documents and evidence files are kept and how they are made, from `archive:` and `documents:` of the
/// configuration with their defaults filled in.
public struct DocumentSettings: Sendable {
    /// Every generated document (`dokumen/…`) and uploaded evidence file (`bukti/…`).
    public let archiveFolder: URL
    /// The templates and `kantor.yaml`.
    public let templatesFolder: URL
    /// The browser that prints PDF (path or name on PATH).
    public let chromium: String
    public let pdfTimeoutSeconds: Int
    /// The largest evidence file accepted.
    public let evidenceMaxBytes: Int

    public static let defaultEvidenceMaxMiB = 10.0
}

extension OfficeSettings {
    /// The document settings; a configured folder that does not exist, or a limit that is not positive, is refused
    /// with the key to fix.
    public func documentSettings() throws(OfficeError) -> DocumentSettings {
        let configured = raw.documents
        func path(_ value: String) -> URL {
            value.hasPrefix("/") ? URL(fileURLWithPath: value) : folder.appendingPathComponent(value).standardizedFileURL
        }
        let archive = raw.archive.map(path) ?? databaseURL.deletingLastPathComponent().appendingPathComponent("archive")
        let templates: URL
        if let named = configured?.templates {
            templates = path(named)
            guard FileManager.default.fileExists(atPath: templates.path) else {
                throw .badInput(.said(Phrase(id: "documents.templates dalam \(file.path) menyebut \(templates.path), yang tidak ada; salin templat hak-akses (config/templates) ke sana atau perbaiki jalurnya", en: "documents.templates in \(file.path) names \(templates.path), which does not exist; copy the templates of hak-akses (config/templates) there or fix the path")))
            }
        } else if FileManager.default.fileExists(atPath: folder.appendingPathComponent("templates").path) {
            templates = folder.appendingPathComponent("templates")
        } else if let shipped = ShippedFiles.locate("config/templates") {
            templates = shipped
        } else {
            throw .badInput(.said(Phrase(id: "tidak ada templat dokumen: salin config/templates dari hak-akses ke \(folder.appendingPathComponent("templates").path), atau sebutkan foldernya dengan documents.templates dalam \(file.path)", en: "no document templates: copy config/templates of hak-akses to \(folder.appendingPathComponent("templates").path), or name a folder with documents.templates in \(file.path)")))
        }
        let mebibytes = configured?.evidenceMaxMiB ?? DocumentSettings.defaultEvidenceMaxMiB
        guard mebibytes > 0, mebibytes <= 1024 else {
            throw .badInput(.said(Phrase(id: "documents.evidenceMaxMiB dalam \(file.path) bernilai \(mebibytes); berikan ukuran dalam MiB antara 0 dan 1024, misalnya 10", en: "documents.evidenceMaxMiB in \(file.path) is \(mebibytes); give a size in MiB between 0 and 1024, e.g. 10")))
        }
        let timeout = configured?.pdfTimeoutSeconds ?? 60
        guard timeout > 0 else {
            throw .badInput(.said(Phrase(id: "documents.pdfTimeoutSeconds dalam \(file.path) bernilai \(timeout); berikan jumlah detik, misalnya 60", en: "documents.pdfTimeoutSeconds in \(file.path) is \(timeout); give a number of seconds, e.g. 60")))
        }
        return DocumentSettings(
            archiveFolder: archive, templatesFolder: templates, chromium: configured?.chromium ?? "chromium",
            pdfTimeoutSeconds: timeout, evidenceMaxBytes: Int(mebibytes * 1024 * 1024))
    }
}

/// Files shipped with hak-akses (SOPs, seeds, ldif, the document templates): found under `$HAKAKSES_SHARE`, in the
/// checkout the program was built from, beside the executable, or under /usr/share/hak-akses.
public enum ShippedFiles {
    public static func locate(_ relative: String) -> URL? {
        var roots: [URL] = []
        if let share = ProcessInfo.processInfo.environment["HAKAKSES_SHARE"], !share.isEmpty {
            roots.append(URL(fileURLWithPath: share))
        }
        var source = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        for _ in 0..<4 {
            source.deleteLastPathComponent()
            roots.append(source)
        }
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            var folder = executable.deletingLastPathComponent()
            for _ in 0..<6 {
                roots.append(folder)
                folder.deleteLastPathComponent()
            }
        }
        roots.append(URL(fileURLWithPath: "/usr/share/hak-akses"))
        for root in roots {
            let url = root.appendingPathComponent(relative)
            if FileManager.default.fileExists(atPath: url.path) { return url.standardizedFileURL }
        }
        return nil
    }
}
