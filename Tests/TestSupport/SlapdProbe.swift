import Foundation
import LDAP
public import LocalDirectory

extension LocalDirectory {
    /// Why this slapd is no longer usable — it exited (with which signal) or does not answer a bind, a Who Am I? and a
    /// read of the operators' subtree — or nil. For the tests that try to crash it (issue 9).
    public func whyUnusable() async -> String? {
        if !isRunning {
            return "slapd exited" + (terminationSignal.map { " on signal \($0)\($0 == SIGSEGV ? " (SIGSEGV)" : "")" } ?? "")
        }
        do {
            let probe = try await connect(as: serviceAccounts.bridge)
            _ = try await probe.whoAmI()
            _ = try await probe.read(baseDN.child("ou", "operators"), attributes: ["1.1"])
            await probe.close()
            return nil
        } catch {
            return isRunning ? "slapd runs but does not answer: \(error)" : "slapd exited"
        }
    }
}
