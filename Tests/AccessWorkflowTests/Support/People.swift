import Foundation
@testable import AccessWorkflow

/// Test people: valid, mutually consistent NIPs and NIKs worked out by hand from the NIP/NIK layouts.
enum People {
    static func person(_ name: String, nip: String? = nil, nik: String? = nil, uid: String? = nil) throws -> Person {
        try Person(name: try PersonName(name), nip: try nip.map { try NIP($0) }, nik: try nik.map { try NIK($0) }, uid: uid)
    }

    static func candidate(_ person: Person, role: SIAKRoleID = "operator", unit: String = "Bidang PIAK") throws -> Candidate {
        try Candidate(person: person, role: role, workUnit: unit)
    }

    static func actor(_ uid: String, _ roles: [WorkflowRole], nip: String? = nil) throws -> WorkflowActor {
        try WorkflowActor(uid: uid, displayName: uid.uppercased(), nip: try nip.map { try NIP($0) }, roles: Set(roles))
    }

    // Sukamara (62.08) people. Budi: male, born 1990-01-15. Siti: female, born 1992-03-20. Rina: NIK only.
    static func budi() throws -> Person {
        try person("Budi Santoso, S.Kom", nip: "19900115 201503 1 002", nik: "6208011501900003")
    }
    static func siti() throws -> Person {
        try person("Siti Rahmawati, A.Md.", nip: "19920320 201801 2 001", nik: "6208016003920001")
    }
    static func rina() throws -> Person { try person("Rina Lestari", nik: "6208024507950002") }
    /// The Kasi SIAK who drafts Sukamara's list (also the applicant of the list).
    static func ahmad() throws -> Person { try person("Ahmad Fauzi, S.T.", nip: "19800510 200501 1 003") }

    // Mojokerto (35.76). Dewi: female, born 1998-02-02, applies for herself.
    static func dewi() throws -> Person { try person("Dewi Anggraini", nik: "3576014202980001", uid: "dewi") }
    static func eko() throws -> Person { try person("Eko Prasetyo", nik: "3576020303990004") }

    static let kadisNIP = "19650709 198603 1 020"
}

/// A workflow driven by commands with a test clock, keeping the stored event history.
struct Office {
    var state: WorkflowState
    var events: [WorkflowEvent] = []
    var clock: Date

    init(_ sop: SOPDefinition, start: Date = Fixtures.wib("2025-02-03 08:00")) {
        state = WorkflowState(sop: sop)
        clock = start
    }

    /// Decides and applies a command `minutes` after the previous one.
    @discardableResult
    mutating func run(_ command: WorkflowCommand, by actor: WorkflowActor, after minutes: Double = 5)
        throws(WorkflowError) -> [WorkflowEvent]
    {
        clock = clock.addingTimeInterval(minutes * 60)
        let new = try state.decide(command, by: actor, at: clock)
        for event in new { try state.apply(event) }
        events += new
        return new
    }

    /// Runs a command at a given WIB local time.
    @discardableResult
    mutating func run(_ command: WorkflowCommand, by actor: WorkflowActor, at local: String)
        throws(WorkflowError) -> [WorkflowEvent]
    {
        clock = Fixtures.wib(local)
        let new = try state.decide(command, by: actor, at: clock)
        for event in new { try state.apply(event) }
        events += new
        return new
    }

    func status(_ id: RequestID) -> RequestStatus? { state.requests[id]?.status }
}

func evidence(_ pairs: [(DocumentID, String)]) throws -> [DocumentID: Evidence] {
    var result: [DocumentID: Evidence] = [:]
    for (id, reference) in pairs { result[id] = try Evidence(reference: reference) }
    return result
}
