import Foundation
import LDAP
import LocalDirectory
import TestSupport
import Testing

/// The Sukamara SOP (proposal list → paraf Kabid, Sekretaris → Kadis → SK Kadis → access created → handed over)
/// through the real binary. Which inbox shows a request during the paraf chain is the shell's to fix (it must ask
/// the core's `WorkflowState.isAwaiting`; see INTEGRATION-ISSUE11.md), so inboxes are checked once the Kadis's turn
/// has come.
@Suite("CLI: Sukamara SOP")
struct SukamaraTests {
    /// Files the three-person proposal list as the Kasi at 08:00 and returns its id.
    private func fileList(_ office: Office) async throws -> String {
        let list = try office.write("usulan.csv", Candidates.sukamaraCSV)
        let filed = try await office.succeed(
            ["request", "new", "--candidates", list, "--confirm", Candidates.rinaConfirmation, "--note", "usulan petugas SIAK"], at: "08:00", as: Staff.kasi.uid)
        return try filedRequestID(filed)
    }

    @Test("the whole SOP: list, paraf, Kadis, SK, provisioning, handover of everyone; operators in the roster and directory", arguments: [OfficeMode.server, .local])
    func wholeProcedure(mode: OfficeMode) async throws {
        try await withOffice(.sukamara, mode: mode) { office in
            let id = try await fileList(office)
            #expect(id == "REQ-2026-0001")
            let filed = try await office.show(id)
            #expect(filed.kind == "list")
            #expect(filed.candidates.map(\.role) == ["operator", "verifikator", "operator"])
            #expect(filed.applicant == "kasi", "the Kasi who filed the list stands as its applicant")

            let paraf = try await office.succeed(["approve", id, "--note", "paraf"], at: "08:05", as: Staff.kabid.uid)
            #expect(paraf.stdout.contains("next persetujuan-kadis"), "the step waits for the next link: \(paraf)")
            try await office.succeed(["approve", id, "--note", "paraf"], at: "08:06", as: Staff.sekretaris.uid)
            let kadisInbox = try await office.succeed(["inbox", "--json"], at: "08:07", as: Staff.kadis.uid).json([InboxRow].self)
            #expect(kadisInbox.map(\.request) == [id])
            #expect(kadisInbox.first?.step == "persetujuan-kadis")
            let kasiInbox = try await office.succeed(["inbox", "--json"], at: "08:07", as: Staff.kasi.uid).json([InboxRow].self)
            #expect(kasiInbox.isEmpty, "nothing waits for the Kasi once the list is filed")

            let approved = try await office.succeed(["approve", id, "--note", "disetujui"], at: "08:20", as: Staff.kadis.uid)
            #expect(approved.stdout.contains("next sk-kadis"), "\(approved)")
            let issued = try await office.succeed(Candidates.decreeArguments(request: id), at: "08:30", as: Staff.sekretaris.uid)
            #expect(issued.stdout.contains("SK 000.8.3.3/241/Dukcapil/2026 recorded for \(id)"), "\(issued)")
            #expect(issued.stdout.contains("decree sign --request \(id)"), "the draft names the Kadis's next step: \(issued)")
            // The draft grants nothing: no account before the Kadis signs.
            let early = try await office.succeed(["sync"], at: "08:31")
            #expect(!early.stdout.contains("3 done"), "\(early)")
            let signed = try await office.sign(id, at: "08:40")
            #expect(signed.stdout.contains("signed by ZAINUDDIN, S.Sos (NIP 19650218 198705 1 003)"), "the signer is the Kadis's directory entry: \(signed)")
            #expect(signed.stdout.contains("next pembuatan-hak-akses"), "\(signed)")

            // Step 4 is a fact: the ADB's approval waits until the bridge has created every account of the SK.
            try await office.expectRefused(["approve", id], at: "08:45", as: Staff.adb.uid,
                                           naming: ["pembuatan-hak-akses", "Budi Santoso", "Rina Lestari", "hakakses sync"])
            let pending = try await office.succeed(["request", "show", id], at: "08:45")
            #expect(pending.stdout.contains("3 accounts of the SK are not created yet"), "\(pending)")
            let synced = try await office.succeed(["sync"], at: "08:48")
            #expect(synced.stdout.contains("3 done"), "\(synced)")
            let provisioned = try await office.succeed(["approve", id], at: "08:50", as: Staff.adb.uid)
            #expect(provisioned.stdout.contains("next penerimaan-hak-akses"), "\(provisioned)")

            // Each candidate receives an account; the last handover completes the request.
            let receivers = [("budi.santoso", "Budi Santoso"), (Candidates.sitiNIP, "Siti Rahmawati"), (Candidates.rinaNIK, "Rina Lestari")]
            for (index, (who, name)) in receivers.enumerated() {
                let handed = try await office.succeed(["handover", who, "--received-by", name], at: "08:55", as: Staff.adb.uid)
                #expect(handed.stdout.contains("password  "), "\(handed)")
                let status = try await office.show(id, at: "08:55").status
                #expect(status == (index == receivers.count - 1 ? "completed" : "in progress at step penerimaan-hak-akses"))
            }

            let request = try await office.show(id)
            #expect(request.status == "completed")
            #expect(request.currentStep == nil)
            #expect(request.decree == "000.8.3.3/241/Dukcapil/2026")
            #expect(request.activeRecords.map(\.step) == ["konsep-usulan", "persetujuan-kadis", "persetujuan-kadis", "persetujuan-kadis",
                                                          "sk-kadis", "tanda-tangan-sk", "pembuatan-hak-akses", "penerimaan-hak-akses"])
            #expect(request.activeRecords.map(\.actor) == ["kasi", "kabid", "sekretaris", "kadis", "sekretaris", "kadis", "adb2", "adb2"])
            #expect(request.activeRecords.map(\.outcome)
                == ["filed", "initialled", "initialled", "approved", "decreeIssued", "signed", "approved", "handedOver"])
            #expect(request.times.allSatisfy { !$0.breached }, "every step was within its standard: \(request.times)")

            let list = try await office.succeed(["request", "list", "--json"]).json([RequestListRow].self)
            #expect(list.map(\.id) == [id])
            #expect(list.first?.status == "completed")

            let roster = try await office.succeed(["roster", "show", "--json"], at: "09:00").json(RosterJSON.self)
            let byPerson = Dictionary(uniqueKeysWithValues: roster.entries.map { ($0.person, $0) })
            #expect(roster.entries.count == 3)
            #expect(roster.conflicts.isEmpty)
            #expect(byPerson["nip:199001152015031002"]?.roles == ["operator"])
            #expect(byPerson["nip:199001152015031002"]?.username == "budi.santoso")
            #expect(byPerson["nip:199203202018012001"]?.roles == ["verifikator"])
            #expect(byPerson["nip:199203202018012001"]?.username == "siti.rahmawati")
            #expect(byPerson["nik:\(Candidates.rinaNIK)"]?.roles == ["operator"])
            #expect(byPerson["nik:\(Candidates.rinaNIK)"]?.username == "rina.lestari")
            #expect(roster.entries.allSatisfy { $0.basis == ["SK 000.8.3.3/241/Dukcapil/2026"] })

            // The directory holds the operators in their SIAK groups, each with a password that must be changed.
            let admin = try await office.directory.adminConnection()
            for (uid, role) in [("budi.santoso", "operator"), ("siti.rahmawati", "verifikator"), ("rina.lestari", "operator")] {
                let dn = office.directory.baseDN.child("ou", "operators").child("uid", uid)
                let entry = try #require(try await admin.read(dn, attributes: ["memberOf", "pwdReset"]), "\(dn) is missing")
                #expect(entry.strings("memberOf").compactMap { try? DN(parsing: $0) } == [office.directory.siakGroup(role)])
                #expect(entry.string("pwdReset") == "TRUE")
            }
            await admin.close()

            let verified = try await office.succeed(["audit", "verify", "--json"]).json(AuditVerifyJSON.self)
            #expect(verified.intact)
            #expect(verified.brokenAt == nil)
        }
    }

    @Test("refused with status 1, a one-line reason and no change: self-approval, wrong role, out of order, SK by approve, unknown id")
    func refusals() async throws {
        try await withOffice(.sukamara, mode: .server, extraStaff: [Staff.kadisBudi]) { office in
            let id = try await fileList(office)
            try await office.initial(id)

            // Budi is on the list; as acting Kadis he may not approve it.
            try await office.expectRefused(
                ["approve", id], at: "08:10", as: Staff.kadisBudi.uid, naming: ["budi.plt", "is the applicant or a candidate", id])
            // The Kasi filed it, but the approval is the Kadis's.
            try await office.expectRefused(
                ["approve", id], at: "08:10", as: Staff.kasi.uid, naming: ["kasi", "does not hold the role", "persetujuan-kadis"])
            // Naming a later step does not jump there.
            try await office.expectRefused(
                ["approve", id, "--step", "pembuatan-hak-akses"], at: "08:10", as: Staff.adb.uid,
                naming: ["is at step persetujuan-kadis", "not pembuatan-hak-akses"])
            try await office.expectRefused(
                ["approve", "REQ-2026-0404"], at: "08:10", as: Staff.kadis.uid, naming: ["no request REQ-2026-0404"])
            try await office.expectRefused(
                ["approve", "REQ-2026-0404", "--step", "persetujuan-kadis"], at: "08:10", as: Staff.kadis.uid,
                naming: ["no request REQ-2026-0404"])

            try await office.succeed(["approve", id], at: "08:20", as: Staff.kadis.uid)
            // The SK step is done by issuing the SK, never by `approve`, with or without --step.
            try await office.expectRefused(
                ["approve", id], at: "08:25", as: Staff.sekretaris.uid, naming: ["sk-kadis", "hakakses decree issue --request \(id)"])
            try await office.expectRefused(
                ["approve", id, "--step", "sk-kadis"], at: "08:25", as: Staff.sekretaris.uid, naming: ["sk-kadis", "decree issue"])
            // Only the Sekretaris issues it, and never with a signer typed in: the Kadis signs it himself.
            try await office.expectRefused(
                Candidates.decreeArguments(request: id), at: "08:25", as: Staff.adb.uid, naming: ["Sekretaris (sekretaris)", "adb"])
            try await office.expectRefused(
                Candidates.signedDecreeArguments(request: id), at: "08:25", as: Staff.sekretaris.uid,
                naming: ["tanda-tangan-sk", "--signer-name"])
            // Nobody signs an SK before it is drafted.
            let scan = try office.write("sk-ttd.pdf", minimalPDF)
            try await office.expectRefused(
                ["decree", "sign", "--request", id, "--signed", "2026-11-23", "--scan", scan], at: "08:25", as: Staff.kadis.uid,
                naming: [id, "without the SK", "decree step"])
            // The provisioning step is not reached before the SK.
            try await office.expectRefused(
                ["approve", id, "--step", "pembuatan-hak-akses"], at: "08:25", as: Staff.adb.uid,
                naming: ["is at step sk-kadis", "not pembuatan-hak-akses"])

            // The refusals left the request where it was: approved by the Kadis, waiting for the SK.
            let request = try await office.show(id)
            #expect(request.currentStep == "sk-kadis")
            #expect(request.activeRecords.map(\.actor) == ["kasi", "kabid", "sekretaris", "kadis"])
        }
    }

    @Test("a rejection is final: a later approval, resubmission or handover step is refused")
    func rejectionIsFinal() async throws {
        try await withOffice(.sukamara, mode: .server) { office in
            let id = try await fileList(office)
            try await office.initial(id)
            let rejected = try await office.succeed(
                ["reject", id, "--reason", "kuota operator sudah penuh"], at: "08:15", as: Staff.kadis.uid)
            #expect(rejected.stdout.contains("rejected \(id)"), "\(rejected)")

            let list = try await office.succeed(["request", "list", "--json"]).json([RequestListRow].self)
            #expect(list.first?.status == "rejected")
            #expect(list.first?.statusReason == "kuota operator sudah penuh")
            #expect(list.first?.currentStep == nil)

            try await office.expectRefused(
                ["approve", id], at: "08:20", as: Staff.kadis.uid, naming: ["\(id) was rejected", "final"])
            try await office.expectRefused(
                ["request", "resubmit", id, "--note", "mohon ditinjau"], at: "08:20", as: Staff.kasi.uid, naming: ["\(id) was rejected", "final"])
            let kadisInbox = try await office.succeed(["inbox", "--json"], at: "08:20", as: Staff.kadis.uid).json([InboxRow].self)
            #expect(kadisInbox.isEmpty)
            #expect(try await office.show(id).status == "rejected (kuota operator sudah penuh)")
        }
    }

    @Test("a return for revision, a resubmission with a revised list, and the chain starting again with the paraf")
    func returnAndResubmit() async throws {
        try await withOffice(.sukamara, mode: .server) { office in
            let id = try await fileList(office)
            try await office.initial(id)
            try await office.succeed(["return", id, "--reason", "Rina belum berstatus pegawai"], at: "08:15", as: Staff.kadis.uid)
            #expect(try await office.show(id).status == "returned for revision (Rina belum berstatus pegawai)")

            // While returned, nobody can act on it, and it waits in the Kasi's inbox, not the Kadis's.
            try await office.expectRefused(
                ["approve", id], at: "08:20", as: Staff.kadis.uid, naming: ["returned for revision", "resubmit it"])
            let kadisInbox = try await office.succeed(["inbox", "--json"], at: "08:20", as: Staff.kadis.uid).json([InboxRow].self)
            #expect(kadisInbox.isEmpty)
            let kasiInbox = try await office.succeed(["inbox", "--json"], at: "08:20", as: Staff.kasi.uid).json([InboxRow].self)
            #expect(kasiInbox.map(\.request) == [id])
            #expect(kasiInbox.first?.step == "konsep-usulan")
            // Only a submitter may resubmit.
            try await office.expectRefused(
                ["request", "resubmit", id], at: "08:25", as: Staff.adb.uid, naming: ["Kasi SIAK (kasi)", "adb"])

            let revised = try office.write("usulan-revisi.csv", Candidates.revisedCSV)
            let resubmitted = try await office.succeed(
                ["request", "resubmit", id, "--candidates", revised, "--note", "Rina dikeluarkan dari daftar"], at: "09:00", as: Staff.kasi.uid)
            #expect(resubmitted.stdout.contains("resubmitted \(id)"), "\(resubmitted)")

            var request = try await office.show(id)
            #expect(request.status == "in progress at step persetujuan-kadis")
            #expect(request.candidates.map(\.name) == ["Budi Santoso, S.Kom", "Siti Rahmawati, A.Md."])
            #expect(request.records.map(\.outcome) == ["filed", "initialled", "initialled", "returned", "resubmitted"])
            try await office.initial(id, at: ("09:02", "09:03"))
            let kadisAgain = try await office.succeed(["inbox", "--json"], at: "09:05", as: Staff.kadis.uid).json([InboxRow].self)
            #expect(kadisAgain.map(\.step) == ["persetujuan-kadis"])

            // The chain runs again: paraf, then the Kadis's approval.
            try await office.succeed(["approve", id, "--note", "disetujui setelah revisi"], at: "09:10", as: Staff.kadis.uid)
            request = try await office.show(id)
            #expect(request.currentStep == "sk-kadis")
            #expect(request.times.contains { $0.step == "persetujuan-kadis" && $0.round == 2 && !$0.pending })
            try await office.succeed(Candidates.decreeArguments(request: id), at: "09:20", as: Staff.sekretaris.uid)
            #expect(try await office.show(id).currentStep == "tanda-tangan-sk")
        }
    }

    /// The proposal list filed, initialled, approved, its SK issued, the accounts created and synced: the request
    /// waits at its handover step.
    private func toHandoverStep(_ office: Office) async throws -> String {
        let id = try await fileList(office)
        try await office.initial(id)
        try await office.succeed(["approve", id], at: "08:20", as: Staff.kadis.uid)
        try await office.issueSigned(id, at: "08:30")
        try await office.succeed(["sync"], at: "08:45")
        try await office.succeed(["approve", id], at: "08:50", as: Staff.adb.uid)
        return id
    }

    @Test("a deviation at the handover step goes with the handover that completes it; with an earlier one it is refused before any password is set")
    func handoverDeviation() async throws {
        try await withOffice(.sukamara, mode: .server) { office in
            let id = try await toHandoverStep(office)
            let early = try await office.run(
                ["handover", "budi.santoso", "--received-by", "Budi Santoso", "--deviation", "equipment=printer BAST rusak"], at: "08:53",
                as: Staff.adb.uid)
            #expect(early.status == 2 && early.stderr.contains("last person") && !early.stdout.contains("password"), "\(early)")
            try await office.succeed(["handover", "budi.santoso", "--received-by", "Budi Santoso"], at: "08:54", as: Staff.adb.uid)
            try await office.succeed(["handover", Candidates.sitiNIP, "--received-by", "Siti"], at: "08:55", as: Staff.adb.uid)
            try await office.succeed(
                ["handover", Candidates.rinaNIK, "--received-by", "Rina", "--deviation", "equipment=printer BAST rusak, ditulis tangan"],
                at: "08:56", as: Staff.adb.uid)
            #expect(try await office.show(id).status == "completed")
            let sla = try await office.succeed(["sla", "report", "--json"], at: "09:00").json(SLAReportJSON.self)
            let row = try #require(sla.rows.first { $0.request == id && $0.step == "penerimaan-hak-akses" })
            #expect(row.failed && row.deviations.map(\.note) == ["printer BAST rusak, ditulis tangan"])
        }
    }

    @Test("after completion, staff without a workflow role cannot reset an operator's password by `handover`")
    func handoverNeedsTheRole() async throws {
        try await withOffice(.sukamara, mode: .server, extraStaff: [Staff.pegawai]) { office in
            let id = try await toHandoverStep(office)
            // While the request waits at its handover step, only the ADB hands over; staff in no workflow group are
            // not even let in, and a Kasi is not the step's executor.
            try await office.expectRefused(
                ["handover", "budi.santoso", "--received-by", "Budi Santoso"], at: "08:53", as: Staff.pegawai.uid,
                naming: ["pegawai", "no workflow role"])
            try await office.expectRefused(
                ["handover", "budi.santoso", "--received-by", "Budi Santoso"], at: "08:53", as: Staff.kasi.uid,
                naming: ["kasi", "adb"])
            for who in ["budi.santoso", Candidates.sitiNIP, Candidates.rinaNIK] {
                try await office.succeed(["handover", who, "--received-by", "penerima"], at: "08:55", as: Staff.adb.uid)
            }
            #expect(try await office.show(id).status == "completed")

            // After completion a password reset still needs the account-creating role (the ADB).
            let result = try await office.expectRefused(
                ["handover", "budi.santoso", "--received-by", "Budi Santoso"], at: "10:00", as: Staff.kasi.uid,
                naming: ["adb"])
            #expect(!result.stdout.contains("password"), "a refused handover printed a password: \(result)")
            try await office.succeed(["handover", "budi.santoso", "--received-by", "Budi Santoso"], at: "10:05", as: Staff.adb.uid)
        }
    }
}
