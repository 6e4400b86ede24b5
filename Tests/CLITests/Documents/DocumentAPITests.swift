import AccessWorkflow
import Foundation
@testable import OfficeService
import Testing

/// The Swift API the web pages call (in process, as the office server does): printing, listing, fetching, and
/// keeping an uploaded scan; and the Indonesian words the documents are written with.
@Suite("Documents: the application layer's API")
struct DocumentAPITests {
    @Test("makeDocument, archive(about:), archivedFile, storeEvidence on an Office")
    func officeAPI() async throws {
        try await withOffice(.mojokerto, mode: .local) { office in
            let id = try filedRequestID(try await office.succeed(Candidates.dewiRequest(), at: "08:00", as: Staff.kasi.uid))
            let settings = try OfficeSettings.load(office.config)
            let service = try OfficeService.Office(settings: settings) { Issue.record("warning: \($0)") }
            let session = try await service.staffLogin().login(uid: Staff.kasi.uid, password: Office.staffPassword)
            let now = Date(timeIntervalSince1970: 1_795_400_000)

            let printed = try await service.makeDocument(
                DocumentOrder(kind: "daftar-usulan", request: id), by: .staff(session), at: now)
            #expect(String(decoding: printed.content, as: UTF8.self).contains("Dewi Anggraini, S.Kom"))
            #expect(printed.entry.downloadName == "daftar-usulan-\(id).html")
            #expect(printed.entry.sha256 == ArchiveFolder.sha256(printed.content))

            let kept = try await service.storeEvidence(
                tinyPNG, claimedName: "C:\\Pindaian\\surat.PNG", document: "surat-permohonan", request: id, by: .staff(session), at: now)
            #expect(kept.type == "png")
            #expect(kept.note == nil)
            #expect(kept.evidence == EvidenceInput(document: "surat-permohonan", sha256: ArchiveFolder.sha256(tinyPNG), fileName: "surat.PNG"))

            let listed = try await service.archive(about: id, for: .staff(session))
            #expect(listed.map(\.category) == ["document", "evidence"])
            let fetched = try await service.archivedFile(named: printed.entry.file, sha256: nil, for: .staff(session))
            #expect(fetched.content == printed.content)
            let scan = try await service.archivedFile(named: nil, sha256: kept.entry.sha256, for: .staff(session))
            #expect(scan.content == tinyPNG)
            #expect(scan.entry.contentType == "image/png")

            await #expect(throws: OfficeError.self) {
                _ = try await service.makeDocument(DocumentOrder(kind: "bast", request: id), by: .host, at: now)
            }
        }
    }

    @Test("documents printed at the same moment for different requests get different running numbers")
    func concurrentNumbers() async throws {
        try await withOffice(.mojokerto, mode: .local) { office in
            var ids: [String] = []
            for (index, time) in ["08:00", "08:01", "08:02", "08:03"].enumerated() {
                let filed = try await office.succeed(Candidates.dewiRequest(letter: "470/\(100 + index)/417.302/2026"), at: time, as: Staff.kasi.uid)
                ids.append(try filedRequestID(filed))
            }
            let settings = try OfficeSettings.load(office.config)
            let service = try OfficeService.Office(settings: settings) { Issue.record("warning: \($0)") }
            let session = try await service.staffLogin().login(uid: Staff.kasi.uid, password: Office.staffPassword)
            let now = Date(timeIntervalSince1970: 1_795_400_000)
            let numbers = try await withThrowingTaskGroup(of: String.self) { group in
                for id in ids {
                    group.addTask {
                        try await service.makeDocument(DocumentOrder(kind: "daftar-usulan", request: id), by: .staff(session), at: now)
                            .entry.number ?? ""
                    }
                }
                return try await group.reduce(into: [String]()) { $0.append($1) }
            }
            #expect(Set(numbers).count == ids.count, "one running number each: \(numbers.sorted())")
            #expect(Set(numbers) == Set((1...ids.count).map { String(format: "470/%03d/417.302/2026", $0) }), "\(numbers.sorted())")
        }
    }

    @Test("dates, numbers in words and diktum ordinals in Bahasa Indonesia")
    func indonesian() throws {
        #expect(IndonesianText.words(0) == "nol")
        #expect(IndonesianText.words(11) == "sebelas")
        #expect(IndonesianText.words(19) == "sembilan belas")
        #expect(IndonesianText.words(23) == "dua puluh tiga")
        #expect(IndonesianText.words(100) == "seratus")
        #expect(IndonesianText.words(115) == "seratus lima belas")
        #expect(IndonesianText.words(1000) == "seribu")
        #expect(IndonesianText.words(2026) == "dua ribu dua puluh enam")
        #expect(IndonesianText.words(1_500_000) == "satu juta lima ratus ribu")
        #expect((1...11).map(IndonesianText.diktum) == [
            "KESATU", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA", "KEENAM", "KETUJUH", "KEDELAPAN", "KESEMBILAN", "KESEPULUH", "KESEBELAS",
        ])
        let date = try CivilDate(year: 2026, month: 11, day: 23)
        #expect(IndonesianText.date(date) == "23 November 2026")
        #expect(IndonesianText.dayName(date) == "Senin")
    }

    @Test("evidence types by content")
    func types() {
        #expect(EvidenceFileType.detect(tinyPNG) == .png)
        #expect(EvidenceFileType.detect(Data(minimalPDF.utf8)) == .pdf)
        #expect(EvidenceFileType.detect(Data([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10])) == .jpeg)
        #expect(EvidenceFileType.detect(Data("%PDF-1.4 cut".utf8)) == nil)
        #expect(EvidenceFileType.detect(Data("hello".utf8)) == nil)
        #expect(EvidenceFileType.describeUnaccepted(Data("hello".utf8)) == "plain text")
        #expect(EvidenceFileType.describeUnaccepted(Data([0x50, 0x4B, 0x03, 0x04, 1, 2])).hasPrefix("a ZIP archive"))
    }
}
