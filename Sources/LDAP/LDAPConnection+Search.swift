import CLDAP

extension LDAPConnection {
    /// Runs one search and returns every entry.
    ///
    /// A server size or time limit is an error (`sizeLimitExceeded`); use
    /// ``pagedSearch(_:pageSize:)`` to read more entries than the server
    /// returns in one search.
    public func search(_ request: SearchRequest) throws(LDAPError) -> [LDAPEntry] {
        var entries: [LDAPEntry] = []
        let result = try runSearch(request, controls: []) { entries.append($0) }
        try result.check()
        return entries
    }

    /// Convenience: search below `base`.
    public func search(
        base: DN, scope: SearchScope = .subtree, filter: Filter = .all, attributes: [String] = []
    ) throws(LDAPError) -> [LDAPEntry] {
        try search(SearchRequest(base: base, scope: scope, filter: filter, attributes: attributes))
    }

    /// Reads one entry, or nil if it does not exist.
    public func read(_ dn: DN, attributes: [String] = []) throws(LDAPError) -> LDAPEntry? {
        do {
            return try search(SearchRequest(base: dn, scope: .base, filter: .all, attributes: attributes)).first
        } catch where error.code == .noSuchObject {
            return nil
        }
    }

    /// Pages through a search with the simple paged results control (RFC 2696).
    ///
    /// Each element is one page. The pages come one at a time, so memory stays
    /// bounded by the page size, and a server size limit lower than the total
    /// does not stop the search when the account's limits allow paging
    /// (`size.prtotal` in `olcLimits`). One paged search at a time per connection.
    public nonisolated func pagedSearch(_ request: SearchRequest, pageSize: Int = 500) -> PagedSearch {
        PagedSearch(connection: self, request: request, pageSize: pageSize)
    }

    /// One page of a paged search. An empty returned cookie means "done".
    func searchPage(_ request: SearchRequest, pageSize: Int, cookie: [UInt8]) throws(LDAPError) -> (entries: [LDAPEntry], cookie: [UInt8]) {
        let ld = try requireHandle("paged search below \(request.base)")
        var entries: [LDAPEntry] = []
        entries.reserveCapacity(pageSize)
        let next = try searchOnePage(request, pageSize: pageSize, cookie: cookie) { (message: borrowing Message) in
            if let entry = Self.entry(ld, message) { entries.append(entry) }
        }
        return (entries, next)
    }

    /// Sends one page request (RFC 2696 control carrying `cookie`), hands each
    /// entry message to `onEntry`, and returns the cookie for the next page
    /// (empty when the search is done).
    func searchOnePage(
        _ request: SearchRequest, pageSize: Int, cookie: [UInt8], onEntry: (borrowing Message) -> Void
    ) throws(LDAPError) -> [UInt8] {
        let operation = "paged search below \(request.base)"
        let ld = try requireHandle(operation)
        var control: UnsafeMutablePointer<LDAPControl>?
        let rc: Int32
        if cookie.isEmpty {
            rc = ldap_create_page_control(ld, ber_int_t(pageSize), nil, 1, &control)
        } else {
            rc = withBerval(cookie) { value in ldap_create_page_control(ld, ber_int_t(pageSize), &value, 1, &control) }
        }
        guard rc == LDAP_SUCCESS, let control else { throw Self.error(ld, code: rc, operation: operation) }
        let owned = OwnedControl(pointer: control)
        let result = try runSearch(request, controls: [owned.pointer], onEntry: onEntry)
        try result.check()
        return result.pagedCookie ?? []
    }

    /// Sends a search and streams its entries to `onEntry` as they arrive.
    func runSearch(
        _ request: SearchRequest, controls: [UnsafeMutablePointer<LDAPControl>],
        onEntry: (LDAPEntry) -> Void
    ) throws(LDAPError) -> ParsedResult {
        let ld = try requireHandle("search below \(request.base)")
        return try runSearch(request, controls: controls) { (message: borrowing Message) in
            if let entry = Self.entry(ld, message) { onEntry(entry) }
        }
    }

    /// Sends a search and hands each entry message to `onEntry` as it arrives.
    func runSearch(
        _ request: SearchRequest, controls: [UnsafeMutablePointer<LDAPControl>],
        onEntry: (borrowing Message) -> Void
    ) throws(LDAPError) -> ParsedResult {
        let operation = "search below \(request.base) for \(request.filter)"
        let ld = try requireHandle(operation)
        let arguments = CArguments()
        let attributes = arguments.cStringArray(request.attributes)
        var msgid: Int32 = 0
        let rc = withControls(controls) { serverControls in
            ldap_search_ext(
                ld, request.base.description, request.scope.rawValue, request.filter.description,
                attributes, 0, serverControls, nil, nil, request.sizeLimit, &msgid)
        }
        guard rc == LDAP_SUCCESS else { throw Self.error(ld, code: rc, operation: operation) }
        while true {
            let message = try waitForResult(ld, msgid: msgid, all: false, operation: operation)
            switch ber_tag_t(ldap_msgtype(message.pointer)) {
            case ResultTag.searchEntry:
                onEntry(message)
            case ResultTag.searchResult:
                return parseResult(ld, message, operation: operation)
            default:
                continue  // references and intermediate responses are not followed
            }
        }
    }

    /// Copies one entry out of a message: DN and values as exact bytes.
    static func entry(_ ld: OpaquePointer, _ message: borrowing Message) -> LDAPEntry? {
        var ber: OpaquePointer?
        var dn = berval()
        guard ldap_get_dn_ber(ld, message.pointer, &ber, &dn) == LDAP_SUCCESS else { return nil }
        defer { if let ber { ber_free(ber, 0) } }
        let name = String(berval: dn)
        var attributes: [LDAPAttribute] = []
        var type = berval()
        var values: UnsafeMutablePointer<berval>?
        while ldap_get_attribute_ber(ld, message.pointer, ber, &type, &values) == LDAP_SUCCESS, type.bv_val != nil {
            var collected: [LDAPValue] = []
            if let values {
                var i = 0
                while values[i].bv_val != nil {
                    collected.append(LDAPValue(bytes: [UInt8](berval: values[i])))
                    i += 1
                }
                ber_memfree(values)
            }
            attributes.append(LDAPAttribute(String(berval: type), collected))
            values = nil
        }
        return LDAPEntry(dn: name, attributes: attributes)
    }
}
