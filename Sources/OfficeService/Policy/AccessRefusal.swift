public import AccessWorkflow

/// Why the access policy refused a caller, in both languages: carried as ``OfficeMessage/access(_:)``.
public enum AccessRefusal: Sendable, Hashable, CustomStringConvertible, LocalizedText {
    /// The caller holds none of the roles the action needs (as the directory says now).
    case roleRequired(action: OfficeAction, needed: [String], held: [String])
    /// A login whose entry is in no workflow group of the SOP.
    case noWorkflowRole(uid: String)
    /// A staff entry without `siakNIP`: segregation of duties could not recognise the official on a request.
    case staffWithoutNIP(uid: String, dn: String)
    /// The official's directory entry is locked now.
    case locked(uid: String)
    /// The official's directory entry is gone, or was replaced by another one with the same name.
    case entryGone(uid: String, dn: String)
    /// The service user on the server host asked for something only a logged-in official may do.
    case needsOfficial(action: OfficeAction)
    /// A handover within a request for someone who is not one of its candidates.
    case notCandidate(person: String, request: String)
    /// A new password for an account outside a request: only the account administrators.
    case resetNeedsAccountAdministrator(roles: String)
    /// Something that names people across the office, for an official outside the identity readers.
    case identityReadersOnly(what: String, roles: String)
    /// The official who imported an SK, confirming it.
    case importerConfirms(decree: String, importer: String)
    /// A person named on an SK, confirming it.
    case namedOnDecree(decree: String)
    /// Ending one's own sessions through the administrators' command.
    case ownSessions
    /// Resubmitting a request someone else filed.
    case notFiler(request: String, filedBy: String)
    /// Citing a kept scan that was sent for another request by another official (or as another document).
    case scanNotYours(document: String, sha256: String)
    /// An official (or the host) asking for what only the office's replica, by its token, does.
    case replicaOnly
    /// The replica's token asking for what an official does.
    case replicaCannot(action: OfficeAction)

    public var description: String { text(in: .english) }

    /// True if the refusal ends every session of the official (the account is locked or gone).
    public var endsSessions: Bool {
        switch self {
        case .locked, .entryGone: true
        default: false
        }
    }

    public func text(in language: Language) -> String {
        let id = language == .indonesian
        switch self {
        case let .roleRequired(action, needed, held):
            let have = held.isEmpty ? (id ? "tidak ada" : "none") : held.joined(separator: ", ")
            return id
                ? "\(action.title(in: language)) hanya untuk peran \(needed.joined(separator: ", ")) menurut SOP kantor; peran Anda di direktori sekarang: \(have)"
                : "\(action.title(in: language)) is for the roles \(needed.joined(separator: ", ")) under the office's SOP; your roles in the directory now: \(have)"
        case .noWorkflowRole(let uid):
            return id
                ? "\(uid) tidak memegang peran alur kerja apa pun (bukan anggota grup di ou=workflow,ou=groups): minta administrator direktori menambahkan Anda ke grup peran Anda"
                : "\(uid) holds no workflow role (member of no group under ou=workflow,ou=groups): ask the directory administrator to add you to your role's group"
        case let .staffWithoutNIP(uid, dn):
            return id
                ? "entri pegawai \(dn) tidak memiliki siakNIP, sehingga pemisahan tugas tidak dapat mengenali \(uid) pada sebuah permohonan: administrator direktori menambahkan NIP-nya (atribut siakNIP) lebih dulu"
                : "the staff entry \(dn) has no siakNIP, so segregation of duties could not recognise \(uid) on a request: the directory administrator adds the NIP (attribute siakNIP) first"
        case .locked(let uid):
            return id
                ? "akun \(uid) terkunci di direktori sekarang; sesinya tidak dapat mengubah apa pun: hubungi administrator direktori"
                : "the account \(uid) is locked in the directory now; its sessions can change nothing: ask the directory administrator"
        case let .entryGone(uid, dn):
            return id
                ? "entri direktori \(uid) (\(dn)) sudah tidak ada atau diganti; masuk lagi"
                : "the directory entry of \(uid) (\(dn)) is gone or was replaced; log in again"
        case .needsOfficial(let action):
            return id
                ? "\(action.title(in: language)) dilakukan oleh pejabat yang masuk (--user, atau melalui server kantor), bukan oleh pengguna layanan di server"
                : "\(action.title(in: language)) is done by a logged-in official (--user, or through the office server), not by the service user on the server host"
        case let .notCandidate(person, request):
            return id
                ? "\(person) bukan calon pada permohonan \(request): penyerahan dalam sebuah permohonan hanya untuk calonnya sendiri"
                : "\(person) is not a candidate of request \(request): a handover within a request is only for its own candidates"
        case .resetNeedsAccountAdministrator(let roles):
            return id
                ? "kata sandi baru di luar permohonan hanya diberikan oleh pembuat akun (\(roles))"
                : "a new password outside a request is given only by the account creators (\(roles))"
        case let .identityReadersOnly(what, roles):
            return id
                ? "\(what) memuat NIK/NIP orang di luar satu permohonan dan hanya untuk peran \(roles)"
                : "\(what) holds people's NIK/NIP beyond one request and is only for the roles \(roles)"
        case let .importerConfirms(decree, importer):
            return id
                ? "SK \(decree) diimpor oleh \(importer); pejabat kedua yang mengonfirmasinya (empat mata), bukan pengimpornya"
                : "SK \(decree) was imported by \(importer); a second official confirms it (four eyes), not its importer"
        case .namedOnDecree(let decree):
            return id
                ? "Anda tercantum dalam SK \(decree), sehingga tidak boleh mengonfirmasinya"
                : "you are named on SK \(decree), so you may not confirm it"
        case .ownSessions:
            return id ? "untuk mengakhiri sesi Anda sendiri gunakan `hakakses logout`" : "to end your own sessions use `hakakses logout`"
        case let .notFiler(request, filedBy):
            return id
                ? "permohonan \(request) diajukan oleh \(filedBy); hanya pengajunya (atau peran yang boleh membatalkan permohonan) yang mengajukannya ulang"
                : "request \(request) was filed by \(filedBy); only its filer (or a role that may cancel requests) files it again"
        case let .scanNotYours(document, sha256):
            return id
                ? "pindaian \(sha256.prefix(12))… tidak dikirim untuk permohonan ini atau oleh Anda (sebagai \(document)); kirim berkasnya sendiri"
                : "the scan \(sha256.prefix(12))… was not sent for this request or by you (as \(document)); send the file yourself"
        case .replicaOnly:
            return id
                ? "penyalinan log untuk replika hanya dengan token replika (kunci konfigurasi `api.replicaTokens`), bukan dengan sesi pejabat: baca log dengan `hakakses audit log`"
                : "copying the log for a replica takes the replica's token (configuration key `api.replicaTokens`), not an official's session: read the log with `hakakses audit log`"
        case .replicaCannot(let action):
            return id
                ? "token replika hanya menyalin log dan arsip; \(action.title(in: language)) dilakukan oleh pejabat yang masuk"
                : "the replica's token only copies the log and the archive; \(action.title(in: language)) is done by a logged-in official"
        }
    }
}
