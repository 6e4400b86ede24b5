import AccessStore
import AccessWorkflow
import Foundation

/// Turning an operation's input into the core's values; every refusal names what to fix.
public enum InputParsing {
    /// The candidates of a filing: a proposal list (CSV) or one candidate field by field, not both.
    static func candidates(_ list: CSVUpload?, _ one: CandidateInput?, catalogue: RoleCatalogue) throws(OfficeError)
        -> [Candidate]
    {
        switch (list, one) {
        case (let list?, nil): return try candidates(list, catalogue: catalogue)
        case (nil, let one?): return [try candidate(one, catalogue: catalogue)]
        case (nil, nil):
            throw .badInput(.noCandidates)
        case (_?, _?):
            throw .badInput(.candidatesTwice)
        }
    }

    /// A proposal list read from a spreadsheet (the same columns as an SK attachment); one role per person.
    static func candidates(_ upload: CSVUpload, catalogue: RoleCatalogue) throws(OfficeError) -> [Candidate] {
        let file = upload.fileName
        let imported: RosterCSVImport
        let bytes = try upload.bytes()
        do throws(RosterCSVError) { imported = try RosterCSV.parse(bytes, catalogue: catalogue) } catch {
            throw .badInput(.listNotRead(file: file, error))
        }
        var candidates: [Candidate] = []
        for (grant, line) in zip(imported.grants, imported.lines) {
            guard grant.roles.count == 1, let role = grant.roles.first else {
                throw .badInput(.oneRolePerPerson(file: file, line: line, name: grant.person.name.displayName, roles: grant.roles.count))
            }
            do throws(RequestError) {
                candidates.append(try Candidate(person: grant.person, role: role, workUnit: grant.workUnit, position: grant.position))
            } catch {
                throw .badInput(.candidateLine(file: file, line: line, error))
            }
        }
        return candidates
    }

    static func candidate(_ input: CandidateInput, catalogue: RoleCatalogue) throws(OfficeError) -> Candidate {
        guard !input.role.isEmpty else {
            throw .badInput(.roleMissing(known: catalogue.ids.map(\.rawValue)))
        }
        guard !input.unit.isEmpty else { throw .badInput(.unitMissing) }
        do {
            let person = try Person(
                name: try PersonName(input.name), nip: try input.nip.map { try NIP($0) }, nik: try input.nik.map { try NIK($0) })
            guard let id = catalogue.roleID(named: input.role) else {
                throw OfficeError.badInput(.unknownRole(input.role, known: catalogue.ids.map(\.rawValue)))
            }
            return try Candidate(person: person, role: id, workUnit: input.unit, position: input.position)
        } catch let error as OfficeError {
            throw error
        } catch {
            throw .badInput(.input(error))
        }
    }

    /// The key a person is recorded by, for a NIK that belongs to someone recorded with a NIP.
    private static func recordedKey(_ key: PersonKey, office: Office) async throws(OfficeError) -> PersonKey {
        guard case .nik(let nik) = key else { return key }
        let state = try await office.state()
        let people = state.requests.values.flatMap { $0.candidates.map(\.person) }
            + state.decrees.values.flatMap { $0.decree.grants.map(\.person) }
        return people.first { $0.nik == nik }?.key ?? key
    }

    /// `ID=note` items (the CLI's `--confirm`, the web form's lines) as the operations take them: each needs an `=`
    /// after a warning id and a note that is not blank.
    public static func confirmationItems(_ items: [String]) throws(OfficeError) -> [String: String] {
        var result: [String: String] = [:]
        for item in items {
            guard let equals = item.firstIndex(of: "="), equals != item.startIndex else {
                throw .badInput(.confirmForm(item))
            }
            let note = String(item[item.index(after: equals)...])
            guard !note.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw .badInput(.confirmNote(String(item[..<equals])))
            }
            result[String(item[..<equals])] = note
        }
        return result
    }

    /// Confirmations as the core takes them.
    static func confirmations(_ given: [String: String]?) -> [WarningID: String] {
        Dictionary(uniqueKeysWithValues: (given ?? [:]).map { (WarningID(rawValue: $0.key), $0.value) })
    }

    /// A candidate of request `id`, named by NIP, NIK, person key or the username of their account.
    static func candidate(_ text: String, of id: RequestID, in state: WorkflowState, office: Office) async throws(OfficeError)
        -> PersonKey
    {
        let key = try await person(text, office: office)
        guard let request = state.requests[id] else { throw .notFound(.noSuchRequest(id.rawValue)) }
        guard request.candidates.contains(where: { $0.key == key }) else {
            let names = request.candidates.map { "\($0.person.name.displayName) (\($0.key))" }.joined(separator: ", ")
            throw .badInput(.notACandidate(text, request: id.rawValue, candidates: names))
        }
        return key
    }

    static func person(_ input: PersonInput, label: String) throws(OfficeError) -> Person {
        do {
            return try Person(
                name: try PersonName(input.name), nip: try input.nip.map { try NIP($0) }, nik: try input.nik.map { try NIK($0) },
                uid: input.uid)
        } catch {
            throw .badInput(.labelled(label, .input(error)))
        }
    }

    /// Evidence by document id; unknown document ids are refused with the list of known ones.
    static func evidence(_ items: [EvidenceInput], sop: SOPDefinition, accepting extra: DocumentID? = nil)
        throws(OfficeError) -> [DocumentID: Evidence]
    {
        var merged: [DocumentID: EvidenceInput] = [:]
        for item in items {
            let id = DocumentID(rawValue: item.document)
            guard sop.document(id) != nil || id == extra else {
                throw .badInput(.unknownDocument(item.document, known: sop.documents.map(\.id.rawValue)))
            }
            var entry = merged[id] ?? EvidenceInput(document: item.document)
            entry.reference = item.reference ?? entry.reference
            entry.sha256 = item.sha256 ?? entry.sha256
            entry.fileName = item.fileName ?? entry.fileName
            merged[id] = entry
        }
        var evidence: [DocumentID: Evidence] = [:]
        for (id, item) in merged {
            do throws(RequestError) { evidence[id] = try Evidence(reference: item.reference, sha256: item.sha256, fileName: item.fileName) } catch {
                throw .badInput(.evidenceInvalid(document: id.rawValue, error))
            }
        }
        return evidence
    }

    /// The SK's particulars.
    static func decree(_ input: DecreeInput) throws(OfficeError) -> DecreeDraft {
        func given(_ text: String?) -> String? { text.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 } }
        do {
            let number = try DecreeNumber(input.number)
            let signer: Decree.Signer?
            switch (given(input.signerName), given(input.signerNip)) {
            case let (name?, nip?): signer = Decree.Signer(name: try PersonName(name), nip: try NIP(nip))
            case (nil, nil): signer = nil
            case (_?, nil), (nil, _?):
                throw OfficeError.badInput(.said(Phrase(
                    id: "SK \(number): nama dan NIP penandatangan diisi bersama-sama (--signer-name dan --signer-nip), atau keduanya dikosongkan bila Kepala Dinas menandatangani di tahap tanda tangan SK",
                    en: "SK \(number): the signer's name and NIP go together (--signer-name and --signer-nip), or both are left out where the Kadis signs at the SOP's sign step")))
            }
            return DecreeDraft(
                number: number, title: input.title, signedOn: try given(input.signed).map { try date($0, "--signed") },
                effectiveFrom: try date(input.effective, "--effective"), effectiveUntil: try input.until.map { try date($0, "--until") },
                signer: signer, supersedes: try input.supersedes.map { try DecreeNumber($0) })
        } catch let error as OfficeError {
            throw error
        } catch {
            throw .badInput(.input(error))
        }
    }

    static func date(_ text: String, _ label: String) throws(OfficeError) -> CivilDate {
        do throws(IdentityError) { return try CivilDate(iso: text) } catch { throw .badInput(.dateInvalid(label: label, text: text, error)) }
    }

    /// "YYYY-MM-DD HH:MM" in the office's time (or an ISO 8601 instant with its zone).
    static func officeTime(_ text: String, offset: UTCOffset, _ label: String) throws(OfficeError) -> Date {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let instant = OfficeClock.parse(trimmed) { return instant }
        let parts = trimmed.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 2, let day = try? CivilDate(iso: String(parts[0])) else { throw .badInput(.timeInvalid(label: label, text: text)) }  // try?: the guard's own error names the label and the text
        let clock = parts[1].split(separator: ":")
        guard clock.count == 2, clock.allSatisfy({ $0.count == 2 }), let hour = Int(clock[0]), let minute = Int(clock[1]),
              (0..<24).contains(hour), (0..<60).contains(minute)
        else { throw .badInput(.timeInvalid(label: label, text: text)) }
        return day.start(offset: offset).addingTimeInterval(Double(hour * 3600 + minute * 60))
    }

    /// Deviations as given: a known kind (`equipment`, `output`) and a note.
    static func deviations(_ inputs: [DeviationInput]) throws(OfficeError) -> [Deviation] {
        var deviations: [Deviation] = []
        for input in inputs {
            guard let kind = Deviation.Kind(rawValue: input.kind.trimmingCharacters(in: .whitespaces).lowercased()) else {
                throw .badInput(.deviationKindUnknown(input.kind))
            }
            do throws(RequestError) { deviations.append(try Deviation(kind: kind, note: input.note)) } catch { throw .badInput(.request(error)) }
        }
        return deviations
    }

    static func decreeNumber(_ text: String) throws(OfficeError) -> DecreeNumber {
        do throws(DecreeError) { return try DecreeNumber(text) } catch { throw .badInput(.decree(error)) }
    }

    /// A username, NIP or NIK (or a person key "nip:…"/"nik:…") → the person. A NIK of someone recorded with a NIP
    /// as well finds them under their NIP (the key they are recorded by).
    static func person(_ text: String, office: Office) async throws(OfficeError) -> PersonKey {
        if let key = try? PersonKey(text) { return try await recordedKey(key, office: office) }  // try?: the text is tried as each kind of key in turn; none is refused below
        if let nip = try? NIP(text) { return .nip(nip) }  // try?: the text is tried as each kind of key in turn; none is refused below
        if let nik = try? NIK(text) { return try await recordedKey(.nik(nik), office: office) }  // try?: the text is tried as each kind of key in turn; none is refused below
        if let key = try await office.storeCall({ store throws(StoreError) in try store.person(forUsername: text) }) { return key }
        throw .badInput(.unknownPerson(text))
    }
}
