import AccessStore
import AccessWorkflow
public import Foundation

/// What `hakakses sop adopt` recorded.
public struct SOPAdoption: Codable, Sendable, Hashable {
    /// The version number (1 for the first adopted after the office's original).
    public let version: Int
    public let number: String
    public let sha256: String
    public let effective: String
    /// Audit record of the adoption.
    public let seq: Int64
    /// Requests still in progress under earlier versions: they finish under the version they were filed under.
    public let inFlightUnderEarlier: Int
}

extension Office {
    /// Adopts the SOP in `file` as the office's next version (issue 20): records `sopAdopted` with the whole text (and,
    /// the first time, the text of the SOP the office ran under until now, so the log alone replays every request
    /// under its own version), then replaces the office's copy (``OfficeSettings/sopURL``). Requests filed from then
    /// on are decided under it; requests in flight finish under theirs. On the server host, with `serve` stopped
    /// (like `audit reanchor`); `person` is who records it.
    public func adoptSOP(file: URL, by person: String, note: String, now: Date) async throws(OfficeError) -> SOPAdoption {
        try await requireRecoverable()
        let text: String
        do { text = try String(contentsOf: file, encoding: .utf8) } catch {
            throw .badInput(.sopUnreadable(path: file.path, detail: error.localizedDescription))
        }
        let adopted: SOPDefinition
        do throws(ConfigError) { adopted = try SOPDefinition(yaml: text) } catch { throw .badInput(.sopInvalid(path: file.path, error)) }
        guard !note.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw .badInput(.said(Phrase(id: "isi --note: surat atau keputusan yang mengesahkan versi SOP ini", en: "give --note: the letter or decision that approved this version of the SOP")))
        }
        let original: String
        do { original = try String(contentsOf: settings.sopURL, encoding: .utf8) } catch {
            throw .badInput(.sopUnreadable(path: settings.sopURL.path, detail: error.localizedDescription))
        }
        let sha256 = ArchiveFolder.sha256(Data(text.utf8))
        let actor: WorkflowActor
        do {
            actor = try WorkflowActor(uid: "host:" + person.split(whereSeparator: \.isWhitespace).joined(separator: "_"),
                                      displayName: person, roles: [])
        } catch {
            throw .badInput(.whoRecovers)
        }
        let sop = self.sop, catalogue = self.catalogue
        let result: ExecutionResult
        do {
            // The store directly, not ``execute(_:by:at:)``: the roster refresh there would replay under the old file.
            result = try await storeCall { store throws(StoreError) in
                try store.execute(.adoptSOP(text: text, sha256: sha256, original: original, note: note), by: actor, at: now,
                                  sop: sop, catalogue: catalogue)
            }
        } catch {
            if case .store(.workflow(let refusal)) = error { throw .workflow(refusal) }
            throw error
        }
        // The office's copy follows the log (an atomic write: a new file renamed over the old one).
        let target = settings.sopURL
        do {
            try Data(text.utf8).write(to: target, options: .atomic)
        } catch {
            throw .refused(.said(Phrase(
                id: "versi SOP tercatat di log audit (catatan #\(result.records.last?.seq ?? 0)), tetapi \(target.path) tidak dapat diganti (\(error.localizedDescription)); salin \(file.path) ke \(target.path) sebelum menjalankan kantor",
                en: "the SOP version is recorded in the audit log (record #\(result.records.last?.seq ?? 0)), but \(target.path) could not be replaced (\(error.localizedDescription)); copy \(file.path) to \(target.path) before running the office")))
        }
        let state = result.state
        let earlier = state.requests.values.filter { request in
            if case .inProgress = request.status { return request.sopVersion < state.sopVersions.count - 1 }
            return false
        }.count
        return SOPAdoption(
            version: state.sopVersions.count - 1, number: adopted.number, sha256: sha256, effective: adopted.effectiveDate.description,
            seq: result.records.last?.seq ?? 0, inFlightUnderEarlier: earlier)
    }
}
