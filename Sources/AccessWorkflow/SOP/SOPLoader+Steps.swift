extension SOPLoader {
    /// Validates the steps of the SOP table against the roles, documents and roster source.
    static func steps(
        _ raw: [SOPFile.Step], roles: [WorkflowRoleDefinition], documents: [DocumentDefinition],
        rosterSource: RosterSource, requestKind: RequestKind
    ) throws(ConfigError) -> [StepDefinition] {
        guard raw.count >= 2 else {
            throw ConfigError("an SOP needs at least two steps: the submit step and the steps that follow it", at: "steps")
        }
        var steps: [StepDefinition] = []
        for (index, rawStep) in raw.enumerated() {
            let step = try self.step(rawStep, at: "steps[\(index)]", roles: roles, documents: documents)
            guard !steps.contains(where: { $0.id == step.id }) else {
                throw ConfigError("step '\(step.id)' appears twice; give each step its own id", at: "steps[\(index)].id")
            }
            try order(step, index: index, earlier: steps, documents: documents, rosterSource: rosterSource,
                      requestKind: requestKind)
            steps.append(step)
        }
        switch rosterSource {
        case .decrees:
            guard steps.contains(where: { $0.kind == .decree }) else {
                throw ConfigError("rosterSource is decrees but no step has kind decree; mark the step that makes the SK as kind: decree", at: "steps")
            }
        case .requests:
            guard steps.contains(where: { $0.kind == .provision }) else {
                throw ConfigError("rosterSource is requests but no step has kind provision; mark the step where the ADB creates access as kind: provision", at: "steps")
            }
        }
        return steps
    }

    private static func step(
        _ raw: SOPFile.Step, at path: String, roles: [WorkflowRoleDefinition], documents: [DocumentDefinition]
    ) throws(ConfigError) -> StepDefinition {
        try slug(raw.id, at: path + ".id")
        guard !raw.title.trimmed.isEmpty else {
            throw ConfigError("the title is empty; copy the activity from the SOP table", at: path + ".title")
        }
        let executors = try self.executors(raw.executor, roles: roles, at: path + ".executor")
        var inputs: [DocumentID] = []
        for (index, input) in (raw.inputs ?? []).enumerated() {
            let id = try document(input, documents: documents, at: "\(path).inputs[\(index)]")
            guard !inputs.contains(id) else {
                throw ConfigError("input '\(input)' is listed twice; list it once", at: "\(path).inputs[\(index)]")
            }
            inputs.append(id)
        }
        let output: DocumentID?
        if let rawOutput = raw.output {
            output = try document(rawOutput, documents: documents, at: path + ".output")
        } else {
            output = nil
        }
        let time: TimeStandard
        do {
            time = try TimeStandard(parsing: raw.time)
        } catch {
            throw error.located(under: path + ".time")
        }
        let kind: StepKind = try choice(raw.kind, at: path + ".kind")
        let written: TimeBasis? = try raw.timePer.map { text throws(ConfigError) in try choice(text, at: path + ".timePer") }
        let flagged: TimeBasis? = raw.perPerson.map { $0 ? .person : .request }
        if let written, let flagged, written != flagged {
            throw ConfigError("perPerson says \(raw.perPerson == true) but timePer says \(written.rawValue); keep perPerson and remove timePer", at: path + ".perPerson")
        }
        // As the seed states one standard per step: per request unless the file says otherwise.
        let timePer = flagged ?? written ?? .request
        return StepDefinition(
            id: StepID(rawValue: raw.id), title: raw.title.whitespaceNormalised, executors: executors, inputs: inputs,
            output: output, time: time, timePer: timePer, kind: kind, mayReject: raw.mayReject ?? false,
            mayReturn: raw.mayReturn ?? false, mayStrike: raw.mayStrike ?? false)
    }

    /// The executors of a step: every role must be defined (or be pemohon alone).
    private static func executors(_ raw: SOPFileExecutor, roles: [WorkflowRoleDefinition], at path: String)
        throws(ConfigError) -> StepExecutors
    {
        var links: [[WorkflowRole]] = []
        for (index, link) in raw.links.enumerated() {
            var alternatives: [WorkflowRole] = []
            for (position, text) in link.enumerated() {
                let location: String = switch raw {
                case .role: path
                case .anyOf: "\(path).anyOf[\(position)]"
                case .chain: link.count == 1 ? "\(path).chain[\(index)]" : "\(path).chain[\(index)].anyOf[\(position)]"
                }
                alternatives.append(try role(text, roles: roles, allowPemohon: true, at: location))
            }
            links.append(alternatives)
        }
        do {
            return try StepExecutors(links: links)
        } catch {
            throw error.located(under: path)
        }
    }

    /// Rules about a step's place in the table.
    private static func order(
        _ step: StepDefinition, index: Int, earlier: [StepDefinition], documents: [DocumentDefinition],
        rosterSource: RosterSource, requestKind: RequestKind
    ) throws(ConfigError) {
        let path = "steps[\(index)]"
        if index == 0 {
            guard step.kind == .submit else {
                throw ConfigError("the first step must have kind submit (it is done by filing the request); change its kind", at: path + ".kind")
            }
            guard !step.mayReject, !step.mayReturn, !step.mayStrike else {
                throw ConfigError("the submit step cannot reject, return or strike; remove mayReject, mayReturn and mayStrike", at: path)
            }
            guard !step.executors.isChain else {
                throw ConfigError("the submit step is done by filing, one act; give it one role or {anyOf: [...]}, not a chain", at: path + ".executor")
            }
        } else if step.kind == .submit {
            throw ConfigError("only the first step may have kind submit; use review for approvals", at: path + ".kind")
        }
        let kindOfOutput = step.output.flatMap { id in documents.first { $0.id == id }?.kind }
        switch step.kind {
        case .decree:
            guard rosterSource == .decrees else {
                throw ConfigError("a decree step needs rosterSource: decrees; change the kind or the roster source", at: path + ".kind")
            }
            guard !earlier.contains(where: { $0.kind == .decree }) else {
                throw ConfigError("only one step may issue the SK; change this step's kind", at: path + ".kind")
            }
            guard kindOfOutput == .decree else {
                throw ConfigError("a decree step must output a document of kind decree (the SK); set its output", at: path + ".output")
            }
        case .sign:
            guard earlier.contains(where: { $0.kind == .decree }) else {
                throw ConfigError("a sign step signs the SK drafted at the decree step; put it after the decree step", at: path + ".kind")
            }
            guard !earlier.contains(where: { $0.kind == .sign }) else {
                throw ConfigError("only one step may sign the SK; change this step's kind", at: path + ".kind")
            }
            guard !earlier.contains(where: { $0.kind == .provision || $0.kind == .handover }) else {
                throw ConfigError("the SK is signed before accounts are created; move the sign step before the provision step", at: path + ".kind")
            }
            guard !step.executors.isChain, step.executors.primary != .pemohon else {
                throw ConfigError("a sign step is done by one official of one role (the Kadis), not a chain or the applicant", at: path + ".executor")
            }
            guard !step.mayStrike else {
                throw ConfigError("names cannot be struck from a drafted SK; remove mayStrike", at: path + ".mayStrike")
            }
        case .provision:
            guard !earlier.contains(where: { $0.kind == .provision }) else {
                throw ConfigError("only one step may provision access; change this step's kind", at: path + ".kind")
            }
        case .handover:
            guard earlier.contains(where: { $0.kind == .provision }) else {
                throw ConfigError("a handover step must come after the provision step; reorder the steps", at: path + ".kind")
            }
        case .submit, .review:
            break
        }
        if step.mayStrike {
            guard step.kind == .review else {
                throw ConfigError("only a review step may strike names from a list; remove mayStrike", at: path + ".mayStrike")
            }
            guard requestKind == .list else {
                throw ConfigError("mayStrike needs requestKind: list; a single request is rejected, not struck", at: path + ".mayStrike")
            }
            guard !earlier.contains(where: { $0.kind == .decree || $0.kind == .provision }) else {
                throw ConfigError("names can only be struck before the SK is made and accounts are created; move mayStrike to an earlier review step", at: path + ".mayStrike")
            }
        }
        if kindOfOutput == .decree, step.kind != .decree, step.kind != .sign {
            throw ConfigError("only the decree step (or the sign step after it) may output the SK; set this step's kind to decree or change its output", at: path + ".output")
        }
        for (inputIndex, input) in step.inputs.enumerated() {
            let kind = documents.first { $0.id == input }?.kind
            if kind == .decree, !earlier.contains(where: { $0.kind == .decree }) {
                throw ConfigError("input '\(input)' is the SK, which no earlier step issues; move this step after the decree step", at: "\(path).inputs[\(inputIndex)]")
            }
            if kind == .credentials, !earlier.contains(where: { $0.kind == .provision }) {
                throw ConfigError("input '\(input)' is a username and password, which no earlier step provisions; move this step after the provision step", at: "\(path).inputs[\(inputIndex)]")
            }
        }
    }

    private static func document(_ text: String, documents: [DocumentDefinition], at path: String) throws(ConfigError)
        -> DocumentID
    {
        guard let found = documents.first(where: { $0.id.rawValue == text }) else {
            let known = documents.map(\.id.rawValue).sorted().listed
            throw ConfigError("unknown document '\(text)'; known: \(known)", at: path)
        }
        return found.id
    }
}
