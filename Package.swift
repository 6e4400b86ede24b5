// swift-tools-version: 6.1
// hak-akses: approval-gated SIAK operator access on OpenLDAP.
// Dependencies point downward only:
//   hakakses → OfficeServer, OfficeClient → OfficeService → DirectorySync → AccessStore → AccessWorkflow
//                                                                         → LDAP → CLDAP
//   LocalDirectory → LDAP
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "hak-akses",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "hakakses", targets: ["hakakses"]),
        .executable(name: "hakakses-bench", targets: ["hakakses-bench"]),
        .library(name: "LDAP", targets: ["LDAP"]),
        .library(name: "AccessWorkflow", targets: ["AccessWorkflow"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.0.0"..<"5.0.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/jpsim/Yams", "5.0.0"..<"7.0.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.20.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.30.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.30.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.80.0"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.24.0"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.5.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.0.0"),
    ],
    targets: [
        // libldap/liblber from Debian's libldap2-dev.
        .systemLibrary(
            name: "CLDAP",
            pkgConfig: "ldap",
            providers: [.apt(["libldap2-dev", "libsasl2-dev"])]
        ),
        // A safe, generic Swift API over libldap. Knows nothing of SIAK.
        .target(name: "LDAP", dependencies: ["CLDAP"], swiftSettings: strict),
        // The functional core: SOPs, requests, decrees, roster, identity. No I/O.
        .target(
            name: "AccessWorkflow",
            dependencies: [.product(name: "Yams", package: "Yams")],
            swiftSettings: strict
        ),
        // SQLite: workflow events (hash-chained audit log), projections, outbox.
        .target(
            name: "AccessStore",
            dependencies: [
                "AccessWorkflow",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict
        ),
        // Roster → directory entries; the bridge (applier) and the reconciler.
        .target(
            name: "DirectorySync",
            dependencies: [
                "LDAP", "AccessWorkflow", "AccessStore",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        // The application layer: authorised commands and queries of a logged-in staff member, sessions, the clock.
        .target(
            name: "OfficeService",
            dependencies: [
                "AccessWorkflow", "AccessStore", "DirectorySync", "LDAP", "LocalDirectory",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "CoreMetrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            swiftSettings: strict
        ),
        // The office server's HTTP API (Hummingbird) over the application layer.
        .target(
            name: "OfficeServer",
            dependencies: [
                "OfficeService", "AccessStore", "AccessWorkflow",
                .product(name: "CoreMetrics", package: "swift-metrics"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
            ],
            swiftSettings: strict
        ),
        // The CLI's side of the API: an HTTP client with the same operations.
        .target(
            name: "OfficeClient",
            dependencies: [
                "OfficeService", "AccessWorkflow",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "NIOFoundationCompat", package: "swift-nio"),
            ],
            swiftSettings: strict
        ),
        // A real, throwaway slapd built from ldif/ (tests, demo, development).
        .target(
            name: "LocalDirectory",
            dependencies: ["LDAP"],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "hakakses",
            dependencies: [
                "LDAP", "AccessWorkflow", "AccessStore", "DirectorySync", "LocalDirectory",
                "OfficeService", "OfficeServer", "OfficeClient",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "hakakses-bench",
            dependencies: [
                "LDAP", "LocalDirectory", "AccessWorkflow", "AccessStore", "DirectorySync", "OfficeService", "OfficeClient",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict
        ),

        // Shared by the test targets: a real slapd per suite; workflow people, casts and shipped SOPs.
        .target(name: "TestSupport", dependencies: ["LDAP", "LocalDirectory"], path: "Tests/TestSupport", swiftSettings: strict),
        .target(name: "WorkflowFixtures", dependencies: ["AccessWorkflow"], path: "Tests/WorkflowFixtures", swiftSettings: strict),
        .testTarget(name: "LDAPTests", dependencies: ["LDAP", "LocalDirectory", "TestSupport"], swiftSettings: strict),
        .testTarget(
            name: "AccessWorkflowTests",
            dependencies: [
                "AccessWorkflow", "WorkflowFixtures",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "AccessStoreTests",
            dependencies: ["AccessStore", "AccessWorkflow", "WorkflowFixtures", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "DirectorySyncTests",
            dependencies: [
                "DirectorySync", "LocalDirectory", "LDAP", "AccessStore", "AccessWorkflow", "TestSupport", "WorkflowFixtures",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "CLITests",
            dependencies: [
                "hakakses", "LocalDirectory", "LDAP", "TestSupport", "OfficeService", "OfficeClient", "OfficeServer", "AccessStore",
                "AccessWorkflow", "WorkflowFixtures",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: strict
        ),
    ]
)
