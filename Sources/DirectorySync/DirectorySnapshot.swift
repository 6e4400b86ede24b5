public import LDAP
import Foundation

/// The operators and the members of the managed SIAK groups, as read from
/// the directory with paged searches.
public struct DirectorySnapshot: Sendable {
    public var operators: [DirectoryOperator]
    /// Members of each managed group (groups that do not exist map to nothing). Changing them drops the memberships
    /// computed from them.
    public var members: [DN: Set<DN>] { didSet { memberships = nil } }

    /// Each member's groups by the digest of its DN (bit `i` for `groups[i]`), when computed as the groups were
    /// read (``Memberships``); the reconciler computes it otherwise.
    var memberships: Memberships?

    public init(operators: [DirectoryOperator], members: [DN: Set<DN>]) {
        self.operators = operators
        self.members = members
    }

    /// Reads everything under `ou=operators` (or only what `filter` selects) and the given groups.
    public static func read(
        _ connection: LDAPConnection, layout: DirectoryLayout, groups: [DN], filter: Filter = .equal("objectClass", "inetOrgPerson"),
        pageSize: Int = 5000
    ) async throws(LDAPError) -> DirectorySnapshot {
        // The groups first: the entries that are members then share their DNs with the member lists.
        let members = try await readMembers(connection, groups: groups)
        let known = KnownDNs(members.values)
        let request = SearchRequest(base: layout.operators, scope: .subtree, filter: filter, attributes: DirectoryOperator.readAttributes)
        // Entries are reduced on the connection's thread as they arrive, straight from libldap's buffers, into one array.
        let operators = try await connection.collectPagedSearch(request, pageSize: pageSize) { DirectoryOperator(raw: $0, known: known) }
        return DirectorySnapshot(operators: operators, members: members)
    }

    /// Like ``read(_:layout:groups:filter:pageSize:)``, with the groups read on a second connection at the same time:
    /// the search of the operators starts at once instead of after 50,000 member values were received and parsed,
    /// and each operator entry shares its DN with the member lists from the moment they are in.
    /// - Parameter connectForMembers: opens the second connection (closed here once the groups are read).
    public static func read(
        _ connection: LDAPConnection, connectForMembers: @escaping @Sendable () async throws(LDAPError) -> LDAPConnection,
        layout: DirectoryLayout, groups: [DN], filter: Filter = .equal("objectClass", "inetOrgPerson"), pageSize: Int = 5000
    ) async throws(LDAPError) -> DirectorySnapshot {
        let shared = SharedKnownDNs()
        let reading = Task { () async -> Result<([DN: Set<DN>], Memberships), LDAPError> in
            do throws(LDAPError) {
                let second = try await connectForMembers()
                let members: [DN: Set<DN>]
                do throws(LDAPError) {
                    members = try await readMembers(second, groups: groups)
                } catch {
                    await second.close()
                    throw error
                }
                await second.close()
                let memberships = Memberships(members, groups: groups)
                shared.publish(KnownDNs(memberships))
                return .success((members, memberships))
            } catch {
                return .failure(error)
            }
        }
        let request = SearchRequest(base: layout.operators, scope: .subtree, filter: filter, attributes: DirectoryOperator.readAttributes)
        let operators: [DirectoryOperator]
        do {
            operators = try await connection.collectPagedSearch(request, pageSize: pageSize) { DirectoryOperator(raw: $0, known: shared.current) }
        } catch {
            reading.cancel()
            throw error
        }
        let (members, memberships) = try await reading.value.get()
        var snapshot = DirectorySnapshot(operators: operators, members: members)
        snapshot.memberships = memberships
        return snapshot
    }

    /// The `member` values of each group, as DNs (the empty placeholder value is dropped), read from libldap's
    /// buffers without a string per value first.
    public static func readMembers(_ connection: LDAPConnection, groups: [DN]) async throws(LDAPError) -> [DN: Set<DN>] {
        var members: [DN: Set<DN>] = [:]
        for group in groups {
            let request = SearchRequest(base: group, scope: .base, filter: .all, attributes: ["member"])
            let found: [Set<DN>]
            do {
                found = try await connection.collectPagedSearch(request, pageSize: 1) { entry in
                    var set = Set<DN>()
                    entry.forEachAttribute { name, values in
                        guard name.matches("member") else { return }
                        set.reserveCapacity(values.count)
                        for value in values where !value.buffer.isEmpty {
                            if let dn = try? DN(parsing: value.buffer) { set.insert(dn) }  // try?: a member value that is not a DN names no entry; it is neither counted nor removed
                        }
                    }
                    return set
                }
            } catch where error.code == .noSuchObject {
                continue
            }
            if let set = found.first { members[group] = set }
        }
        return members
    }
}

/// The member DNs once they are read, for the entries read after that (see
/// ``DirectorySnapshot/read(_:connectForMembers:layout:groups:filter:pageSize:)``).
private final class SharedKnownDNs: @unchecked Sendable {
    // @unchecked: `known` is only touched under `lock`.
    private let lock = NSLock()
    private var known = KnownDNs()

    func publish(_ dns: KnownDNs) {
        lock.lock()
        defer { lock.unlock() }
        known = dns
    }

    var current: KnownDNs {
        lock.lock()
        defer { lock.unlock() }
        return known
    }
}
