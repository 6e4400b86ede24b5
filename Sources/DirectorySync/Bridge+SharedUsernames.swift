import AccessStore
import AccessWorkflow
import LDAP

extension Bridge {
    /// In a national directory (``DirectoryLayout/usernameScope``): this office's managed entries whose `uid` an entry
    /// of another office holds too (see ``SharedUsername``), read with exact, indexed lookups of 200 names at a time.
    /// Empty for an office's own directory.
    func sharedUsernames(_ connection: LDAPConnection, snapshot: DirectorySnapshot) async throws(BridgeError) -> [SharedUsername] {
        guard let scope = layout.usernameScope else { return [] }
        var own: [String: DirectoryOperator] = [:]
        for entry in snapshot.operators where entry.managed {
            if let uid = entry.uid { own[uid.lowercased()] = entry }
        }
        guard !own.isEmpty else { return [] }
        var found: [(entry: DirectoryOperator, heldBy: DN)] = []
        let names = own.keys.sorted()
        for start in stride(from: 0, to: names.count, by: 200) {
            let filter = Filter.or(names[start..<min(start + 200, names.count)].map { .equal("uid", $0) })
            let request = SearchRequest(base: scope, scope: .subtree, filter: filter, attributes: ["uid"])
            let entries = try await directoryCall { () async throws(LDAPError) in
                try await connection.pagedSearch(request, pageSize: 1000).collect()
            }
            for other in entries {
                guard let dn = other.parsedDN, !dn.isWithin(layout.operators) else { continue }
                for uid in other.strings("uid") {
                    if let entry = own[uid.lowercased()] { found.append((entry, dn)) }
                }
            }
        }
        guard !found.isEmpty else { return [] }
        let handedOver = try handedOverUsernames()
        return found.map { entry, other in
            let key = entry.personKey.map { HandedOver(person: $0.description, username: entry.uid?.lowercased() ?? "") }
            return SharedUsername(entry: entry, heldBy: other, handedOver: key.map(handedOver.contains) ?? false)
        }
        .sorted { $0.entry.dn.normalized < $1.entry.dn.normalized }
    }

    /// Every person and username the audit log records a handover of (`handover.delivered`, authenticated).
    func handedOverUsernames() throws(BridgeError) -> Set<HandedOver> {
        let records = try storeCall { try store.authenticatedRecords(kind: DeliveryRecord.kind) }
        var result: Set<HandedOver> = []
        for record in records {
            let payload = try storeCall { try record.decodePayload(DeliveryRecord.self) }
            result.insert(HandedOver(person: record.subject, username: payload.username.lowercased()))
        }
        return result
    }

    struct HandedOver: Hashable {
        let person: String
        let username: String
    }
}
