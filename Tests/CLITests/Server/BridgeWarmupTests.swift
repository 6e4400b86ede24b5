import Foundation
import LDAP
@testable import OfficeService
import Testing

/// A local reconciliation opens the bridge's connection while the office is still being opened; the bridge takes
/// it once, and a warmup that could not connect leaves the bridge to connect and report the error itself.
@Suite("The bridge connection opened early")
struct BridgeWarmupTests {
    @Test func theFirstBridgeConnectionIsTheWarmOneAndLaterOnesAreNew() async throws {
        try await withOffice(.sukamara, mode: .local) { office in
            let config = try ConfigFile.load(office.config)
            let warmup = try #require(BridgeWarmup.start(file: office.config, config))
            let service = try OfficeService.Office(settings: OfficeSettings(file: office.config, config), warmup: warmup) {
                Issue.record("warning: \($0)")
            }
            let bridge = try service.bridge()
            let first = try await bridge.connect()
            #expect(await warmup.take() == nil, "the bridge took the warm connection")
            let second = try await bridge.connect()
            #expect(first !== second)
            let bridgeDN = office.directory.serviceAccounts.bridge.dn.description.lowercased()
            #expect(try await first.whoAmI().lowercased() == "dn:" + bridgeDN)
            #expect(try await second.whoAmI().lowercased() == "dn:" + bridgeDN)
            await first.close()
            await second.close()
        }
    }

    @Test func aWarmupThatCannotBindLeavesTheErrorToTheBridge() async throws {
        try await withOffice(.sukamara, mode: .local) { office in
            let wrong = office.home.appendingPathComponent("wrong.password")
            try Data("not-the-password\n".utf8).write(to: wrong)
            let text = try String(contentsOf: office.config, encoding: .utf8)
                .replacingOccurrences(of: office.directory.serviceAccounts.bridge.passwordFile.path, with: wrong.path)
            try text.write(to: office.config, atomically: true, encoding: .utf8)
            let config = try ConfigFile.load(office.config)
            let warmup = try #require(BridgeWarmup.start(file: office.config, config))
            let service = try OfficeService.Office(settings: OfficeSettings(file: office.config, config), warmup: warmup) { _ in }
            let bridge = try service.bridge()
            do throws(LDAPError) {
                _ = try await bridge.connect()
                Issue.record("connected with a wrong password")
            } catch {
                #expect(error.code == .invalidCredentials, "\(error)")
            }
        }
    }

    @Test func noWarmupWithoutAReadablePasswordFile() async throws {
        try await withOffice(.sukamara, mode: .local) { office in
            let text = try String(contentsOf: office.config, encoding: .utf8)
                .replacingOccurrences(of: office.directory.serviceAccounts.bridge.passwordFile.path, with: "/nonexistent/bridge.password")
            try text.write(to: office.config, atomically: true, encoding: .utf8)
            #expect(BridgeWarmup.start(file: office.config, try ConfigFile.load(office.config)) == nil)
        }
    }
}
