import LDAP
import LocalDirectory

/// A one-provider national directory for the tests of several offices under one suffix.
enum NationalDirectoryFixture {
    static let suffix = DN([RDN("dc", "dukcapil"), RDN("dc", "kemendagri"), RDN("dc", "go"), RDN("dc", "id")])

    /// Runs `body` on a new national directory, destroyed afterwards whatever happens.
    static func with(_ body: (LocalDirectory) async throws -> Void) async throws {
        var configuration = LocalDirectoryConfiguration(baseDN: suffix, officeName: "Direktorat Jenderal Kependudukan dan Pencatatan Sipil")
        configuration.regionCode = ""
        let national = try await LocalDirectory.createNational(providers: 1, configuration)[0]
        do { try await body(national) } catch {
            await national.destroy()
            throw error
        }
        await national.destroy()
    }
}
