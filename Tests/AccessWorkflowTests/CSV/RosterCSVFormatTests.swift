import Foundation
import Testing
@testable import AccessWorkflow

@Suite("Roster CSV: separators, encodings, line ends and quoting")
struct RosterCSVFormatTests {
    typealias S = RosterCSVSamples

    @Test("Semicolon file from Indonesian Excel")
    func semicolon() throws {
        let result = try S.parse(S.text([S.header, S.budi, S.siti, S.rina]))
        #expect(result.grants == (try S.expectedGrants()))
        #expect(result.lines == [2, 3, 4])
        #expect(result.separator == ";")
        #expect(result.ignoredColumns == ["No"])
        #expect(!result.hadByteOrderMark)
    }

    @Test("Comma file, with the name that contains a comma quoted")
    func comma() throws {
        let text = S.text([
            "No,Nama,NIP,NIK,Peran,Unit Kerja,Jabatan",
            "1,\"Budi Santoso, S.Kom\",19900115 201503 1 002,6208011501900003,operator,Bidang PIAK,Operator SIAK",
            "2,\"Siti Rahmawati, A.Md.\",199203202018012001,6208016003920001,Verifikator aplikasi SIAK,Bidang PIAK,",
            "3,Rina Lestari,,6208024507950002,\"Operator, verifikator\",Kecamatan Sukamara,",
        ])
        let result = try S.parse(text)
        #expect(result.separator == ",")
        #expect(result.grants == (try S.expectedGrants()))
    }

    @Test("A comma inside a quoted header does not decide the separator")
    func quotedHeaderComma() throws {
        let text = S.text(["\"Nama, dengan gelar\";Nama;NIP;NIK;Peran;Unit Kerja", "x;Rina Lestari;;6208024507950002;operator;Seksi"])
        let result = try S.parse(text)
        #expect(result.separator == ";")
        #expect(result.ignoredColumns == ["Nama, dengan gelar"])
    }

    @Test("LF, CRLF and lone CR line ends give the same rows and lines", arguments: ["\n", "\r\n", "\r"])
    func lineEnds(ending: String) throws {
        let result = try S.parse(S.text([S.header, S.budi, S.siti, S.rina], ending: ending))
        #expect(result.grants == (try S.expectedGrants()))
        #expect(result.lines == [2, 3, 4])
        let failing = S.lineErrors(S.text([S.header, S.budi, S.siti, S.rina.replacingOccurrences(of: "6208024507950002", with: "62080245")], ending: ending))
        #expect(positions(failing) == ["4 NIK"])
    }

    @Test("No final line end, blank lines and Excel's empty ';;;' rows are skipped, keeping physical line numbers")
    func blankLines() throws {
        let text = "\r\n" + S.header + "\r\n" + S.budi + "\r\n\r\n  \r\n;;;;;;\r\n" + S.siti + "\r\n" + S.rina
        let result = try S.parse(text)
        #expect(result.grants == (try S.expectedGrants()))
        #expect(result.lines == [3, 7, 8])
    }

    @Test("A UTF-8 byte order mark is skipped and reported, as bytes or as text")
    func byteOrderMark() throws {
        let text = S.text([S.header, S.budi, S.siti, S.rina])
        let withBOM = try RosterCSV.parse(Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8), catalogue: .standard)
        #expect(withBOM.hadByteOrderMark)
        #expect(withBOM.grants == (try S.expectedGrants()))
        #expect(withBOM.ignoredColumns == ["No"])
        let withoutBOM = try RosterCSV.parse(Data(text.utf8), catalogue: .standard)
        #expect(!withoutBOM.hadByteOrderMark)
        #expect(withoutBOM.grants == withBOM.grants)
        let textBOM = try S.parse("\u{FEFF}" + text)
        #expect(textBOM.hadByteOrderMark)
        #expect(textBOM.grants == withBOM.grants)
    }

    @Test("Bytes that are not UTF-8 are refused naming the line", arguments: ["\n", "\r\n", "\r"])
    func invalidUTF8(ending: String) {
        // "Zaïnuddin" saved by Excel as Windows-1252: ï is the single byte 0xEF followed by 'n'.
        var bytes = Data(S.text([S.header, S.budi], ending: ending).utf8)
        bytes += Data("5;Za".utf8) + Data([0xEF]) + Data("nuddin;;6208011501900003;operator;Seksi;\(ending)".utf8)
        #expect(throws: RosterCSVError.invalidUTF8(line: 3)) {
            try RosterCSV.parse(bytes, catalogue: .standard)
        }
        #expect(RosterCSVError.invalidUTF8(line: 3).description.contains("line 3 is not valid UTF-8"))
    }

    @Test("A byte order mark alone or a truncated sequence at the end is handled")
    func truncatedUTF8() {
        #expect(throws: RosterCSVError.empty) { try RosterCSV.parse(Data([0xEF, 0xBB, 0xBF]), catalogue: .standard) }
        let bytes = Data(S.text([S.header, S.budi]).utf8) + Data([0xC3])
        #expect(throws: RosterCSVError.invalidUTF8(line: 3)) { try RosterCSV.parse(bytes, catalogue: .standard) }
    }

    @Test("Quoted fields keep separators and doubled quotes")
    func quotedSeparatorsAndQuotes() throws {
        let text = S.text([S.header,
                           "1;\"Hj. SITI \"\"ITA\"\" AMINAH, S.E., M.Si.\";19780312 200312 2 005;;operator;\"Bidang PIAK; Seksi SIAK\";"])
        let grant = try #require(try S.parse(text).grants.first)
        #expect(grant.person.name.displayName == "Hj. SITI \"ITA\" AMINAH, S.E., M.Si.")
        #expect(grant.person.name.frontTitles == ["Hj."])
        #expect(grant.workUnit == "Bidang PIAK; Seksi SIAK")
    }

    @Test("A quoted value over several lines is one cell, and later rows keep their physical line numbers",
          arguments: ["\n", "\r\n", "\r"])
    func multiLineValue(ending: String) throws {
        let multi = "1;Budi Santoso, S.Kom;199001152015031002;;operator;\"Bidang PIAK" + ending + "Seksi SIAK\";\"Operator" + ending + ending + "SIAK\""
        let text = S.text([S.header, multi, S.siti, S.rina], ending: ending)
        let result = try S.parse(text)
        #expect(result.lines == [2, 6, 7])
        #expect(result.grants.first?.workUnit == "Bidang PIAK Seksi SIAK")
        #expect(result.grants.first?.position == "Operator SIAK")
        let broken = S.text([S.header, multi, S.siti.replacingOccurrences(of: "199203202018012001", with: "19920320201801200"), S.rina], ending: ending)
        #expect(positions(S.lineErrors(broken)) == ["6 NIP"])
    }

    @Test("Tabs and line breaks inside a cell become one space; other spacing inside a value is kept")
    func cellWhitespace() throws {
        let text = S.text([S.header, "1;Rina Lestari;;6208024507950002;operator;\" Bidang\t \r\n PIAK  Seksi \";\tStaf\t"])
        let grant = try #require(try S.parse(text).grants.first)
        #expect(grant.workUnit == "Bidang PIAK  Seksi")
        #expect(grant.position == "Staf")
    }

    @Test("An unclosed quote is reported on the line where its row starts")
    func unclosedQuote() {
        let text = S.text([S.header, S.budi, "2;\"Siti Rahmawati, A.Md.;199203202018012001;;operator;Bidang PIAK;", S.rina])
        let errors = S.lineErrors(text)
        #expect(positions(errors) == ["3 -"])
        #expect(errors.first?.message.contains("opened on line 3 is never closed") == true)
    }

    @Test("Text after a closing quote is refused")
    func textAfterQuote() {
        let text = S.text([S.header, S.budi, "2;\"Hj. SITI \"ITA\" AMINAH\";19780312 200312 2 005;;operator;Bidang PIAK;"])
        let errors = S.lineErrors(text)
        #expect(positions(errors) == ["3 -"])
        #expect(errors.first?.message.contains("field 2 has text after its closing quote") == true)
    }

    @Test("Quoting errors and row errors are reported together, in line order")
    func quotingAndRowErrors() {
        let text = S.text([S.header, "1;Budi Santoso;1990;;operator;Bidang PIAK;",
                           "2;\"Siti\" Rahmawati;199203202018012001;;operator;Bidang PIAK;", S.rina])
        #expect(positions(S.lineErrors(text)) == ["2 NIP", "3 -"])
    }

    @Test("Quotes inside an unquoted value are kept as written")
    func quotesInsideUnquoted() throws {
        let text = S.text([S.header, "1;Hj. SITI \"ITA\" AMINAH;19780312 200312 2 005;;operator;Bidang PIAK;"])
        #expect(try S.parse(text).grants.first?.person.name.name == "SITI \"ITA\" AMINAH")
    }

    @Test("An unquoted separator that shifts a row is reported with the stray value")
    func shiftedRow() {
        let text = S.text(["No,Nama,NIP,NIK,Peran,Unit Kerja,Jabatan",
                           "1,ZAINUDDIN, S.Sos,19650709 198603 1 020,,operator,Sekretariat,Kepala Dinas"])
        let errors = S.lineErrors(text)
        #expect(errors.contains { $0.line == 2 && $0.column == nil && $0.message.contains("'Kepala Dinas' is in column 8") })
        #expect(errors.contains { $0.line == 2 && $0.column == "NIP" })
    }
}
