import Foundation

/// HTML → PDF with Debian's headless Chromium (`chromium --headless --print-to-pdf`), the page size taken from the
/// document's print stylesheet (`@page { size: A4 }`). Runs on a thread of its own, never on the concurrency pool,
/// in a temporary folder with a throwaway profile; given up after the configured time.
enum PDFPrinter {
    /// The browser's executable: `name` if it is a path, else the first `name` on PATH; nil when not installed.
    static func locate(_ name: String) -> String? {
        let manager = FileManager.default
        if name.contains("/") { return manager.isExecutableFile(atPath: name) ? name : nil }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") + ["/usr/bin"] {
            let candidate = "\(folder)/\(name)"
            if manager.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    static func print(_ html: String, settings: DocumentSettings) async throws(OfficeError) -> Data {
        guard let executable = locate(settings.chromium) else {
            throw .badInput(.said(Phrase(id: "mencetak ke PDF memerlukan Chromium, dan '\(settings.chromium)' tidak terpasang di server kantor: pasang (apt-get install chromium) atau sebutkan dengan documents.chromium; tanpa --pdf dokumen keluar sebagai HTML yang dapat dicetak ke A4 dari peramban mana pun", en: "printing to PDF needs Chromium, and '\(settings.chromium)' is not installed on the office server: install it (apt-get install chromium) or name it with documents.chromium; without --pdf the document comes as HTML, which prints to A4 from any browser")))
        }
        let timeout = settings.pdfTimeoutSeconds
        let result: Result<Data, OfficeError> = await Blocking.run { run(executable, html: html, timeout: timeout) }
        return try result.get()
    }

    /// The page with a content security policy that lets no script run and nothing load from the network: the
    /// documents are the office's templates filled with people's data, and a script in a template or in a value
    /// must not run in the printing Chromium (headless Chromium has no working switch for that; its
    /// `--blink-settings=scriptEnabled=false` prints nothing, `--disable-javascript` changes nothing — both measured).
    static func withoutScripts(_ html: String) -> String {
        let policy = #"<meta http-equiv="Content-Security-Policy" content="script-src 'none'; object-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'">"#
        if let head = html.range(of: "<head>", options: .caseInsensitive) {
            return html.replacingCharacters(in: head, with: "<head>" + policy)
        }
        return policy + html
    }

    private static func run(_ executable: String, html: String, timeout: Int) -> Result<Data, OfficeError> {
        let manager = FileManager.default
        let folder = manager.temporaryDirectory.appendingPathComponent("hakakses-pdf-\(UUID().uuidString)")
        defer { try? manager.removeItem(at: folder) }  // try?: our own temporary folder; a leftover is harmless
        let page = folder.appendingPathComponent("dokumen.html")
        let output = folder.appendingPathComponent("dokumen.pdf")
        let log = folder.appendingPathComponent("chromium.log")
        do {
            try manager.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            try Data(withoutScripts(html).utf8).write(to: page)
            _ = manager.createFile(atPath: log.path, contents: nil)
        } catch {
            return .failure(.unavailable(.said(Phrase(id: "folder sementara untuk mencetak PDF tidak dapat disiapkan (\(error.localizedDescription)); periksa ruang kosong di \(manager.temporaryDirectory.path)", en: "cannot prepare a temporary folder to print the PDF (\(error.localizedDescription)); check the free space in \(manager.temporaryDirectory.path)"))))
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions", "--disable-sync",
            "--no-pdf-header-footer", "--user-data-dir=\(folder.appendingPathComponent("profil").path)",
            "--print-to-pdf=\(output.path)", page.absoluteString,
        ]
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = folder.path
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle(forWritingAtPath: log.path) ?? FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do { try process.run() } catch {
            return .failure(.unavailable(.said(Phrase(id: "Chromium (\(executable)) tidak dapat dijalankan untuk mencetak PDF: \(error.localizedDescription)", en: "Chromium (\(executable)) could not be started to print the PDF: \(error.localizedDescription)"))))
        }
        if finished.wait(timeout: .now() + .seconds(timeout)) == .timedOut {
            process.terminate()
            _ = finished.wait(timeout: .now() + .seconds(5))
            return .failure(.unavailable(.said(Phrase(id: "Chromium memerlukan lebih dari \(timeout) detik untuk mencetak PDF dan dihentikan; coba lagi, atau naikkan documents.pdfTimeoutSeconds", en: "Chromium took longer than \(timeout) s to print the PDF and was stopped; try again, or raise documents.pdfTimeoutSeconds"))))
        }
        guard let pdf = manager.contents(atPath: output.path), pdf.starts(with: Array("%PDF-".utf8)) else {
            let said = (try? String(contentsOf: log, encoding: .utf8)) ?? ""  // try?: the printer's log only adds detail to the error thrown below
            let last = said.split(separator: "\n").filter { !$0.contains("dbus") }.suffix(3).joined(separator: " | ")
            let detail = last.isEmpty ? "" : ": \(last)"
            return .failure(.unavailable(.said(Phrase(
                id: "Chromium (\(executable)) tidak menghasilkan PDF (status keluar \(process.terminationStatus)\(detail)); periksa bahwa Chromium berjalan di server kantor",
                en: "Chromium (\(executable)) printed no PDF (exit status \(process.terminationStatus)\(detail)); check that it runs on the office server"))))
        }
        return .success(pdf)
    }
}
