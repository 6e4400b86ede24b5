/// The raw shape of an SOP YAML file, before validation. All values are text so that validation can say exactly
/// which value is wrong and what to write instead.
struct SOPFile: Decodable {
    struct Office: Decodable {
        let name: String
        let region: String
        let utcOffset: String
    }

    struct Header: Decodable {
        let number: String
        let title: String
        let effective: String
        let created: String?
        let revised: String?
        let approvedBy: Approval?
        let legalBasis: [String]?
        let qualifications: [String]?
        let related: [String]?
        let equipment: [String]?
        let warnings: [String]?
        let recordKeeping: [String]?
    }

    struct Approval: Decodable {
        let title: String
        let name: String
        let nip: String?
    }

    struct Role: Decodable {
        let id: String
        let title: String
        let ldapGroup: String
    }

    struct Document: Decodable {
        let id: String
        let title: String
        let kind: String
    }

    struct Step: Decodable {
        let id: String
        let title: String
        let executor: SOPFileExecutor
        let inputs: [String]?
        let output: String?
        let time: String
        let timePer: String?
        /// Whether the time standard counts once per person named (true) or once per request (false, the default).
        let perPerson: Bool?
        let kind: String
        let mayReject: Bool?
        let mayReturn: Bool?
        let mayStrike: Bool?
    }

    struct Segregation: Decodable {
        let distinctActorsOnConsecutiveSteps: Bool
        let sameOfficialAllowed: [[String]]?
        let distinctOfficials: [[String]]?
    }

    struct Permissions: Decodable {
        let cancel: [String]?
        let importDecree: [String]?
        let revoke: [String]?
        let confirmDecree: [String]?
        let review: [String]?
        let signReview: [String]?
    }

    struct Review: Decodable {
        let everyMonths: Int?
    }

    struct Calendar: Decodable {
        let hours: [String: [String]]?
        let holidays: [String]?
        let dayLength: String?
    }

    let office: Office
    let sop: Header
    let rosterSource: String
    let requestKind: String
    /// The SIAK roles the SOP covers (ids of the role catalogue); nil for all of them.
    let siakRoles: [String]?
    let roles: [Role]
    let documents: [Document]
    let steps: [Step]
    let segregation: Segregation?
    let permissions: Permissions?
    /// Access reviews: how often each holder's access is to be confirmed (`everyMonths`).
    let review: Review?
    /// Role → the next official up, to whom a step past its time standard is escalated.
    let escalation: [String: String]?
    let calendar: Calendar?
}
