public import AccessStore
public import AccessWorkflow

/// Why a replica stopped following the office server without keeping anything of the answer, in both languages.
public enum ReplicaRefusal: Sendable, Hashable, CustomStringConvertible, LocalizedText {
    /// The server's records carry codes of another audit key than the replica's.
    case otherKey(server: String, key: String)
    /// The folder is the replica of another office.
    case otherOffice(folder: String, server: String)
    /// The server's log ends before the replica's: the server lost records the replica holds.
    case serverBehind(replica: Int64, server: Int64)
    /// The replica's last record is not the server's record with that number: another history.
    case historiesDiffer(at: Int64)
    /// A record received does not extend the replica's log or does not verify.
    case unverifiable(StoreError)
    /// A file received is not the one its audit record keeps.
    case fileDiffers(name: String, expected: String, found: String)

    public var description: String { text(in: .english) }

    public func text(in language: Language) -> String {
        let id = language == .indonesian
        switch self {
        case let .otherKey(server, key):
            return id
                ? "catatan server diberi kode dengan kunci audit \(server.prefix(16))…, sedangkan kunci replika ini \(key.prefix(16))…: berikan kunci audit kantor itu (--key)"
                : "the server's records carry codes of audit key \(server.prefix(16))…, but this replica's key is \(key.prefix(16))…: give the office's audit key (--key)"
        case let .otherOffice(folder, server):
            return id
                ? "folder ini replika kantor \(folder), sedangkan server melayani \(server): gunakan folder lain untuk kantor ini"
                : "this folder is the replica of \(folder), but the server serves \(server): use another folder for this office"
        case let .serverBehind(replica, server):
            return id
                ? "log server berakhir pada catatan #\(server), tetapi replika ini memegang sampai #\(replica): server kehilangan catatan (dipulihkan dari cadangan lama?). Replika ini disimpan apa adanya; pulihkan server darinya (`hakakses restore FOLDER --replace` di server), atau bila kehilangan itu sudah dicatat dengan sengaja (`audit reanchor`), mulai replika baru di folder kosong"
                : "the server's log ends at record #\(server), but this replica holds up to #\(replica): the server lost records (restored from an old backup?). This replica is kept as it is; restore the server from it (`hakakses restore FOLDER --replace` on the server), or if that loss was recorded on purpose (`audit reanchor`), start a new replica in an empty folder"
        case .historiesDiffer(let seq):
            return id
                ? "catatan #\(seq) replika ini bukan catatan #\(seq) server: log server telah diganti dengan riwayat lain. Replika ini disimpan apa adanya (mungkin memegang catatan yang hilang dari server); periksa server dengan `hakakses audit verify`, lalu mulai replika baru di folder kosong"
                : "this replica's record #\(seq) is not the server's record #\(seq): the server's log was replaced by another history. This replica is kept as it is (it may hold records the server lost); check the server with `hakakses audit verify`, then start a new replica in an empty folder"
        case .unverifiable(let error):
            return id
                ? "catatan yang diterima tidak terverifikasi (\(error.text(in: language))); tidak ada yang disimpan"
                : "a record received does not verify (\(error.text(in: language))); nothing was kept"
        case let .fileDiffers(name, expected, found):
            return id
                ? "berkas arsip \(name) dari server ber-SHA-256 \(found.prefix(16))…, catatan auditnya menyebut \(expected.prefix(16))…; tidak disimpan"
                : "the archived file \(name) from the server has SHA-256 \(found.prefix(16))…, its audit record says \(expected.prefix(16))…; not kept"
        }
    }
}
