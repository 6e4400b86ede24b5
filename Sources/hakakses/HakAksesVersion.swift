/// The version of hak-akses, defined here once: `hakakses --version` prints it, and `scripts/package` reads it from
/// this file for the Debian package's version (`hak-akses_VERSION_amd64.deb`), so the two cannot differ. A Debian
/// upstream version: digits and dots, optionally `~` or `+` and letters (e.g. `0.2.0~rc1`), no hyphen.
enum HakAksesVersion {
    static let current = "0.1.0"
}
