import Foundation

/// The `ldif/` folder of the project: the source of the directory's schema,
/// configuration and tree. Files hold `@TOKEN@`s that are replaced when rendered.
struct LDIFTemplates {
    let directory: URL

    /// Finds `ldif/`: an explicit folder, `$HAKAKSES_LDIF_DIR`, the checkout this
    /// module was built from, the folders above the running executable, or
    /// `/usr/share/hak-akses/ldif`.
    static func locate(_ explicit: URL?) throws(LocalDirectoryError) -> LDIFTemplates {
        var candidates: [URL] = []
        if let explicit { candidates.append(explicit) }
        if let env = ProcessInfo.processInfo.environment["HAKAKSES_LDIF_DIR"], !env.isEmpty {
            candidates.append(URL(fileURLWithPath: env))
        }
        var source = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        for _ in 0..<4 {
            source.deleteLastPathComponent()
            candidates.append(source.appendingPathComponent("ldif"))
        }
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            var folder = executable.deletingLastPathComponent()
            for _ in 0..<6 {
                candidates.append(folder.appendingPathComponent("ldif"))
                folder.deleteLastPathComponent()
            }
        }
        candidates.append(URL(fileURLWithPath: "/usr/share/hak-akses/ldif"))
        for candidate in candidates
        where FileManager.default.fileExists(atPath: candidate.appendingPathComponent("config.ldif").path) {
            return LDIFTemplates(directory: candidate.standardizedFileURL)
        }
        throw .ldifNotFound(searched: candidates.map(\.path))
    }

    /// The text of `name` with every token replaced.
    func render(_ name: String, _ values: [String: String]) throws(LocalDirectoryError) -> String {
        let url = directory.appendingPathComponent(name)
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw .io("cannot read \(url.path): \(error.localizedDescription)")
        }
        return try Self.substitute(text, values, file: name)
    }

    /// Replaces each `@TOKEN@` outside comment lines by its value. Comment lines (`#` first) are left as written: a
    /// value of several lines put into a comment would leave its later lines outside it (a bare `olcSyncrepl:` line
    /// from the header of `replication.ldif` with three providers).
    static func substitute(_ text: String, _ values: [String: String], file: String) throws(LocalDirectoryError) -> String {
        var output = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.offset > 0 { output += "\n" }
            output += line.element.hasPrefix("#") ? String(line.element) : try substituteLine(line.element, values, file: file)
        }
        return output
    }

    private static func substituteLine(_ text: Substring, _ values: [String: String], file: String) throws(LocalDirectoryError) -> String {
        var output = ""
        var rest = text
        while let start = rest.firstIndex(of: "@") {
            output += rest[..<start]
            let afterAt = rest.index(after: start)
            guard let end = rest[afterAt...].firstIndex(of: "@") else {
                output += rest[start...]
                return output
            }
            let token = String(rest[afterAt..<end])
            if !token.isEmpty, token.allSatisfy({ $0.isUppercase || $0 == "_" || $0.isNumber }) {
                guard let value = values[token] else { throw .unresolvedToken(file: file, token: token) }
                output += value
                rest = rest[rest.index(after: end)...]
            } else {
                output += "@"
                rest = rest[afterAt...]
            }
        }
        output += rest
        return output
    }
}
