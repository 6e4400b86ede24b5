import AccessWorkflow

/// Running an office: `init`, the embedded directory, staff, sessions and audit maintenance on the server host.
public struct AdministrationTexts: Sendable {
    // MARK: init
    public func initialised(_ office: String, in folder: String) -> Phrase {
        Phrase(id: "\(office) disiapkan di \(folder)", en: "initialised \(office) in \(folder)")
    }

    public func sopCopied(_ number: String, steps: Int, to path: String) -> Phrase {
        Phrase(id: "  SOP \(number) (\(steps) tahap), disalin ke \(path)", en: "  SOP \(number) (\(steps) steps), copied to \(path)")
    }

    public func database(_ path: String) -> Phrase {
        Phrase(id: "  basis data \(path)", en: "  database \(path)")
    }

    public func templatesCopied(_ path: String, archive: String) -> Phrase {
        Phrase(id: "  templat dokumen \(path) (kop surat dan penomoran di kantor.yaml; arsip di \(archive))",
               en: "  document templates \(path) (letterhead and numbering in kantor.yaml; archive in \(archive))")
    }

    public func templatesMissing(_ path: String) -> Phrase {
        Phrase(id: "  templat dokumen tidak ditemukan: salin config/templates dari hak-akses ke \(path)",
               en: "  document templates not found: copy config/templates of hak-akses to \(path)")
    }

    public func auditKeyCreated(_ path: String, fingerprint: String) -> Phrase {
        Phrase(id: "  kunci audit \(path) (kunci \(fingerprint); mode 0600 — cadangkan terpisah dari basis data)",
               en: "  audit key \(path) (key \(fingerprint); mode 0600 — back it up apart from the database)")
    }

    public let rehearsal = Phrase(
        id: "  GLADI: pemanggil boleh mengatur jam alur kerja; jangan pernah memakai konfigurasi ini untuk kantor sungguhan",
        en: "  REHEARSAL: callers may set the workflow clock; never use this configuration for a real office")

    public func embeddedDirectory(_ baseDN: String, in folder: String) -> Phrase {
        Phrase(id: "  direktori \(baseDN) di \(folder) (bawaan)", en: "  directory \(baseDN) in \(folder) (embedded)")
    }

    public func nextDirectoryStart(_ config: String) -> Phrase {
        Phrase(id: "berikutnya: hakakses directory start --config \(config)   (lalu tambahkan pegawai: hakakses staff add …)",
               en: "next: hakakses directory start --config \(config)   (then add staff: hakakses staff add …)")
    }

    // MARK: The local directory
    public func directoryRunning(pid: Int32) -> Phrase {
        Phrase(id: "direktori lokal berjalan (pid \(pid))", en: "local directory running (pid \(pid))")
    }

    public let saslExternal = Phrase(id: "(SASL EXTERNAL sebagai administrator lokal)", en: "(SASL EXTERNAL as the local administrator)")

    public func baseDN(_ dn: String) -> Phrase {
        Phrase(id: "  DN dasar: \(dn)", en: "  base DN: \(dn)")
    }

    public func servicePasswords(_ path: String) -> Phrase {
        Phrase(id: "  kata sandi layanan: \(path)", en: "  service passwords: \(path)")
    }

    public func directoryLog(_ path: String) -> Phrase {
        Phrase(id: "  berkas log: \(path)", en: "  log: \(path)")
    }

    public func directoryNotRunning(_ folder: String) -> Phrase {
        Phrase(id: "direktori lokal di \(folder) tidak berjalan", en: "local directory in \(folder) is not running")
    }

    public let directoryStopped = Phrase(id: "direktori lokal dihentikan", en: "local directory stopped")

    public func noDirectory(_ folder: String) -> Phrase {
        Phrase(id: "tidak ada direktori lokal di \(folder); jalankan `hakakses directory start`",
               en: "no local directory in \(folder); run `hakakses directory start`")
    }

    public func directoryStatus(_ folder: String, pid: Int32?) -> Phrase {
        Phrase(id: "direktori lokal di \(folder): \(pid.map { "berjalan, pid \($0)" } ?? "berhenti")",
               en: "local directory in \(folder): \(pid.map { "running, pid \($0)" } ?? "stopped")")
    }

    public func directoryAddress(_ uri: String, baseDN: String) -> Phrase {
        Phrase(id: "  \(uri)   DN dasar \(baseDN)", en: "  \(uri)   base DN \(baseDN)")
    }

    public func directoryEntries(operators: Int, staff: Int) -> Phrase {
        Phrase(id: "  \(operators) entri operator, \(staff) entri pegawai", en: "  \(operators) operator entries, \(staff) staff entries")
    }

    // MARK: Staff and sessions
    public func staffAdded(_ uid: String, name: String, roles: [String]) -> Phrase {
        Phrase(id: "\(uid) (\(name)) ditambahkan\(roles.isEmpty ? "" : " sebagai \(roles.joined(separator: ", "))")",
               en: "added \(uid) (\(name))\(roles.isEmpty ? "" : " as \(roles.joined(separator: ", "))")")
    }

    public let noStaff = Phrase(id: "belum ada pegawai; tambahkan dengan `hakakses staff add`", en: "no staff yet; add them with `hakakses staff add`")

    public func loggedIn(_ uid: String, name: String, roles: [String]) -> Phrase {
        Phrase(id: "masuk sebagai \(uid) (\(name)); peran: \(roles.isEmpty ? "(tidak ada)" : roles.joined(separator: ", "))",
               en: "logged in as \(uid) (\(name)); roles: \(roles.isEmpty ? "none" : roles.joined(separator: ", "))")
    }

    public let loggedOut = Phrase(id: "sudah keluar", en: "logged out")

    public func passwordPrompt(_ uid: String) -> Phrase {
        Phrase(id: "Kata sandi untuk \(uid): ", en: "Password for \(uid): ")
    }

    // MARK: Audit maintenance
    public func sealed(_ count: Int64, record: Int64, key: String) -> Phrase {
        Phrase(id: "\(count) catatan disegel; dicatat sebagai catatan audit #\(record) (kunci \(key))",
               en: "sealed \(count) records; recorded as audit record #\(record) (key \(key))")
    }

    public func keyCreated(_ path: String, key: String, configuration: String) -> Phrase {
        Phrase(id: "\(path) dibuat (kunci \(key)) dan disebut di \(configuration)",
               en: "created \(path) (key \(key)) and named it in \(configuration)")
    }

    public let nextSeal = Phrase(
        id: "berikutnya: periksa log (`hakakses audit verify` melaporkan catatan yang belum disegel), lalu `hakakses audit seal --note \"…\"`",
        en: "next: check the log (`hakakses audit verify` reports the unsealed records), then `hakakses audit seal --note \"…\"`")

    public func reanchored(previous: String) -> Phrase {
        Phrase(id: "hilangnya catatan sesudah cadangan telah dicatat (jangkar menyebut \(previous)); jangkar kini mengikuti basis data ini",
               en: "recorded the loss of the records after the backup (the anchor said \(previous)); the anchor now follows this database")
    }

    public func sopAdopted(_ number: String, version: Int, sha256: String, seq: Int64, inFlight: Int) -> Phrase {
        Phrase(id: "SOP \(number) ditetapkan berlaku sebagai versi \(version) (SHA-256 \(sha256)…, catatan audit #\(seq)); permohonan yang diajukan mulai sekarang diputuskan menurut versi ini, \(inFlight) permohonan yang sedang berjalan diselesaikan menurut versinya sendiri",
               en: "SOP \(number) adopted as version \(version) (SHA-256 \(sha256)…, audit record #\(seq)); requests filed from now on are decided under it, \(inFlight) requests in progress finish under their own version")
    }

    public func actingAssigned(_ uid: String, post: String, from: String, until: String, letter: String) -> Phrase {
        Phrase(id: "\(uid) ditunjuk sebagai \(post) dari \(from) sampai \(until) (surat \(letter)); berakhir dengan sendirinya",
               en: "\(uid) appointed \(post) from \(from) to \(until) (letter \(letter)); it ends by itself")
    }
}

/// Warnings and notices the shells print beside their answer (standard error in the CLI).
public struct Notices: Sendable {
    /// "peringatan: …".
    public func warning(_ text: String) -> Phrase {
        Phrase(id: "peringatan: \(text)", en: "warning: \(text)")
    }

    public let rehearsalIgnoredByServer = Phrase(
        id: "HAKAKSES_NOW diabaikan: server kantor tidak menjalankan gladi, jadi waktu sebenarnya yang dicatat",
        en: "HAKAKSES_NOW was ignored: the office server is not running a rehearsal, so the real time is recorded")

    public func rehearsalIgnoredLocally(_ configuration: String) -> Phrase {
        Phrase(id: "HAKAKSES_NOW diabaikan: \(configuration) bukan gladi (`rehearsal: true`), jadi waktu sebenarnya yang dicatat",
               en: "HAKAKSES_NOW is ignored: \(configuration) is not a rehearsal (`rehearsal: true`), so the real time is recorded")
    }

    public func anchorNotCompared(_ why: String) -> Phrase {
        Phrase(id: "jangkar audit di direktori tidak dibandingkan (\(why))", en: "the directory's audit anchor was not compared (\(why))")
    }
}
