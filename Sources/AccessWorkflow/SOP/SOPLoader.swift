import Yams

extension SOPDefinition {
    /// Loads and validates an SOP from YAML. Errors name the offending path, e.g.
    /// "steps[2].executor: unknown role 'kabidd'; known: adb, kabid, kadis, kasi, sekretaris, or pemohon …".
    public init(yaml: String) throws(ConfigError) {
        try SOPSchema.check(yaml)
        let file: SOPFile
        do {
            file = try YAMLDecoder().decode(SOPFile.self, from: yaml)
        } catch {
            throw ConfigError.fromDecoding(error)
        }
        try self.init(validating: file)
    }

    private init(validating file: SOPFile) throws(ConfigError) {
        let office = try SOPLoader.office(file.office)
        guard !file.sop.number.trimmed.isEmpty else {
            throw ConfigError("the SOP number is empty; copy it from the SOP header (Nomor SOP)", at: "sop.number")
        }
        guard !file.sop.title.trimmed.isEmpty else {
            throw ConfigError("the SOP title is empty; copy it from the SOP header (Nama SOP)", at: "sop.title")
        }
        let effective: CivilDate
        do {
            effective = try CivilDate(iso: file.sop.effective.trimmed)
        } catch {
            throw ConfigError(error.description, at: "sop.effective")
        }
        let rosterSource: RosterSource = try SOPLoader.choice(file.rosterSource, at: "rosterSource")
        let requestKind: RequestKind = try SOPLoader.choice(file.requestKind, at: "requestKind")
        let roles = try SOPLoader.roles(file.roles)
        let documents = try SOPLoader.documents(file.documents)
        let steps = try SOPLoader.steps(file.steps, roles: roles, documents: documents, rosterSource: rosterSource,
                                        requestKind: requestKind)
        let permissions = try SOPLoader.permissions(file.permissions, roles: roles)
        var calendar: OfficeCalendar
        do {
            calendar = try SOPLoader.calendar(file.calendar, offset: office.utcOffset)
        } catch {
            throw error.located(under: "calendar")
        }
        self.init(
            office: office, number: file.sop.number.trimmed, title: file.sop.title.trimmed, effectiveDate: effective,
            rosterSource: rosterSource, requestKind: requestKind, roles: roles, documents: documents, steps: steps,
            segregation: try SOPLoader.segregation(file.segregation, steps: steps),
            permissions: permissions, calendar: calendar,
            escalation: try SOPLoader.escalation(file.escalation, roles: roles),
            siakRoles: try SOPLoader.siakRoles(file.siakRoles),
            metadata: try SOPLoader.metadata(file.sop, effective: effective),
            reviewEveryMonths: try SOPLoader.reviewInterval(file.review))
    }
}

/// Validation of the parts of an SOP file.
enum SOPLoader {
    static func office(_ raw: SOPFile.Office) throws(ConfigError) -> OfficeInfo {
        guard !raw.name.trimmed.isEmpty else {
            throw ConfigError("the office name is empty; write the office's full name", at: "office.name")
        }
        let region: RegionCode
        do {
            region = try RegionCode(raw.region)
        } catch {
            throw ConfigError(error.description, at: "office.region")
        }
        let offset: UTCOffset
        do {
            offset = try UTCOffset(parsing: raw.utcOffset)
        } catch {
            throw error.located(under: "office.utcOffset")
        }
        return OfficeInfo(name: raw.name.trimmed, region: region, utcOffset: offset)
    }

    static func choice<T: RawRepresentable & CaseIterable>(_ raw: String, at path: String) throws(ConfigError) -> T
    where T.RawValue == String {
        guard let value = T(rawValue: raw.trimmed) else {
            let options = T.allCases.map(\.rawValue)
            throw ConfigError("unknown value '\(raw)'; use one of: \(options.listed)", at: path)
        }
        return value
    }

    static func roles(_ raw: [SOPFile.Role]) throws(ConfigError) -> [WorkflowRoleDefinition] {
        guard !raw.isEmpty else { throw ConfigError("no roles are defined; list the executors of the SOP table", at: "roles") }
        var result: [WorkflowRoleDefinition] = []
        for (index, role) in raw.enumerated() {
            let path = "roles[\(index)]"
            try slug(role.id, at: path + ".id")
            guard role.id != WorkflowRole.pemohon.rawValue else {
                throw ConfigError("'pemohon' is built in (the applicant, not an LDAP group); remove this role", at: path + ".id")
            }
            guard !result.contains(where: { $0.id.rawValue == role.id }) else {
                throw ConfigError("role '\(role.id)' is defined twice; keep one definition", at: path + ".id")
            }
            guard !role.title.trimmed.isEmpty else {
                throw ConfigError("the title is empty; write the office's title for this role", at: path + ".title")
            }
            try slug(role.ldapGroup, at: path + ".ldapGroup")
            result.append(WorkflowRoleDefinition(id: WorkflowRole(rawValue: role.id), title: role.title.trimmed,
                                                 ldapGroup: role.ldapGroup))
        }
        return result
    }

    static func documents(_ raw: [SOPFile.Document]) throws(ConfigError) -> [DocumentDefinition] {
        var result: [DocumentDefinition] = []
        for (index, document) in raw.enumerated() {
            let path = "documents[\(index)]"
            try slug(document.id, at: path + ".id")
            guard !result.contains(where: { $0.id.rawValue == document.id }) else {
                throw ConfigError("document '\(document.id)' is defined twice; keep one definition", at: path + ".id")
            }
            guard !document.title.trimmed.isEmpty else {
                throw ConfigError("the title is empty; copy it from the SOP table", at: path + ".title")
            }
            let kind: DocumentKind = try choice(document.kind, at: path + ".kind")
            result.append(DocumentDefinition(id: DocumentID(rawValue: document.id), title: document.title.trimmed,
                                             kind: kind))
        }
        return result
    }

    /// The SOP header's dates (created ≤ revised ≤ effective where given), approval and lists (no empty item).
    static func metadata(_ raw: SOPFile.Header, effective: CivilDate) throws(ConfigError) -> SOPMetadata {
        func date(_ text: String?, _ key: String) throws(ConfigError) -> CivilDate? {
            guard let text = text?.trimmed, !text.isEmpty, text != "-" else { return nil }
            do { return try CivilDate(iso: text) } catch { throw ConfigError(error.description, at: "sop.\(key)") }
        }
        func list(_ items: [String]?, _ key: String) throws(ConfigError) -> [String] {
            let items = items ?? []
            for (index, item) in items.enumerated() where item.trimmed.isEmpty {
                throw ConfigError("an empty item; write it as the SOP prints it, or remove the line", at: "sop.\(key)[\(index)]")
            }
            return items.map(\.whitespaceNormalised)
        }
        let created = try date(raw.created, "created"), revised = try date(raw.revised, "revised")
        if let created, created > effective {
            throw ConfigError("the SOP was made on \(created), after it took effect on \(effective); check both dates", at: "sop.created")
        }
        if let created, let revised, revised < created {
            throw ConfigError("the revision \(revised) is before the SOP was made on \(created); check both dates", at: "sop.revised")
        }
        var approval: SOPMetadata.Approval?
        if let by = raw.approvedBy {
            guard !by.title.trimmed.isEmpty, !by.name.trimmed.isEmpty else {
                throw ConfigError("write the position and the name of who approved the SOP (disahkan oleh)", at: "sop.approvedBy")
            }
            approval = .init(title: by.title.whitespaceNormalised, name: by.name.whitespaceNormalised, nip: by.nip?.trimmed)
        }
        return SOPMetadata(
            created: created, revised: revised, approvedBy: approval, legalBasis: try list(raw.legalBasis, "legalBasis"),
            qualifications: try list(raw.qualifications, "qualifications"), related: try list(raw.related, "related"),
            equipment: try list(raw.equipment, "equipment"), warnings: try list(raw.warnings, "warnings"),
            recordKeeping: try list(raw.recordKeeping, "recordKeeping"))
    }

    /// Segregation of duties: the pairs and sets name steps of the file (a pair two steps, a set at least two).
    static func segregation(_ raw: SOPFile.Segregation?, steps: [StepDefinition]) throws(ConfigError) -> SegregationPolicy {
        func groups(_ lists: [[String]]?, _ key: String, pairs: Bool) throws(ConfigError) -> [[StepID]] {
            var groups: [[StepID]] = []
            for (index, list) in (lists ?? []).enumerated() {
                let path = "segregation.\(key)[\(index)]"
                let ids = list.map { StepID(rawValue: $0.trimmed) }
                guard pairs ? ids.count == 2 : ids.count >= 2, Set(ids).count == ids.count else {
                    throw ConfigError(pairs ? "name two different steps, e.g. [pembuatan-akun, penerimaan-akun]"
                                            : "name at least two different steps, e.g. [kajian-kasi, pembuatan-akun]", at: path)
                }
                for id in ids where !steps.contains(where: { $0.id == id }) {
                    throw ConfigError("no step has the id '\(id)'; use ids from steps", at: path)
                }
                groups.append(ids)
            }
            return groups
        }
        return SegregationPolicy(
            distinctActorsOnConsecutiveSteps: raw?.distinctActorsOnConsecutiveSteps ?? false,
            sameOfficialAllowed: try groups(raw?.sameOfficialAllowed, "sameOfficialAllowed", pairs: true),
            distinctOfficials: try groups(raw?.distinctOfficials, "distinctOfficials", pairs: false))
    }

    /// The SIAK roles an SOP covers: role ids (lowercase slugs), at least one, each once; nil when not given.
    static func siakRoles(_ raw: [String]?) throws(ConfigError) -> [SIAKRoleID]? {
        guard let raw else { return nil }
        guard !raw.isEmpty else {
            throw ConfigError("siakRoles is empty; list the SIAK roles this SOP covers (e.g. [operator]) or leave it out for all", at: "siakRoles")
        }
        var roles: [SIAKRoleID] = []
        for (index, value) in raw.enumerated() {
            let id = value.trimmed
            guard IdentifierSyntax.isSlug(id) else {
                throw ConfigError("'\(value)' is not a role id; use an id of the role catalogue, e.g. operator", at: "siakRoles[\(index)]")
            }
            guard !roles.contains(SIAKRoleID(rawValue: id)) else {
                throw ConfigError("'\(id)' appears twice; list each role once", at: "siakRoles[\(index)]")
            }
            roles.append(SIAKRoleID(rawValue: id))
        }
        return roles
    }

    /// `review.everyMonths`: 1 to 60 when given.
    static func reviewInterval(_ raw: SOPFile.Review?) throws(ConfigError) -> Int? {
        guard let months = raw?.everyMonths else { return nil }
        guard (1...60).contains(months) else {
            throw ConfigError("\(months) months is not a review interval; give 1 to 60 (e.g. 12: every holder confirmed once a year)", at: "review.everyMonths")
        }
        return months
    }

    static func permissions(_ raw: SOPFile.Permissions?, roles: [WorkflowRoleDefinition]) throws(ConfigError)
        -> SOPPermissions
    {
        let standard = SOPPermissions.standard
        func list(_ values: [String]?, _ fallback: [WorkflowRole], _ path: String) throws(ConfigError) -> [WorkflowRole] {
            guard let values else { return fallback.filter { role in roles.contains { $0.id == role } } }
            var result: [WorkflowRole] = []
            for (index, value) in values.enumerated() {
                result.append(try role(value, roles: roles, allowPemohon: false, at: "\(path)[\(index)]"))
            }
            return result
        }
        let confirm = try list(raw?.confirmDecree, standard.confirmDecree, "permissions.confirmDecree")
        guard !confirm.isEmpty else {
            throw ConfigError(
                "an imported SK takes effect only when an official of one of these roles confirms it; name at least one role of the SOP (e.g. [kadis])",
                at: "permissions.confirmDecree")
        }
        return SOPPermissions(
            cancel: try list(raw?.cancel, standard.cancel, "permissions.cancel"),
            importDecree: try list(raw?.importDecree, standard.importDecree, "permissions.importDecree"),
            revoke: try list(raw?.revoke, standard.revoke, "permissions.revoke"), confirmDecree: confirm,
            review: try list(raw?.review, standard.review, "permissions.review"),
            signReview: try list(raw?.signReview, standard.signReview, "permissions.signReview"))
    }

    /// Role → the next official up. Without the key: the usual line of a Dinas (ADB → Kasi → Kabid → Kadis, the
    /// Sekretaris → Kadis) among the roles the SOP has. A cycle or an unknown role is refused.
    static func escalation(_ raw: [String: String]?, roles: [WorkflowRoleDefinition]) throws(ConfigError)
        -> [WorkflowRole: WorkflowRole]
    {
        let known = Set(roles.map(\.id))
        var result: [WorkflowRole: WorkflowRole] = [:]
        if let raw {
            for (from, to) in raw.sorted(by: { $0.key < $1.key }) {
                let lower = try role(from, roles: roles, allowPemohon: true, at: "escalation.\(from)")
                let upper = try role(to, roles: roles, allowPemohon: false, at: "escalation.\(from)")
                guard lower != upper else { throw ConfigError("\(from) cannot escalate to itself", at: "escalation.\(from)") }
                result[lower] = upper
            }
        } else {
            let line: [WorkflowRole] = ["adb", "kasi", "kabid", "kadis"]
            let present = line.filter(known.contains)
            for (index, lower) in present.enumerated().dropLast() { result[lower] = present[index + 1] }
            if known.contains("sekretaris"), known.contains("kadis") { result["sekretaris"] = "kadis" }
        }
        for start in result.keys {
            var seen: Set<WorkflowRole> = [start]
            var current = start
            while let next = result[current] {
                guard seen.insert(next).inserted else {
                    throw ConfigError("the escalation line from \(start) comes back to \(next); every line must end at the top (the Kadis)", at: "escalation")
                }
                current = next
            }
        }
        return result
    }

    static func calendar(_ raw: SOPFile.Calendar?, offset: UTCOffset) throws(ConfigError) -> OfficeCalendar {
        guard let raw else { return try OfficeCalendar(utcOffset: offset, hours: OfficeCalendar.perpres21Week) }
        guard let rawHours = raw.hours else {
            return try OfficeCalendar(utcOffset: offset, hours: OfficeCalendar.perpres21Week,
                                      holidays: try holidays(raw.holidays), dayLength: try dayLength(raw.dayLength))
        }
        var hours: [Weekday: [OfficeInterval]] = [:]
        for (name, spans) in rawHours.sorted(by: { $0.key < $1.key }) {
            guard let weekday = Weekday(rawValue: name.lowercased()) else {
                let names = Weekday.allCases.map(\.rawValue).listed
                throw ConfigError("unknown weekday '\(name)'; use \(names)", at: "hours")
            }
            var parsed: [OfficeInterval] = []
            for (index, span) in spans.enumerated() {
                do {
                    parsed.append(try OfficeInterval(parsing: span))
                } catch {
                    throw error.located(under: "hours.\(name)[\(index)]")
                }
            }
            hours[weekday] = parsed
        }
        return try OfficeCalendar(utcOffset: offset, hours: hours, holidays: try holidays(raw.holidays),
                                  dayLength: try dayLength(raw.dayLength))
    }

    private static func holidays(_ raw: [String]?) throws(ConfigError) -> Set<CivilDate> {
        var holidays: Set<CivilDate> = []
        for (index, text) in (raw ?? []).enumerated() {
            do {
                holidays.insert(try CivilDate(iso: text.trimmed))
            } catch {
                throw ConfigError(error.description, at: "holidays[\(index)]")
            }
        }
        return holidays
    }

    /// The length of one office day in seconds, or nil for the calendar's default (its average office day).
    private static func dayLength(_ text: String?) throws(ConfigError) -> Int? {
        guard let text else { return nil }
        let standard: TimeStandard
        do {
            standard = try TimeStandard(parsing: text)
        } catch {
            throw error.located(under: "dayLength")
        }
        guard standard.unit != .days else {
            throw ConfigError("a day cannot be measured in days; write hours or minutes, e.g. '7 jam' or '450 menit'", at: "dayLength")
        }
        return standard.seconds(dayLength: 0)
    }

    static func slug(_ text: String, at path: String) throws(ConfigError) {
        guard IdentifierSyntax.isSlug(text) else {
            throw ConfigError("'\(text)' is not a valid id; use lowercase letters, digits, '-' or '_'", at: path)
        }
    }

    static func role(_ text: String, roles: [WorkflowRoleDefinition], allowPemohon: Bool, at path: String)
        throws(ConfigError) -> WorkflowRole
    {
        if allowPemohon, text == WorkflowRole.pemohon.rawValue { return .pemohon }
        guard let found = roles.first(where: { $0.id.rawValue == text }) else {
            let known = roles.map(\.id.rawValue).sorted().listed
            let tail = allowPemohon ? ", or pemohon for the applicant" : ""
            throw ConfigError("unknown role '\(text)'; known: \(known)\(tail)", at: path)
        }
        return found.id
    }
}
