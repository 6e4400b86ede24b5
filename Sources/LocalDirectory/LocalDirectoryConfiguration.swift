public import Foundation
public import LDAP

/// What a local directory looks like: the office it serves and how slapd runs.
public struct LocalDirectoryConfiguration: Sendable {
    /// Suffix of the tree; must start with a `dc=` RDN.
    public var baseDN: DN
    /// The office, stored as `o` on the suffix entry.
    public var officeName: String
    /// Kemendagri region code, e.g. `62.08`.
    public var regionCode: String
    /// The server's default size limit; service accounts page past it.
    public var sizeLimit: Int
    /// slapd `olcLogLevel` (`none`, `stats`, …); logs go to `slapd.log`.
    public var logLevel: String
    /// Parameters of the argon2 module (`m=… t=… p=…`), empty for its defaults.
    public var argon2Parameters: String
    /// Certificate and key for StartTLS, if wanted.
    public var tls: TLSMaterial?
    /// Where `config.ldif` and `dit.ldif` live; found automatically when nil.
    public var ldifDirectory: URL?
    /// Where slapd's modules are (Debian: /usr/lib/ldap).
    public var modulePath: String
    /// Where the system schema LDIF files are (Debian: /etc/ldap/schema).
    public var schemaDirectory: String
    /// The largest size the database may grow to, in bytes.
    public var databaseMaxSize: Int

    public init(
        baseDN: DN = DN([RDN("dc", "sukamarakab"), RDN("dc", "go"), RDN("dc", "id")]),
        officeName: String = "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sukamara",
        regionCode: String = "62.08",
        sizeLimit: Int = 500,
        logLevel: String = "none",
        argon2Parameters: String = "",
        tls: TLSMaterial? = nil,
        ldifDirectory: URL? = nil,
        modulePath: String = "/usr/lib/ldap",
        schemaDirectory: String = "/etc/ldap/schema",
        databaseMaxSize: Int = 4 << 30
    ) {
        self.baseDN = baseDN
        self.officeName = officeName
        self.regionCode = regionCode
        self.sizeLimit = sizeLimit
        self.logLevel = logLevel
        self.argon2Parameters = argon2Parameters
        self.tls = tls
        self.ldifDirectory = ldifDirectory
        self.modulePath = modulePath
        self.schemaDirectory = schemaDirectory
        self.databaseMaxSize = databaseMaxSize
    }
}

/// PEM files for slapd's StartTLS.
public struct TLSMaterial: Sendable {
    public var certificateFile: String
    public var keyFile: String
    public var caFile: String
    public init(certificateFile: String, keyFile: String, caFile: String) {
        self.certificateFile = certificateFile
        self.keyFile = keyFile
        self.caFile = caFile
    }
}
