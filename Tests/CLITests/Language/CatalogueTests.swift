import AccessWorkflow
import Foundation
import OfficeService
import Testing

/// The shells' catalogue: every entry has both forms, and they differ unless the entry says it is the same word in
/// both languages.
@Suite("The catalogue of the shells")
struct CatalogueTests {
    static func expectBothForms(_ phrase: Phrase, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!phrase.indonesian.trimmingCharacters(in: .whitespaces).isEmpty, "\(name): no Indonesian", sourceLocation: sourceLocation)
        #expect(!phrase.english.trimmingCharacters(in: .whitespaces).isEmpty, "\(name): no English", sourceLocation: sourceLocation)
        if !phrase.isSameInBoth {
            #expect(phrase.indonesian != phrase.english, "\(name) is not translated: \(phrase.english)", sourceLocation: sourceLocation)
        }
        #expect(phrase.text(in: .indonesian) == phrase.indonesian && phrase.text(in: .english) == phrase.english)
    }

    @Test("every constant entry of every section")
    func constants() {
        var count = 0
        for section in Catalogue.sections {
            let mirror = Mirror(reflecting: section)
            for child in mirror.children {
                guard let phrase = child.value as? Phrase else {
                    Issue.record("\(mirror.subjectType).\(child.label ?? "?") is not a Phrase")
                    continue
                }
                Self.expectBothForms(phrase, "\(mirror.subjectType).\(child.label ?? "?")")
                count += 1
            }
        }
        #expect(count > 60, "the sections hold \(count) constant entries")
        #expect(Catalogue.sections.count == 14)
    }

    @Test("every entry with values, said with sample values")
    func parameterised() throws {
        let step = try JSONDecoder().decode(StepInfo.self, from: Data("""
            {"id": "persetujuan-kadis", "title": "Persetujuan Kepala Dinas", "executor": "kadis",
             "executorTitle": "Kepala Dinas", "time": "1 hari", "kind": "review"}
            """.utf8))
        let warning = try JSONDecoder().decode(WarningView.self, from: Data(#"{"id": "sex-mismatch:nip:1990", "message": "…"}"#.utf8))
        var report = SyncReport()
        report.due = 3
        report.completed = 3
        report.writes = 7
        report.fixed = ["missing": 3]
        let r = Catalogue.requests, d = Catalogue.decrees, p = Catalogue.reports, a = Catalogue.accounts
        let s = Catalogue.administration, n = Catalogue.notices, w = Catalogue.words
        let entries: [(String, Phrase)] = [
            ("next", r.next("REQ-1", step: step)), ("filed", r.filed("REQ-1", candidates: 3, draft: true)),
            ("nextStep", r.nextStep(step)), ("confirmed", r.confirmed(warning)), ("resubmitted", r.resubmitted("REQ-1", next: step)),
            ("cancelled", r.cancelled("REQ-1")), ("rejected", r.rejected("REQ-1", reason: "kuota")),
            ("returned", r.returned("REQ-1", reason: "KTP")), ("nothingWaits", r.nothingWaits(for: "kasi", roles: ["kasi"])),
            ("filedBy", r.filedBy("kasi", at: "08:00", applicant: "Budi", decree: nil)), ("letterDated", r.letterDated("2026-11-20")), ("registered", r.registered("045/117", at: "2026-11-23 09:00")),
            ("waitingFor", r.waitingFor("Kabid")), ("confirmation", r.confirmation("x", note: "y")),
            ("issued", d.issued("1/2026", for: "REQ-1", period: "…")), ("imported", d.imported("1/2026", people: 3, period: "…")),
            ("ignoredColumns", d.ignoredColumns(["No"])), ("queued", d.queued(3)),
            ("signed", d.signed(on: "2026-01-02", by: "Kadis", nip: "1965", from: "2026-01-05", until: nil)),
            ("supersedes", d.supersedes(["1/2025"])), ("supersededBy", d.supersededBy("2/2026", from: "2026-06-01")),
            ("recorded", d.recorded(by: "kasi", at: "08:00", request: nil)),
            ("roster", p.roster(on: "2026-11-23", people: 3)), ("nobodyOnRoster", p.nobodyOnRoster(on: "2026-11-23")),
            ("conflict", p.conflict("x")), ("exceededByStep", p.exceededByStep("a 1")), ("exceededByExecutor", p.exceededByExecutor("kasi 1")),
            ("waitingBeyondStandard", p.waitingBeyondStandard(2)), ("reconcileSummary", p.reconcileSummary(roster: 3, managed: 3, differences: 1)),
            ("notApplied", p.notApplied("x")), ("auditIntact", p.auditIntact(records: 3, head: "abc", anchor: 3)),
            ("auditBroken", p.auditBroken(at: 7, "x")), ("auditBrokenWhole", p.auditBroken(at: nil, "x")),
            ("expectedHeadMissing", p.expectedHeadMissing("abc")),
            ("syncSummary", a.syncSummary(report)), ("syncLine", a.syncLine(report)), ("handedOver", a.handedOver(to: "Budi")),
            ("stillToReceive", a.stillToReceive("REQ-1", ["Siti"])), ("revoked", a.revoked("nip:1990", reason: "transfer")),
            ("directoryUpdated", a.directoryUpdated(report)), ("revocationPending", a.revocationPending("x")),
            ("initialised", s.initialised("Disdukcapil", in: "/x")), ("sopCopied", s.sopCopied("SOP/1", steps: 9, to: "/x")),
            ("database", s.database("/x")), ("auditKeyCreated", s.auditKeyCreated("/x", fingerprint: "k")),
            ("embeddedDirectory", s.embeddedDirectory("dc=x", in: "/x")), ("nextDirectoryStart", s.nextDirectoryStart("/x")),
            ("directoryRunning", s.directoryRunning(pid: 9)), ("baseDN", s.baseDN("dc=x")), ("servicePasswords", s.servicePasswords("/x")),
            ("directoryLog", s.directoryLog("/x")), ("directoryNotRunning", s.directoryNotRunning("/x")), ("noDirectory", s.noDirectory("/x")),
            ("directoryStatus", s.directoryStatus("/x", pid: 9)), ("directoryStopped", s.directoryStatus("/x", pid: nil)),
            ("directoryAddress", s.directoryAddress("ldap://x", baseDN: "dc=x")), ("directoryEntries", s.directoryEntries(operators: 1, staff: 2)),
            ("staffAdded", s.staffAdded("kasi", name: "Ahmad", roles: ["kasi"])), ("loggedIn", s.loggedIn("kasi", name: "Ahmad", roles: [])),
            ("passwordPrompt", s.passwordPrompt("kasi")), ("sealed", s.sealed(3, record: 4, key: "k")),
            ("keyCreated", s.keyCreated("/x", key: "k", configuration: "/y")), ("reanchored", s.reanchored(previous: "x")),
            ("warning", n.warning("x")), ("rehearsalIgnoredLocally", n.rehearsalIgnoredLocally("/x")), ("anchorNotCompared", n.anchorNotCompared("x")),
            ("duration minutes", w.duration(seconds: 2400)), ("duration hours", w.duration(seconds: 3900)),
            ("duration whole hours", w.duration(seconds: 7200)), ("duration days", w.duration(seconds: 183_600)),
            ("used", w.used(3900, of: 3600, mark: w.overdue)),
        ]
        for (name, phrase) in entries { Self.expectBothForms(phrase, name) }
        #expect(w.duration(seconds: 3900).indonesian == "1 jam 05 menit" && w.duration(seconds: 3900).english == "1 h 05 min")
        #expect(w.used(3900, of: 3600, mark: w.overdue).indonesian == "1 jam 05 menit dari 1 jam TERLAMBAT")
    }

    @Test("machine values shown in tables get a word in each language; unknown ones are shown as they are")
    func machineValues() {
        let w = Catalogue.words
        for status in ["inProgress", "returned", "rejected", "cancelled", "completed"] {
            Self.expectBothForms(w.status(status), status)
            #expect(w.status(status).english == status)
        }
        for outcome in ["filed", "drafted", "initialled", "resubmitted", "approved", "decreeIssued", "handedOver", "rejected", "returned"] {
            Self.expectBothForms(w.outcome(outcome), outcome)
        }
        for kind in ["missing", "attribute-drift", "role-drift", "locked-on-roster", "expired", "revoked", "orphan",
                     "unauthorized-member", "unmanaged-correlated", "conflict", "past-grace"] {
            Self.expectBothForms(w.difference(kind), kind)
        }
        for outcome in ReconcileOutcome.allCases {
            let row = ReconcileDocument.Row(kind: "missing", dn: nil, person: nil, detail: "", fixable: true, outcome: outcome, failure: "busy")
            Self.expectBothForms(w.reconcileResult(row), row.result)
        }
        let failed = ReconcileDocument.Row(kind: "missing", dn: nil, person: nil, detail: "", fixable: true, outcome: .failed, failure: "busy")
        #expect(w.reconcileResult(failed).indonesian == "gagal: busy" && failed.result == "failed: busy")
        #expect(w.status("someday").isSameInBoth && w.outcome("x").english == "x")
    }
}
