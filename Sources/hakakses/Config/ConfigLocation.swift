import ArgumentParser
import Foundation

/// `--config` on every command that needs the configuration.
struct ConfigOptions: ParsableArguments {
    @Option(name: .long, help: "Configuration file (default: $HAKAKSES_CONFIG, else .hakakses/config.yaml).")
    var config: String?

    /// The configuration file to use.
    var url: URL {
        if let config { return URL(fileURLWithPath: config) }
        if let env = ProcessInfo.processInfo.environment["HAKAKSES_CONFIG"], !env.isEmpty {
            return URL(fileURLWithPath: env)
        }
        return Home.defaultFolder.appendingPathComponent("config.yaml")
    }

    /// Loads and checks the configuration.
    func load() throws(CLIError) -> Settings {
        let file = url
        guard FileManager.default.fileExists(atPath: file.path) else {
            throw .badInput("no configuration at \(file.path); run `hakakses init --office sukamara` (or mojokerto), or pass --config FILE")
        }
        return try Settings(file: file, ConfigFile.load(file))
    }
}

/// The embedded default: everything in `.hakakses/` of the current folder.
enum Home {
    static var defaultFolder: URL {
        if let env = ProcessInfo.processInfo.environment["HAKAKSES_HOME"], !env.isEmpty {
            return URL(fileURLWithPath: env)
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(".hakakses")
    }
}
