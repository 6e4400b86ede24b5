import AccessStore
import AccessWorkflow
import Foundation

/// `GET /api/v1/decrees`: the SKs, by effective date then number.
public struct DecreeListQuery: OfficeOperation {
    public static let route = OfficeRoute.get("/api/v1/decrees")
    public static let action = OfficeAction.listDecrees
    public init() {}

    public func run(in office: Office, _ call: OfficeCall) async throws(OfficeError) -> [DecreeRow] {
        let today = office.today(call.now)
        let state = try await office.state()
        let awaiting = FourEyes.awaiting(office.sop).text(in: call.language)
        let unsigned = FourEyes.awaitingSignature(office.sop).text(in: call.language)
        let pending = state.pendingDecrees.values.sorted { $0.decree.number < $1.decree.number }.map { r in
            let d = r.decree
            return DecreeRow(
                number: d.number.description, title: d.title, signedOn: d.signedOn?.description,
                effectiveFrom: d.effectiveFrom.description, effectiveUntil: d.effectiveUntil?.description,
                signer: d.signer?.name.displayName, request: d.requestID?.rawValue, supersedes: d.supersedes.map(\.description),
                grants: d.grants.count, recordedBy: r.recordedBy.uid, recordedAt: r.recordedAt, inForce: false,
                standing: d.isSigned ? awaiting : unsigned, supersededBy: [], awaitsConfirmation: d.isSigned, confirmedBy: nil,
                awaitsSignature: !d.isSigned)
        }
        let recorded = try await office.storeCall { store throws(StoreError) in try store.decrees() }.map { d in
            let standing = d.standing(on: today)
            return DecreeRow(
                number: d.number.description, title: d.title, signedOn: d.signedOn.description,
                effectiveFrom: d.effectiveFrom.description, effectiveUntil: d.effectiveUntil?.description, signer: d.signerName,
                request: d.requestID?.rawValue, supersedes: d.supersedes.map(\.description), grants: d.grantCount,
                recordedBy: d.recordedBy, recordedAt: d.recordedAt, inForce: standing.isInForce,
                standing: standing.text(in: call.language), supersededBy: d.supersededBy.map(Views.successor),
                awaitsConfirmation: false, confirmedBy: state.decrees[d.number]?.confirmation?.actor.uid,
                awaitsSignature: false)
        }
        return pending + recorded
    }
}

/// `GET /api/v1/decree?number=`: an SK and the people it grants access (the number has slashes, so it is a query
/// parameter, not a path segment).
public struct DecreeShowQuery: OfficeOperation {
    public static let route = OfficeRoute.get("/api/v1/decree")
    public static let action = OfficeAction.readDecree
    public var number: String
    public init(number: String) { self.number = number }

    public func run(in office: Office, _ call: OfficeCall) async throws(OfficeError) -> DecreeDetail {
        let record = try await DecreeLookup.record(number, office)
        let pending = try await office.state().pendingDecrees[record.decree.number] != nil
        let d = record.decree
        return DecreeDetail(
            number: d.number.description, title: d.title, signedOn: d.signedOn?.description,
            effectiveFrom: d.effectiveFrom.description, effectiveUntil: d.effectiveUntil?.description,
            signer: d.signer?.name.displayName, signerNIP: d.signer?.nip.formatted, supersedes: d.supersedes.map(\.description),
            request: d.requestID?.rawValue, recordedBy: record.recordedBy.uid, recordedAt: record.recordedAt,
            supersededBy: record.supersededBy.map(Views.successor), awaitsConfirmation: pending && d.isSigned,
            confirmedBy: record.confirmation?.actor.uid, awaitsSignature: !d.isSigned,
            grants: d.grants.map {
                .init(name: $0.person.name.displayName, nip: $0.person.nip?.formatted, nik: $0.person.nik?.digits,
                      roles: $0.roles.map(\.rawValue), workUnit: $0.workUnit, position: $0.position)
            })
    }
}

/// `GET /api/v1/decree/export?number=`: an SK's attachment as CSV (Excel-ready: UTF-8 with BOM, ';').
public struct DecreeExportQuery: OfficeOperation {
    public static let route = OfficeRoute.get("/api/v1/decree/export")
    public static let action = OfficeAction.exportDecree
    public var number: String
    public init(number: String) { self.number = number }

    public func run(in office: Office, _ call: OfficeCall) async throws(OfficeError) -> CSVText {
        CSVText(csv: RosterCSV.export(try await DecreeLookup.record(number, office).decree.grants))
    }
}

enum DecreeLookup {
    static func record(_ number: String, _ office: Office) async throws(OfficeError) -> DecreeRecord {
        let parsed = try InputParsing.decreeNumber(number)
        let state = try await office.state()
        guard let record = state.decreeRecord(parsed) else { throw .notFound(.noSuchDecree(parsed)) }
        return record
    }
}

/// `POST /api/v1/decrees`: record an existing SK from its attachment. Every line is checked first; if any line is
/// wrong, the errors are listed by line and nothing is recorded.
public struct ImportDecreeCommand: OfficeOperation {
    public static let route = OfficeRoute.post("/api/v1/decrees")
    public static let action = OfficeAction.importDecree
    public var decree: DecreeInput
    /// The attachment (CSV: Nama, NIP, NIK, Peran, Unit Kerja, Jabatan).
    public var attachment: CSVUpload
    public var note: String
    /// Identity warnings of the attachment's lines, confirmed: warning id → note (recorded).
    public var confirmations: [String: String]?

    public init(decree: DecreeInput, attachment: CSVUpload, note: String = "", confirmations: [String: String] = [:]) {
        self.decree = decree
        self.attachment = attachment
        self.note = note
        self.confirmations = confirmations
    }

    public func run(in office: Office, _ call: OfficeCall) async throws(OfficeError) -> ImportedDecree {
        let imported: RosterCSVImport
        let bytes = try attachment.bytes()
        do throws(RosterCSVError) { imported = try RosterCSV.parse(bytes, catalogue: office.catalogue) } catch {
            throw .badInput(.attachmentNotImported(file: attachment.fileName, error))
        }
        let draft = try InputParsing.decree(decree)
        let sk: Decree
        do throws(DecreeError) { sk = try Decree(draft: draft, grants: imported.grants) } catch { throw .badInput(.decree(error)) }
        let staff = try call.caller.staff(for: .importDecree)
        let revokes = FourEyes.revokedBySupersession(sk, in: try await office.state(), by: staff.actor, at: call.now)
        let result = try await office.execute(
            .importDecree(sk, note: note.isEmpty ? "imported from \(attachment.fileName)" : note,
                          confirmations: InputParsing.confirmations(confirmations)),
            by: staff.actor, at: call.now)
        return ImportedDecree(
            number: sk.number.description, people: sk.grants.count, period: sk.periodText(in: call.language),
            ignoredColumns: imported.ignoredColumns, queued: result.intents.count,
            confirmed: imported.warnings.map { Views.warning($0.warning, call.language) }, supersessionRevokes: revokes,
            awaitsConfirmationBy: FourEyes.confirmers(office.sop))
    }
}

/// `POST /api/v1/decrees/confirm`: confirm, as the second official (four eyes), an SK that awaits confirmation — an
/// imported one, or one whose supersession revokes many people — with the scan of the signed SK (sent first with
/// `POST /api/v1/evidence`, document `sk-bertanda-tangan`). Not its importer, not a person it names. It takes effect
/// from then on, by its dates.
public struct ConfirmDecreeCommand: OfficeOperation {
    public static let route = OfficeRoute.post("/api/v1/decrees/confirm")
    public static let action = OfficeAction.confirmDecree
    public var number: String
    /// The kept scan of the signed SK (its SHA-256).
    public var scan: EvidenceInput
    public var note: String
    /// Only check: refused as the confirmation would be, nothing recorded; the scan need not be kept yet (a client
    /// checks before it sends the scan, so that a refused confirmation leaves no file).
    public var checkOnly: Bool?

    public init(number: String, scan: EvidenceInput, note: String = "", checkOnly: Bool? = nil) {
        self.number = number
        self.scan = scan
        self.note = note
        self.checkOnly = checkOnly
    }

    public func run(in office: Office, _ call: OfficeCall) async throws(OfficeError) -> ConfirmedDecree {
        let parsed = try InputParsing.decreeNumber(number)
        guard scan.sha256?.isEmpty == false else {
            throw .workflow(.confirmationScanMissing(parsed))
        }
        let evidence = try InputParsing.evidence([scan], sop: office.sop, accepting: FourEyes.scanDocument)
        guard let kept = evidence.values.first else { throw .workflow(.confirmationScanMissing(parsed)) }
        let staff = try call.caller.staff(for: .confirmDecree)
        if checkOnly == true {
            try await office.check(.confirmDecree(parsed, scan: kept, note: note), by: staff.actor, at: call.now)
            return ConfirmedDecree(number: parsed.description, people: 0, period: "", queued: 0, supersessionRevokes: 0)
        }
        try await office.requireKeptFiles([scan], for: nil, by: staff.actor, document: FourEyes.scanDocument.rawValue)
        let state = try await office.state()
        guard let pending = state.pendingDecrees[parsed] else {
            throw .workflow(.noDecreeAwaitingConfirmation(parsed, recorded: state.decrees[parsed] != nil))
        }
        let revokes = FourEyes.revokedBySupersession(pending.decree, in: state, by: staff.actor, at: call.now)
        let result = try await office.execute(.confirmDecree(parsed, scan: kept, note: note), by: staff.actor, at: call.now)
        return ConfirmedDecree(
            number: parsed.description, people: pending.decree.grants.count, period: pending.decree.periodText(in: call.language),
            queued: result.intents.count, supersessionRevokes: revokes)
    }
}

/// `POST /api/v1/decrees/withdraw`: withdraw (its importer) or refuse (a confirming role) an imported SK that awaits
/// confirmation, with the reason: it never takes effect and its number is free again. An SK issued for a request goes
/// with its request (cancel or return it).
public struct WithdrawDecreeCommand: OfficeOperation {
    public static let route = OfficeRoute.post("/api/v1/decrees/withdraw")
    public static let action = OfficeAction.withdrawDecree
    public var number: String
    public var reason: String

    public init(number: String, reason: String) {
        self.number = number
        self.reason = reason
    }

    public func run(in office: Office, _ call: OfficeCall) async throws(OfficeError) -> WithdrawnDecree {
        let parsed = try InputParsing.decreeNumber(number)
        let staff = try call.caller.staff(for: .confirmDecree)
        try await office.execute(.withdrawDecree(parsed, reason: reason), by: staff.actor, at: call.now)
        return WithdrawnDecree(number: parsed.description, reason: reason)
    }
}
