import CLDAP

/// `cn=Monitor`'s list of databases (OpenLDAP's back-monitor).
private let monitorDatabases = DN([RDN("cn", "Databases"), RDN("cn", "Monitor")])

extension LDAPConnection {
    /// slapd reports a full mdb database (`MDB_MAP_FULL`, `olcDbMaxSize` reached) only as `other`, with "index
    /// generation failed", "entry store failed" or nothing. When writes fail so, this looks in `cn=Monitor` at the
    /// database that holds them and, when it is nearly full, says so in their errors. Results are unchanged when
    /// cn=Monitor cannot be read.
    func explainInternalErrors(_ results: [Result<Void, LDAPError>], _ writes: [LDAPWrite]) -> [Result<Void, LDAPError>] {
        let failed = results.indices.filter { if case .failure(let error) = results[$0], error.code == .other { true } else { false } }
        guard !failed.isEmpty, handle != nil,
              let databases = try? search(SearchRequest(  // try?: a diagnosis adds a hint to an error already thrown; no hint when it cannot look
                base: monitorDatabases, scope: .oneLevel, filter: .equal("objectClass", "olmMDBDatabase"),
                attributes: ["namingContexts", "olmMDBPagesMax", "olmMDBPagesUsed", "olmMDBPagesFree"]))
        else { return results }
        var explained = results
        for index in failed {
            guard case .failure(let error) = results[index], index < writes.count else { continue }
            let target = writes[index].dn
            let holder = databases.first { database in
                database.strings("namingContexts").contains { (try? DN(parsing: $0)).map { target.isWithin($0) } ?? false }  // try?: a namingContexts value that is not a DN contains nothing
            }
            guard let holder, let max = holder.string("olmMDBPagesMax").flatMap(Int.init), max > 0,
                  let used = holder.string("olmMDBPagesUsed").flatMap(Int.init)
            else { continue }
            // olmMDBPagesUsed is the map's high-water mark; pages freed below it are reused only as readers allow.
            guard Double(used) >= 0.9 * Double(max) else { continue }
            let free = holder.string("olmMDBPagesFree").flatMap(Int.init) ?? 0
            let diagnostic = (error.diagnostic.map { $0 + "; " } ?? "")
                + "the directory's database is full: \(used) of the \(max) pages its olcDbMaxSize allows are taken "
                + "(\(free) of them free for reuse); raise olcDbMaxSize of that database in cn=config"
            explained[index] = .failure(LDAPError(code: error.code, diagnostic: diagnostic, matchedDN: error.matchedDN, operation: error.operation))
        }
        return explained
    }
}
