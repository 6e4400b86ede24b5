import AccessStore
public import AccessWorkflow
import Foundation
import LDAP

/// Why a bridge pass stopped, in Bahasa Indonesia; English stays ``BridgeError/description``. What the directory
/// itself reported (result code, diagnostic) is technical and stays as reported.
extension BridgeError: LocalizedText {
    public func text(in language: Language) -> String {
        guard language == .indonesian else { return description }
        switch self {
        case .auditBroken(let why):
            return "log audit tidak lolos verifikasi, sehingga tidak ada yang ditulis ke direktori: \(why.text(in: language)); jalankan `hakakses audit verify`"
        case .anchorMismatch(let mismatch):
            return mismatch.text(in: language)
        case .anchorEntryMissing(let dn):
            return "direktori tidak memiliki entri jangkar audit \(dn), sehingga bridge tidak dapat membuktikan basis data tidak dikembalikan ke salinan lama dan tidak menulis apa pun; tambahkan dengan ldif/upgrade/audit-anchor.ldif (lihat README)"
        case .directoryUnavailable(let error):
            return "direktori tidak dapat dihubungi (\(error.code.name)): \(error.diagnostic ?? ""); perubahan yang tertunda disimpan dan dicoba lagi"
        case .directory(let error):
            return "direktori menolak: \(error)"
        case .store(let error):
            return "basis data gagal: \(error.text(in: language))"
        case .inconsistent(let what):
            return "bridge berhenti karena ketidaksesuaian internal (\(what)); tidak ada lagi yang ditulis; mohon laporkan"
        }
    }
}

/// Why a handover could not be done, in Bahasa Indonesia; English stays ``Handover/Failure/description``.
extension Handover.Failure: LocalizedText {
    public func text(in language: Language) -> String {
        guard language == .indonesian else { return description }
        switch self {
        case .notOnRoster(let key):
            return "\(key) tidak memegang peran SIAK dalam daftar pemegang akses; akun hanya dapat diserahterimakan kepada orang yang tercantum dalam SK yang berlaku atau permohonan yang telah selesai"
        case let .notProvisioned(key, why):
            return "akun \(key) belum siap: \(why.indonesian); jalankan `hakakses sync` lalu coba lagi"
        case .bridge(let error):
            return error.text(in: language)
        case .notRecorded(let error):
            return "kata sandi sudah diatur tetapi serah terimanya tidak dapat dicatat (\(error.text(in: language))); lakukan serah terima lagi agar tercatat"
        }
    }
}

extension Handover.Failure.NotReady {
    var indonesian: String {
        switch self {
        case .noUsername: "nama pengguna belum ditetapkan"
        case .notInDirectory(let dn): "\(dn) tidak ada di direktori"
        case .locked(let dn): "\(dn) terkunci"
        case let .usernameShared(username, other):
            "nama penggunanya \(username) juga dipegang oleh \(other) milik kantor lain (keduanya ditulis ketika server direktori tidak saling terhubung); `hakakses reconcile --apply` di kantor yang entrinya berurutan lebih akhir memberi entri itu nama pengguna baru"
        }
    }
}

/// Why someone is off the roster, in Bahasa Indonesia.
extension Departure: LocalizedText {
    public func text(in language: Language) -> String {
        guard language == .indonesian else { return description }
        switch self {
        case let .revoked(reason, text):
            return "dicabut (\(reason.text(in: language)))" + (text.isEmpty ? "" : ": \(text)")
        case let .expired(number, date): return "SK \(number) berakhir pada \(date)"
        case let .superseded(number, by): return "SK \(number) digantikan oleh SK \(by)"
        case let .notYetEffective(number, date): return "SK \(number) baru berlaku mulai \(date)"
        case .withdrawn(let request): return "permohonan \(request) tidak selesai"
        }
    }
}

/// A difference between the directory and the roster, in Bahasa Indonesia (``Difference/detail`` stays English).
extension Difference: LocalizedText {
    public func text(in language: Language) -> String {
        guard language == .indonesian else { return detail }
        switch self {
        case .missing(let desired):
            return "ada dalam daftar pemegang akses (\(desired.roster.basis.map { $0.text(in: language) }.joined(separator: ", "))) tetapi tidak ada entrinya"
        case .attributeDrift(_, _, let names):
            return "atribut berbeda dengan daftar pemegang akses: \(names.joined(separator: ", "))"
        case .roleDrift(_, _, let missing, let extra):
            return (missing.isEmpty ? "" : "tidak ada di \(missing.map(Self.groupName).joined(separator: ", "))")
                + (missing.isEmpty || extra.isEmpty ? "" : "; ")
                + (extra.isEmpty ? "" : "ada di \(extra.map(Self.groupName).joined(separator: ", ")) tanpa memegang peran itu")
        case .lockedOnRoster:
            return "dikunci administrator padahal ada dalam daftar pemegang akses"
        case .lockedByLostRecord(_, let entry):
            return "dikunci pada \(entry.accessEnd ?? "?"), pada waktu yang catatannya tidak ada dalam log audit ini (sesudah catatan terbarunya, atau hilang karena pemulihan): oleh pencabutan atau kepergian yang tidak ada dalam log; tetap terkunci dan di luar grupnya sampai SK atau permohonan yang dicatat sesudah penguncian itu memberinya akses lagi (catat lagi pencabutannya dengan `hakakses revoke` bila memang pencabutan)"
        case .expired(_, let why), .revoked(_, let why):
            return "\(why.text(in: language)), tetapi akunnya masih berfungsi"
        case .orphan:
            return "dikelola hak-akses tetapi tidak tercantum dalam SK atau permohonan mana pun"
        case .unauthorizedMember(let group, _):
            return "anggota \(Self.groupName(group)) tanpa memegang peran itu dalam daftar pemegang akses"
        case let .unmanagedCorrelated(entry, desired):
            return "tidak dibuat oleh hak-akses tetapi memuat \(desired.key) milik \(desired.roster.person.name.displayName) (uid \(entry.uid ?? "?"))"
        case .conflict(let text):
            return "konflik: \(text)"
        case .pastGrace:
            return "terkunci dan tidak ada dalam daftar pemegang akses melebihi masa tenggang"
        case .sharedUsername(let shared):
            return "nama penggunanya \(shared.entry.uid ?? "?") juga dipegang oleh \(shared.heldBy), ditulis kantor lain ketika server direktori tidak saling terhubung; "
                + (shared.yields
                    ? "akun ini belum diserahterimakan dan DN-nya berurutan lebih akhir, jadi akun ini yang mengalah: entrinya dihapus, nama penggunanya ditarik, lalu entrinya dibuat lagi dengan nama pengguna yang masih bebas"
                    : shared.handedOver
                        ? "akun ini sudah diserahterimakan, jadi tetap memakai nama itu; bila akun yang lain juga sudah diserahterimakan, seorang petugas memutuskan operator mana yang mendapat nama pengguna baru"
                        : "DN entri yang lain berurutan lebih akhir: rekonsiliasi kantor itu yang memberinya nama pengguna baru")
        }
    }
}

extension ChangeLimitExceeded: LocalizedText {
    public func text(in language: Language) -> String {
        guard language == .indonesian else { return description }
        return String(format: "penerapan akan mengubah %d entri, %.1f%% dari %d entri terkelola (batas %.0f%%, atau %d entri); periksa daftarnya, lalu jalankan lagi dengan --force",
                      entries, percent, managed, limitPercent, alwaysAllowed)
    }
}
