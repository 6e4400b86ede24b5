import AccessStore
import ArgumentParser
import Foundation
import OfficeClient
import OfficeService

/// `hakakses replica`: a continuous copy of the office's audit log and archive on a second machine.
struct ReplicaCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replica",
        abstract: helpText(
            "Keep a verified copy of the office's audit log and archive on a second machine (a restore source that loses nothing).",
            id: """
            Simpan salinan log audit dan arsip kantor yang sudah diperiksa di \
            mesin kedua (sumber pemulihan yang tidak kehilangan apa pun).
            """),
        discussion: helpText(
            """
            On the second machine: `hakakses replica token /etc/hak-akses/replica.token` makes the token and prints the \
            line for the office server's configuration (api.replicaTokens); then `hakakses replica follow` keeps the \
            folder current (config/systemd/hakakses-replica.service). The folder is restored with `hakakses restore`.
            """,
            id: """
            Di mesin kedua: `hakakses replica token /etc/hak-akses/replica.token` membuat token dan mencetak baris \
            untuk konfigurasi server kantor (api.replicaTokens); lalu `hakakses replica follow` menjaga folder itu \
            tetap mutakhir (config/systemd/hakakses-replica.service). Folder itu dipulihkan dengan `hakakses restore`.
            """),
        subcommands: [ReplicaFollow.self, ReplicaToken.self], defaultSubcommand: ReplicaFollow.self)
}

struct ReplicaFollow: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "follow",
        abstract: helpText(
            "Follow the office server: keep every new record (verified: chain, hash, the audit key's code) and every file it names.",
            id: """
            Ikuti server kantor: simpan setiap catatan baru (diperiksa: rantai, \
            hash, kode dari kunci audit) dan setiap berkas yang disebutnya.
            """),
        discussion: helpText(
            """
            Waits for new records on the server (a long poll), so the copy follows within a fraction of a second. A \
            server that cannot be reached is tried again; a server whose log ends before the replica's, or differs from \
            it, stops the replica without touching what it holds (exit 1): the replica may hold what the server lost.
            """,
            id: """
            Menunggu catatan baru di server (long poll), sehingga salinan menyusul dalam sepersekian detik. Server yang tidak \
            dapat dihubungi dicoba lagi; server yang log-nya berakhir sebelum log replika, atau berbeda darinya, menghentikan \
            replika tanpa menyentuh apa yang dipegangnya (status keluar 1): replika mungkin memegang apa yang hilang dari server.
            """))
    @Option(name: .long, help: ArgumentHelp(
        "The office server's URL (default: $HAKAKSES_SERVER).",
        id: "Alamat (URL) server kantor (bila tidak diisi: $HAKAKSES_SERVER).")) var server: String?
    @Option(name: .long, help: ArgumentHelp(
        "A PEM file of the CA that signed the server's certificate, if not a system-trusted one.",
        id: "Berkas PEM dari CA yang menandatangani sertifikat server, bila bukan CA yang dipercaya sistem.")) var ca: String?
    @Option(name: .long, help: ArgumentHelp(
        "The replica's folder (database, archive, manifest.json).",
        id: "Folder replika (basis data, arsip, manifest.json).")) var folder: String
    @Option(name: .customLong("token-file"), help: ArgumentHelp(
        "The file holding the replica's token (`hakakses replica token`).",
        id: "Berkas berisi token replika (`hakakses replica token`).")) var tokenFile: String
    @Option(name: .long, help: ArgumentHelp(
        "The office's audit key file (to verify the records' codes and sign the manifest).",
        id: "Berkas kunci audit kantor (untuk memeriksa kode catatan dan menandatangani manifes).")) var key: String
    @Flag(name: .long, help: ArgumentHelp(
        "Catch up once and exit, instead of following.",
        id: "Susul sekali lalu keluar, alih-alih terus mengikuti.")) var once = false
    @Option(name: .long, help: ArgumentHelp(
        "Seconds the server may hold a request while nothing is new (at most 20).",
        id: "Berapa detik server boleh menahan permintaan selama tidak ada yang baru (paling lama 20).")) var wait = 20
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reporting {
            let url = try serverURL()
            let token = try Self.readToken(tokenFile)
            let auditKey = try OfficeSettings.auditKey(at: URL(fileURLWithPath: key))
            let remote = try RemoteOffice(url: url, caFile: ca, rehearsalTime: nil, language: Shell.language,
                                          timeoutSeconds: Int64(max(wait, 0) + 30)) { printWarning($0) }
            let source = remote.replicaSource(token: token)
            let follower = try ReplicaFollower(folder: URL(fileURLWithPath: folder), key: auditKey)
            do {
                if once { try await catchUp(follower, source) } else { try await follow(follower, source) }
            } catch {
                await remote.close()
                throw error
            }
            await remote.close()
        }
    }

    private func serverURL() throws(OfficeError) -> String {
        if let server, !server.isEmpty { return server }
        if let env = ProcessInfo.processInfo.environment["HAKAKSES_SERVER"], !env.isEmpty { return env }
        throw .badInput(.said(Phrase(id: "server mana yang diikuti? berikan --server URL (atau $HAKAKSES_SERVER)", en: "which server does the replica follow? give --server URL (or $HAKAKSES_SERVER)")))
    }

    static func readToken(_ path: String) throws(OfficeError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .badInput(.said(Phrase(id: "berkas token \(path) tidak dapat dibaca; buat dengan `hakakses replica token \(path)`", en: "cannot read the token file \(path); make it with `hakakses replica token \(path)`")))
        }
        let token = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !token.isEmpty else {
            throw .badInput(.said(Phrase(id: "berkas token \(path) kosong; buat dengan `hakakses replica token`", en: "the token file \(path) is empty; make it with `hakakses replica token`")))
        }
        return token
    }

    /// Catches up (``ReplicaFollower/catchUp(from:)``) and says where the replica stands.
    private func catchUp(_ follower: ReplicaFollower, _ source: ReplicaSource) async throws(OfficeError) {
        let (records, files, lag, pass) = try await follower.catchUp(from: source)
        if output.json {
            do { try printJSON(["heldSeq": pass.heldSeq, "serverHead": pass.serverHead, "records": Int64(records), "files": Int64(files)]) } catch {
                throw .badInput(.answerUnencodable("\(error)"))
            }
            return
        }
        say(Catalogue.recovery.replicaHolds(pass.heldSeq, server: pass.serverHead, records: records, files: files, lag: lag))
    }

    /// Follows until stopped: a line for every pass that kept something; an unreachable server is tried again
    /// (1 s, doubling to 30 s); anything else ends the command.
    private func follow(_ follower: ReplicaFollower, _ source: ReplicaSource) async throws(OfficeError) {
        var backoff = 1
        while true {
            do throws(OfficeError) {
                let pass = try await follower.pass(from: source, waitSeconds: wait)
                backoff = 1
                if pass.records > 0 || pass.files > 0 {
                    say(Catalogue.recovery.replicaHolds(pass.heldSeq, server: pass.serverHead, records: pass.records, files: pass.files, lag: pass.lagSeconds))
                }
            } catch {
                guard error.kind == .unavailable else { throw error }
                printWarning(Catalogue.recovery.replicaRetrying(error.text(in: Shell.language), seconds: backoff).text(in: Shell.language))
                do { try await Task.sleep(for: .seconds(backoff)) } catch { return }
                backoff = min(backoff * 2, 30)
            }
        }
    }
}

struct ReplicaToken: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: helpText(
            "Make the replica's token in FILE (on the replica's machine) and print the line for the server's configuration.",
            id: "Buat token replika di FILE (di mesin replika) dan cetak baris untuk konfigurasi server."))
    @Argument(help: ArgumentHelp(
        "Where the token goes (a new file, mode 0600).",
        id: "Tempat token ditulis (berkas baru, mode 0600).")) var file: String

    func run() async throws {
        try await reporting {
            let token = ReplicaTokens.make()
            let url = URL(fileURLWithPath: file)
            guard !FileManager.default.fileExists(atPath: url.path) else {
                throw OfficeError.refused(.said(Phrase(id: "\(file) sudah ada; token lama tidak ditimpa (hapus sendiri bila memang diganti, lalu ganti juga barisnya di server)", en: "\(file) exists already; an old token is never overwritten (remove it yourself if it is being replaced, and replace its line on the server too)")))
            }
            guard FileManager.default.createFile(atPath: url.path, contents: Data((token + "\n").utf8), attributes: [.posixPermissions: 0o600]) else {
                throw OfficeError.unavailable(.backupUnwritable(path: file, detail: "cannot be created"))
            }
            say(Catalogue.recovery.replicaTokenMade(file, hash: ReplicaTokens.hash(of: token)))
        }
    }
}
