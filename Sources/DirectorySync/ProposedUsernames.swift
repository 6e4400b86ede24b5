import AccessStore
import AccessWorkflow

/// The usernames a dry-run reconciliation shows for roster people without an entry: the one on record, else the
/// one the rule would give now, free of every recorded username, every uid in the directory and the names proposed
/// before it. Nothing is recorded; the taken names are gathered only when a first person needs one.
struct ProposedUsernames {
    let bridge: Bridge
    private var snapshot: DirectorySnapshot
    private var taken: Set<String>?

    init(bridge: Bridge, snapshot: DirectorySnapshot) {
        self.bridge = bridge
        self.snapshot = snapshot
    }

    /// Lets go of the snapshot (no names are proposed after this).
    mutating func forget() {
        snapshot = DirectorySnapshot(operators: [], members: [:])
        taken = nil
    }

    mutating func name(for entry: RosterEntry) throws(BridgeError) -> String {
        if let recorded = try bridge.storeCall({ try bridge.store.username(for: entry.key) }) { return recorded }
        var names: Set<String>
        if let known = taken {
            names = known
            taken = nil  // one owner while it grows, so inserting does not copy it
        } else {
            names = Set(try bridge.storeCall { try bridge.store.allUsernames() }.map { $0.lowercased() })
            for entry in snapshot.operators { if let uid = entry.uid { names.insert(uid.lowercased()) } }
        }
        let rule = bridge.settings.usernameRule
        let name = try bridge.storeCall {
            try rule.username(for: entry.person.name, nip: entry.person.nip, nik: entry.person.nik) { names.contains($0.lowercased()) }
        }
        names.insert(name.lowercased())
        taken = names
        return name
    }
}
