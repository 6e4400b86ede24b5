/// The pages of a paged search (RFC 2696), fetched one at a time as the
/// sequence is iterated: `for try await page in connection.pagedSearch(…)`.
public struct PagedSearch: AsyncSequence, Sendable {
    public typealias Element = [LDAPEntry]
    public typealias Failure = LDAPError

    let connection: LDAPConnection
    let request: SearchRequest
    let pageSize: Int

    public func makeAsyncIterator() -> Iterator {
        Iterator(connection: connection, request: request, pageSize: Swift.max(1, pageSize))
    }

    public struct Iterator: AsyncIteratorProtocol {
        let connection: LDAPConnection
        let request: SearchRequest
        let pageSize: Int
        var cookie: [UInt8] = []
        var finished = false

        public mutating func next(isolation actor: isolated (any Actor)?) async throws(LDAPError) -> [LDAPEntry]? {
            guard !finished else { return nil }
            let page = try await connection.searchPage(request, pageSize: pageSize, cookie: cookie)
            cookie = page.cookie
            if cookie.isEmpty { finished = true }
            if page.entries.isEmpty && finished { return nil }
            return page.entries
        }

        public mutating func next() async throws(LDAPError) -> [LDAPEntry]? {
            try await next(isolation: nil)
        }
    }

    /// Every entry of every page, collected.
    public func collect() async throws(LDAPError) -> [LDAPEntry] {
        var all: [LDAPEntry] = []
        var iterator = makeAsyncIterator()
        while let page = try await iterator.next() { all.append(contentsOf: page) }
        return all
    }
}
