public import AccessWorkflow

/// Test people: valid, mutually consistent NIPs and NIKs worked out by hand from the NIP/NIK layouts.
public enum People {
    public static func person(_ name: String, nip: String? = nil, nik: String? = nil, uid: String? = nil) throws -> Person {
        try Person(name: try PersonName(name), nip: try nip.map { try NIP($0) }, nik: try nik.map { try NIK($0) }, uid: uid)
    }

    public static func candidate(_ person: Person, role: SIAKRoleID = "operator", unit: String = "Bidang PIAK") throws -> Candidate {
        try Candidate(person: person, role: role, workUnit: unit)
    }

    public static func actor(_ uid: String, _ roles: [WorkflowRole], nip: String? = nil) throws -> WorkflowActor {
        try WorkflowActor(uid: uid, displayName: uid.uppercased(), nip: try nip.map { try NIP($0) }, roles: Set(roles))
    }

    // Sukamara (62.08) people. Budi: male, born 1990-01-15. Siti: female, born 1992-03-20. Rina: NIK only.
    public static func budi() throws -> Person {
        try person("Budi Santoso, S.Kom", nip: "19900115 201503 1 002", nik: "6208011501900003")
    }
    public static func siti() throws -> Person {
        try person("Siti Rahmawati, A.Md.", nip: "19920320 201801 2 001", nik: "6208016003920001")
    }
    public static func rina() throws -> Person { try person("Rina Lestari", nik: "6208024507950002") }
    /// The Kasi SIAK who drafts Sukamara's list (also the applicant of the list).
    public static func ahmad() throws -> Person { try person("Ahmad Fauzi, S.T.", nip: "19800510 200501 1 003") }

    // Mojokerto (35.76). Dewi: female, born 1998-02-02, applies for herself.
    public static func dewi() throws -> Person { try person("Dewi Anggraini", nik: "3576014202980001", uid: "dewi") }
    public static func eko() throws -> Person { try person("Eko Prasetyo", nik: "3576020303990004") }

    /// A distinct valid NIK-only person for each `index` in 0..<250_000, for large lists.
    public static func operatorNumber(_ index: Int) throws -> Person {
        let day = index / 9000 % 28 + 1, sequence = index % 9000 + 1
        return try person("Operator \(index)", nik: "620801" + pad(day, 2) + "0190" + pad(sequence, 4))
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    public static let kadisNIP = "19650709 198603 1 020"
}
