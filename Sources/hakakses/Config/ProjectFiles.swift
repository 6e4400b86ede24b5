import Foundation

/// Files shipped with hak-akses (SOPs, seeds, ldif): found in the checkout the
/// program was built from, next to the executable, or under /usr/share/hak-akses.
enum ProjectFiles {
    static func locate(_ relative: String) -> URL? {
        var candidates: [URL] = []
        if let root = ProcessInfo.processInfo.environment["HAKAKSES_SHARE"], !root.isEmpty {
            candidates.append(URL(fileURLWithPath: root))
        }
        var source = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        for _ in 0..<4 {
            source.deleteLastPathComponent()
            candidates.append(source)
        }
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            var folder = executable.deletingLastPathComponent()
            for _ in 0..<6 {
                candidates.append(folder)
                folder.deleteLastPathComponent()
            }
        }
        candidates.append(URL(fileURLWithPath: "/usr/share/hak-akses"))
        for root in candidates {
            let url = root.appendingPathComponent(relative)
            if FileManager.default.fileExists(atPath: url.path) { return url.standardizedFileURL }
        }
        return nil
    }
}
