public import AccessWorkflow

/// The office's own sentences in Bahasa Indonesia, as said in a Disdukcapil office: what is wrong and what to do.
/// Option names (`--role`), commands and file keys stay as they are typed.
extension OfficeMessage: LocalizedText {
    public func text(in language: Language) -> String {
        language == .english ? description : indonesian
    }

    private var indonesian: String {
        let id = Language.indonesian
        switch self {
        case .identity(let error): return error.text(in: id)
        case .request(let error): return error.text(in: id)
        case .decree(let error): return error.text(in: id)
        case .workflow(let error): return error.text(in: id)
        case let .labelled(label, message): return "\(label): \(message.text(in: id))"
        case let .dateInvalid(label, text, error): return "\(label) \(text): \(error.text(in: id))"
        case let .timeInvalid(label, text): return "\(label) '\(text)' bukan waktu; tulis sebagai YYYY-MM-DD HH:MM waktu kantor, misalnya 2025-02-03 08:15"
        case .registrationIncomplete: return "isikan nomor agenda dan waktu surat diagendakan sekaligus, atau tidak keduanya"
        case .deviationNotLastHandover: return "penyimpangan dicatat bersama tahap serah terima: berikan bersama serah terima orang terakhir dalam permohonan yang belum menerima (belum ada yang diserahkan)"
        case .deviationKindUnknown(let kind): return "'\(kind)' bukan jenis penyimpangan; tulis equipment (perlengkapan) atau output, misalnya --deviation equipment=\"server SIAK mati\" (waktu diukur, tidak ditulis)"
        case let .evidenceInvalid(document, error): return "bukti untuk \(document): \(error.text(in: id))"
        case let .candidateLine(file, line, error): return "\(file) baris \(line): \(error.text(in: id))"
        case .detail(let text): return "kesalahan teknis: \(text)"
        case .said(let phrase): return phrase.indonesian

        case .noCandidates:
            return "siapa yang diusulkan? berikan --name (dengan --nip atau --nik, --role, --unit) atau --candidates BERKAS"
        case .candidatesTwice:
            return "berikan --candidates BERKAS atau --name/--nip/--nik/--role/--unit, jangan keduanya"
        case let .listNotRead(file, error):
            return "\(file) tidak dapat dibaca (tidak ada yang diajukan):\n\(error.text(in: id))"
        case let .oneRolePerPerson(file, line, name, roles):
            return "\(file) baris \(line): usulan meminta satu peran per orang, sedangkan \(name) memiliki \(roles)"
        case .roleMissing(let known):
            return "--role belum diisi; pilih salah satu: \(known.joined(separator: ", "))"
        case .unitMissing:
            return "--unit (unit kerja) belum diisi"
        case let .unknownRole(role, known):
            return "peran SIAK '\(role)' tidak dikenal; pilih salah satu: \(known.joined(separator: ", "))"
        case .noSuchRequest(let request):
            return "permohonan \(request) tidak ditemukan"
        case let .notACandidate(text, request, candidates):
            return "\(text) bukan calon dalam permohonan \(request); calonnya adalah: \(candidates)"
        case let .unknownDocument(document, known):
            return "dokumen '\(document)' tidak dikenal; dokumen dalam SOP ini: \(known.joined(separator: ", "))"
        case .unknownPerson(let text):
            return "'\(text)' bukan nama pengguna yang dikenal dan bukan NIP atau NIK yang sah"
        case let .statusUnknown(status, known):
            return "status \(status) tidak dikenal; gunakan salah satu dari \(known.joined(separator: ", "))"
        case let .revocationReasonUnknown(reason, known):
            return "alasan \(reason) tidak dikenal; gunakan salah satu dari \(known.joined(separator: ", "))"
        case .limitOutOfRange(let limit):
            return "batas \(limit) tidak dapat dipakai; minta 1 sampai 100000 catatan"
        case .noApplicantNIP:
            return "NIP Anda tidak tercatat sehingga tidak dapat menjadi pemohon; berikan --applicant-name dan --applicant-nip"
        case .filedWithoutID:
            return "permohonan tercatat tanpa nomor"
        case .receivedByMissing:
            return "siapa yang menerima? tuliskan nama sesuai tanda tangan pada tanda terima (--received-by)"
        case let .attachmentNotImported(file, error):
            return "\(file) tidak diimpor (tidak ada yang dicatat):\n\(error.text(in: id))"
        case .noSuchDecree(let number):
            return "SK \(number) tidak ditemukan; periksa nomornya pada daftar SK"
        case .fileDamaged(let name):
            return "\(name) tidak diterima utuh (bukan base64); kirim ulang"

        case .reconcileApplyRole(let who):
            return "hanya pejabat dengan peran \(who) yang berwenang menerapkan rekonsiliasi; semua pejabat boleh melihatnya (tanpa --apply)"
        case let .decreeByApprove(request, step, title):
            return "\(request) berada di tahap \(step) (\(title)): terbitkan SK dengan `hakakses decree issue --request \(request) …`"
        case let .handoverTooEarly(request, step, title):
            return "\(request) masih berada di tahap \(step) (\(title)); serah terima dilakukan sesudahnya"
        case .noAccountCreationStep:
            return "SOP ini tidak memiliki tahap pembuatan akun, sehingga tidak ada yang boleh menyerahkan kata sandi di luar permohonan"
        case .handoverRole(let who):
            return "hanya pejabat dengan peran \(who) yang berwenang menyerahkan atau mengatur ulang kata sandi di luar tahap serah terima permohonan"
        case .ownPassword:
            return "tidak seorang pun boleh menyerahkan atau mengatur ulang kata sandinya sendiri; mintalah rekan lain"
        case .officialOnly(let action):
            return "\(action.indonesian) dilakukan oleh pejabat: masuk dengan --user (atau melalui server kantor)"
        case .access(let refusal):
            return refusal.text(in: .indonesian)

        case .notStaffLogin(let uid):
            return "'\(uid)' bukan nama login pegawai"
        case .noPassword:
            return "kata sandi tidak diisi"
        case let .directoryUnreachable(code, diagnostic):
            return "direktori tidak dapat dihubungi (\(code)): \(diagnostic)"
        case let .mustChangePassword(uid, uri, dn):
            return "kata sandi \(uid) diatur oleh administrator dan harus diganti terlebih dahulu: ldappasswd -x -H \(uri) -D '\(dn)' -W -S"
        case let .staffEntryUnusable(uid, error):
            return "entri pegawai \(uid) tidak dapat dipakai: \(error.text(in: id))"
        case .accountLocked(let uid):
            return "akun \(uid) terkunci; hubungi administrator direktori"
        case .wrongPassword(let uid):
            return "login \(uid) gagal: nama pengguna atau kata sandi salah"
        case let .loginRefused(uid, detail):
            return "login \(uid) gagal: \(detail)"
        case let .loginFailed(uid, detail):
            return "login \(uid) gagal: \(detail)"

        case .jsonRequired:
            return "kirim permintaan sebagai application/json"
        case .jsonLoginRequired:
            return "kirim login sebagai application/json"
        case .notLoggedIn:
            return "belum masuk, atau sesi telah berakhir; silakan masuk lagi"
        case .csrfMissing:
            return "perubahan ini dikirim tanpa token CSRF halaman sehingga ditolak (situs lain mungkin mencoba bertindak atas nama Anda); muat ulang halaman lalu coba lagi"
        case .loginShape:
            return "login memerlukan {\"username\": …, \"password\": …}"
        case .reanchorReasonMissing:
            return "sebutkan mengapa catatan yang hilang diterima hilang (--reason): alasannya dicatat"
        case let .nearlyEmptyLog(head, anchor):
            return "basis data berakhir pada catatan #\(head), tetapi jangkar di direktori menyatakan log mencapai #\(anchor): jauh lebih banyak daripada yang hilang karena umur sebuah cadangan. Berkas basis data yang disalin tanpa berkas -wal-nya, atau basis data kosong, tampak seperti ini; pulihkan cadangan buatan `hakakses backup` (`hakakses restore`). Hanya bila memang hanya ini yang tersisa, catat kehilangannya dengan --force"
        case .whoRecovers:
            return "sebutkan siapa yang mencatat kehilangan ini dengan --by NAMA (atau jalankan dengan sudo, yang menyebut Anda): catatan audit menyebut orangnya, bukan akun layanan"
        case let .backupUnwritable(path, detail):
            return "\(path) tidak dapat ditulis atau dibaca (\(detail)); periksa ruang kosong dan izin tujuan"
        case let .notABackup(path, reason):
            return "\(path) tidak dapat dipulihkan: \(reason.text(in: .indonesian))"
        case let .replicaStopped(path, reason):
            return "replika di \(path) berhenti: \(reason.text(in: .indonesian))"
        case let .restoredUnchecked(source, restoredAt):
            return "basis data ini dipulihkan dari \(source) (\(restoredAt)) dan direktori tidak dapat dihubungi untuk memeriksa apa yang hilang: tidak ada yang diubah sampai direktori dapat dihubungi (jalankan slapd atau periksa jaringan ke direktori; server kantor memeriksa lagi dalam 30 detik)"
        case let .keyBesideBackup(key, backup):
            return "kunci audit disimpan di tempat tersendiri (\(key) berada di dalam cadangan \(backup)): siapa pun yang memegang keduanya dapat memalsukan catatan; berikan folder lain untuk --with-key, misalnya flashdisk yang disimpan terpisah"
        case .databaseExists(let path):
            return "\(path) sudah ada: memulihkan di atas basis data memerlukan --replace (yang ada disimpan di sampingnya sebagai .before-restore-…)"
        case .recoverFirst(let mismatch):
            return "kantor hanya dapat dibaca sampai dipulihkan, dan tidak ada yang dicatat: \(mismatch.text(in: .indonesian)). Pulihkan cadangan terbaru atau replika (`hakakses restore`); bila catatan hilang untuk selamanya, periksa daftar dari `hakakses audit reanchor` lalu catat kehilangannya"
        case .bodyTooLarge(let limit):
            return "isi permintaan lebih besar dari yang diterima alamat ini (\(limit) KiB); kirim lebih sedikit, atau bagi berkasnya"
        case let .bodyUnreadable(maxMiB, detail):
            return "isi permintaan tidak dapat dibaca (paling besar \(maxMiB) MiB): \(detail)"
        case .answerUnencodable(let detail):
            return "jawaban tidak dapat disusun: \(detail)"
        case .operationNotObject(let operation):
            return "\(operation) tidak dapat disusun sebagai objek"
        case let .operationUnencodable(operation, detail):
            return "\(operation) tidak dapat disusun: \(detail)"
        case .parameterMissing(let name):
            return "\(name) belum diisi"
        case .queryParameterMissing(let name):
            return "parameter \(name) wajib diisi: tambahkan ?\(name)=… pada alamat"
        case let .queryParameterType(name, value, expected):
            switch expected {
            case .integer: return "parameter \(name)=\(value) bukan bilangan bulat: isi dengan angka saja, misalnya \(name)=1"
            case .number: return "parameter \(name)=\(value) bukan angka: isi misalnya \(name)=1.5"
            case .boolean: return "parameter \(name)=\(value) bukan true atau false: isi \(name)=true atau \(name)=false"
            }
        case .queryParameterUnsupported(let name):
            return "parameter \(name) tidak dapat diberikan pada alamat"
        case .queryUnreadable(let detail):
            return "parameter permintaan tidak dapat dibaca: \(detail)"
        case .bodyNotObject:
            return "isi permintaan bukan objek JSON"
        case .fieldMissing(let name):
            return "\(name) tidak ada dalam permintaan"
        case .fieldType(let path):
            return "\(path) dalam permintaan jenisnya salah"
        case .requestUnreadable(let detail):
            return "permintaan tidak dapat dibaca: \(detail)"
        case .plainHTTPServer(let url):
            return "\(url) adalah HTTP biasa ke mesin lain: kata sandi Anda, sesi Anda dan kata sandi baru operator akan melintasi jaringan tanpa sandi. Gunakan https:// (alamat server seperti yang disebut sertifikatnya; serverCAFile: di konfigurasi, atau $HAKAKSES_SERVER_CA, untuk CA kantor sendiri)"
        case .serverURL(let url):
            return "'\(url)' bukan alamat server kantor, misalnya https://hakakses.sukamarakab.go.id:8750"
        case .loginUnencodable(let detail):
            return "login tidak dapat disusun: \(detail)"
        case let .serverAnswerUnreadable(server, detail):
            return "server kantor di \(server) memberi jawaban yang tidak dapat dibaca program ini (\(detail)); apakah versinya sama?"
        case .urlUnbuildable(let path):
            return "alamat untuk \(path) tidak dapat dibentuk"
        case let .serverUnreachable(server, detail):
            return "server kantor di \(server) tidak dapat dihubungi (\(detail)); periksa alamatnya dan pastikan `hakakses serve` berjalan di sana"
        case let .serverStatus(server, code, reason):
            return "server kantor di \(server) menjawab \(code) \(reason)"

        case let .lockUnopenable(path, reason):
            return "\(path) tidak dapat dibuka (\(reason)); jalankan sebagai pengguna layanan pemilik basis data"
        case let .lockFailed(path, reason):
            return "\(path) tidak dapat dikunci (\(reason))"
        case let .databaseOwned(path, holder):
            return "basis data \(path) sedang dipakai proses hak-akses lain (\(holder)); hanya satu proses yang boleh menulisnya — hentikan proses itu terlebih dahulu (untuk server kantor: `systemctl stop hakakses`), atau kirim perintah pegawai ke server yang berjalan (--server URL)"

        case .listenAddress(let text):
            return "api.listen '\(text)' bukan HOST:PORT, misalnya 127.0.0.1:8750"
        case let .tlsUnusable(certificate, key, detail):
            return "sertifikat TLS \(certificate) atau kuncinya \(key) tidak dapat dipakai: \(detail)"
        case .plainHTTPRefused(let listen):
            return "api.listen adalah \(listen), alamat selain loopback, tanpa TLS: kata sandi pegawai, token sesi dan kata sandi baru operator akan melintasi jaringan tanpa sandi. Isi api.tlsCertificate dan api.tlsKey, atau dengarkan di 127.0.0.1:PORT di belakang reverse proxy TLS; hanya pada jaringan tertutup atas tanggung jawab Anda sendiri isi api.insecureHTTP: true"
        case .tlsHalf:
            return "api.tlsCertificate dan api.tlsKey harus diisi bersama: berikan keduanya (berkas PEM), atau kosongkan keduanya dan pasang reverse proxy TLS di depannya"
        case let .notServerConfiguration(path, missing):
            return "\(path) bukan konfigurasi server kantor (kurang: \(missing)); di komputer kerja, isikan `server: URL` (atau --server) dan jalankan perintah pegawai saja"
        case let .sopInvalid(path, error):
            return "berkas SOP \(path) tidak sah: \(error.text(in: id))"
        case let .sopUnreadable(path, detail):
            return "berkas SOP \(path) tidak dapat dibaca: \(detail)"
        case let .rolesInvalid(path, error):
            return "katalog peran \(path) tidak sah: \(error.text(in: id))"
        case let .rolesUnreadable(path, detail):
            return "katalog peran \(path) tidak dapat dibaca: \(detail)"
        case .noAuditKeyNamed(let path):
            return "\(path) tidak menyebut kunci audit (`auditKey: FILE`); kantor yang dibuat versi lama mendapatkannya dengan `hakakses audit new-key` lalu `hakakses audit seal`"
        case let .nameParticles(value, path):
            return "accounts.nameParticles di \(path) berisi '\(value)'; gunakan drop atau keep"
        case let .collisions(value, path):
            return "accounts.collisions di \(path) berisi '\(value)'; gunakan middle-names atau number"
        case let .usernameRule(path, error):
            return "accounts.usernameRule di \(path): \(error.text(in: id))"
        case .directoryUnset(let path):
            return "directory di \(path) memerlukan `local: FOLDER` atau `uris: [ldap://…]`"
        case .noConfiguration(let path):
            return "tidak ada konfigurasi di \(path); jalankan `hakakses init --office sukamara` (atau mojokerto), atau berikan --config BERKAS"
        case .auditKey(let error):
            return error.text(in: id)
        case let .noDatabase(path, configuration):
            return "tidak ada basis data di \(path); jalankan `hakakses init` terlebih dahulu (atau perbaiki `database:` di \(configuration))"
        case .localDirectoryNotStarted(let path):
            return "direktori lokal di \(path) belum ada; jalankan `hakakses directory start`"
        case .baseDNMissing(let path):
            return "directory.baseDN di \(path) tidak ada atau bukan DN"
        case .bridgeAccountMissing(let path):
            return "directory.bridgeDN dan directory.bridgePasswordFile harus diisi di \(path)"
        case .bridgePasswordUnreadable(let path):
            return "berkas kata sandi bridge \(path) tidak dapat dibaca"
        case let .configurationUnreadable(path, detail):
            return "konfigurasi \(path) tidak dapat dibaca: \(detail)"
        case let .configurationInvalid(path, detail):
            return "konfigurasi \(path) tidak sah: \(detail)"

        case .whoAreYou:
            return "siapa Anda? berikan --user UID"
        case .confirmForm(let item):
            return "--confirm '\(item)': bentuknya harus ID-PERINGATAN=CATATAN"
        case .confirmNote(let warning):
            return "--confirm \(warning) memerlukan catatan yang menjelaskan mengapa peringatan itu diterima"
        case let .fileUnreadable(document, path):
            return "--file \(document)=\(path): berkas tidak dapat dibaca"
        case let .optionForm(flag, item):
            return "\(flag) '\(item)': bentuknya harus DOK=NILAI"
        case let .optionValue(flag, document):
            return "\(flag) \(document)= memerlukan nilai"
        case let .uploadUnreadable(what, path):
            return "\(what == .decreeAttachment ? "lampiran SK" : "daftar usulan") \(path) tidak dapat dibaca"
        case .rehearsalTime(let text):
            return "HAKAKSES_NOW '\(text)' bukan waktu ISO 8601 seperti 2025-11-03T08:00:00+07:00"
        case .passwordFileUnreadable(let path):
            return "berkas kata sandi \(path) tidak dapat dibaca"
        case .passwordFileEmpty(let path):
            return "berkas kata sandi \(path) kosong"
        case .noTerminal:
            return "tidak ada terminal untuk menanyakan kata sandi: berikan --password-file BERKAS"
        case .strikeForm(let item):
            return "--strike '\(item)': bentuknya harus ORANG=ALASAN"
        case let .baseDNInvalid(text, detail):
            return "--base-dn \(text) bukan DN yang sah: \(detail)"
        case .noLocalDirectory(let path):
            return "tidak ada direktori lokal di \(path)"
        case .noLocalDirectoryRunning(let path):
            return "tidak ada direktori lokal di \(path); jalankan `hakakses directory start`"
        case .expectedHeadMissing(let hash):
            return "log tidak memuat hash terakhir yang diharapkan \(hash): ada catatan yang dihapus atau ditulis ulang; tidak ada yang disegel"
        case let .keyAlreadyNamed(path, key):
            return "\(path) sudah menyebut kunci audit \(key); kunci tidak pernah diganti"
        case .nothingLost(let anchor):
            return "basis data memuat \(anchor.text(in: id)) yang dijangkarkan: tidak ada yang hilang, jadi jangkarnya tetap"
        case .configurationExists(let path):
            return "\(path) sudah ada; hak-akses tidak pernah menimpa konfigurasi atau basis datanya"
        case .noShippedSOP(let name):
            return "tidak ada SOP bawaan bernama '\(name)'; gunakan sukamara atau mojokerto, atau --sop BERKAS"
        case .officeOrSOP:
            return "berikan --office sukamara|mojokerto atau --sop BERKAS (salah satu)"
        case let .sopFileInvalid(path, error):
            return "\(path): \(error.text(in: id))"
        case .staffOnlyLocal(let path):
            return "direktori dalam \(path) bukan direktori bawaan dan administrator pegawai belum diatur: isi directory.staffAdminDN (cn=staff-admin,ou=services,<baseDN>) dan directory.staffAdminPasswordFile"
        case .localDirectoryUnusable(let detail):
            return "direktori lokal tidak dapat dipakai: \(detail)"
        case .nameInvalid(let error):
            return "--name: \(error.text(in: id))"
        case .nipInvalid(let error):
            return "--nip: \(error.text(in: id))"
        case let .unknownWorkflowRole(role, known):
            return "peran '\(role)' tidak dikenal; peran dalam SOP ini: \(known.joined(separator: ", "))"
        case .staffExists(let uid):
            return "pegawai \(uid) sudah ada"
        case let .staffNotAdded(uid, detail):
            return "menambahkan \(uid) gagal: \(detail)"
        case .staffNotRead(let detail):
            return "data pegawai tidak dapat dibaca: \(detail)"
        }
    }
}

extension OfficeMessage.StaffAction {
    /// The Indonesian noun phrase: "kotak masuk", "persetujuan", …
    var indonesian: String {
        switch self {
        case .inbox: "kotak masuk"
        case .whoAmI: "menampilkan siapa yang masuk"
        case .file: "pengajuan permohonan"
        case .resubmit: "pengajuan ulang permohonan"
        case .cancel: "pembatalan permohonan"
        case .approve: "persetujuan"
        case .reject: "penolakan"
        case .returnRequest: "pengembalian permohonan"
        case .issueDecree: "penerbitan SK"
        case .signDecree: "penandatanganan SK"
        case .review: "review hak akses"
        case .acting: "penunjukan Plt./Plh."
        case .importDecree: "impor SK"
        case .confirmDecree: "konfirmasi SK"
        case .handover: "serah terima akun"
        case .revoke: "pencabutan akses"
        case .printDocument: "mencetak dokumen"
        case .sendEvidence: "mengirim berkas bukti"
        }
    }
}
