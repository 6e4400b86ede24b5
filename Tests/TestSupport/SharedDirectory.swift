public import LocalDirectory
public import Testing

/// The directory of the running suite (see ``SharedDirectoryTrait``).
public enum SharedDirectory {
    @TaskLocal public static var current: LocalDirectory?

    /// The suite's directory; fails the test when the suite has none.
    public static func get(sourceLocation: SourceLocation = #_sourceLocation) throws -> LocalDirectory {
        try #require(current, "this suite needs the .sharedDirectory trait", sourceLocation: sourceLocation)
    }
}

/// Starts one real slapd (built from `ldif/`) for a whole suite and stops it
/// afterwards; tests read it from ``SharedDirectory/current`` and use unique
/// entry names, so they can run in parallel.
public struct SharedDirectoryTrait: SuiteTrait, TestScoping {
    public let configuration: LocalDirectoryConfiguration
    public var isRecursive: Bool { false }

    public func provideScope(
        for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
    ) async throws {
        let directory = try await LocalDirectory.create(configuration)
        do {
            try await SharedDirectory.$current.withValue(directory) { try await function() }
        } catch {
            await directory.destroy()
            throw error
        }
        await directory.destroy()
    }
}

extension Trait where Self == SharedDirectoryTrait {
    /// A real slapd for the suite, with the default configuration.
    public static var sharedDirectory: Self { SharedDirectoryTrait(configuration: .init()) }
    /// A real slapd for the suite, configured.
    public static func sharedDirectory(_ configuration: LocalDirectoryConfiguration) -> Self {
        SharedDirectoryTrait(configuration: configuration)
    }
}

/// Runs `body` with a directory of its own, destroyed afterwards.
public func withLocalDirectory<T>(
    _ configuration: LocalDirectoryConfiguration = .init(),
    _ body: (LocalDirectory) async throws -> T
) async throws -> T {
    let directory = try await LocalDirectory.create(configuration)
    do {
        let result = try await body(directory)
        await directory.destroy()
        return result
    } catch {
        await directory.destroy()
        throw error
    }
}
