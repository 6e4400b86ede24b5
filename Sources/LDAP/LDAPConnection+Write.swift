import CLDAP

extension LDAPConnection {
    /// Adds an entry.
    public func add(_ dn: DN, _ attributes: [LDAPAttribute]) throws(LDAPError) {
        try perform(.add(dn, attributes))
    }

    /// Modifies an entry: add, replace or delete values, in one atomic request.
    public func modify(_ dn: DN, _ modifications: [Modification]) throws(LDAPError) {
        try perform(.modify(dn, modifications))
    }

    /// Deletes a leaf entry.
    public func delete(_ dn: DN) throws(LDAPError) {
        try perform(.delete(dn))
    }

    /// Renames an entry and optionally moves it under `newParent`.
    public func rename(_ dn: DN, to newRDN: RDN, under newParent: DN? = nil, deleteOldRDN: Bool = true) throws(LDAPError) {
        try perform(.rename(dn, newRDN: newRDN, newParent: newParent, deleteOldRDN: deleteOldRDN))
    }

    /// Password Modify extended operation (RFC 3062).
    ///
    /// - Parameters:
    ///   - user: whose password; nil for the bound identity's own.
    ///   - oldPassword: the current password, when the server's policy asks for it.
    ///   - newPassword: the new password; nil asks the server to generate one.
    /// - Returns: the password the server generated, when `newPassword` was nil.
    @discardableResult
    public func modifyPassword(of user: DN?, oldPassword: String? = nil, newPassword: String?) throws(LDAPError) -> String? {
        let operation = "password modify of \(user?.description ?? "own entry")"
        let ld = try requireHandle(operation)
        let msgid = try sendPasswordModify(ld, user: user, old: oldPassword, new: newPassword, operation: operation)
        let message = try waitForResult(ld, msgid: msgid, operation: operation)
        try parseResult(ld, message, operation: operation).check()
        guard newPassword == nil else { return nil }
        var generated = berval()
        guard ldap_parse_passwd(ld, message.pointer, &generated) == LDAP_SUCCESS else {
            throw Self.error(ld, code: nil, operation: operation)
        }
        defer { if let value = generated.bv_val { ldap_memfree(value) } }
        return String(berval: generated)
    }

    /// Sends one write and waits for its result.
    public func perform(_ write: LDAPWrite) throws(LDAPError) {
        let ld = try requireHandle(write.summary)
        let msgid = try send(write, ld)
        let message = try waitForResult(ld, msgid: msgid, operation: write.summary)
        try parseResult(ld, message, operation: write.summary).check()
    }

    /// Encodes and sends one write without waiting; returns its message id.
    func send(_ write: LDAPWrite, _ ld: OpaquePointer, controls: [UnsafeMutablePointer<LDAPControl>] = []) throws(LDAPError) -> Int32 {
        var msgid: Int32 = 0
        let arguments = CArguments()
        let rc: Int32
        switch write {
        case .add(let dn, let attributes):
            let mods = arguments.modifications(attributes.map { (Int32(LDAP_MOD_ADD), $0.name, $0.values) })
            rc = withControls(controls) { ldap_add_ext(ld, dn.description, mods, $0, nil, &msgid) }
        case .modify(let dn, let modifications):
            let mods = arguments.modifications(modifications.map { ($0.operation.rawValue, $0.attribute, $0.values) })
            rc = withControls(controls) { ldap_modify_ext(ld, dn.description, mods, $0, nil, &msgid) }
        case .delete(let dn):
            rc = withControls(controls) { ldap_delete_ext(ld, dn.description, $0, nil, &msgid) }
        case .rename(let dn, let rdn, let parent, let deleteOld):
            rc = withControls(controls) { ldap_rename(ld, dn.description, rdn.description, parent.map { arguments.cString($0.description) }, deleteOld ? 1 : 0, $0, nil, &msgid) }
        case .setPassword(let dn, let password):
            guard controls.isEmpty else {
                throw LDAPError.parameter("Password Modify cannot be part of a transaction", operation: write.summary)
            }
            return try sendPasswordModify(ld, user: dn, old: nil, new: password, operation: write.summary)
        }
        guard rc == LDAP_SUCCESS else { throw Self.error(ld, code: rc, operation: write.summary) }
        return msgid
    }

    private func sendPasswordModify(_ ld: OpaquePointer, user: DN?, old: String?, new: String?, operation: String) throws(LDAPError) -> Int32 {
        if let new, new.isEmpty {
            throw LDAPError.parameter("the new password is empty; give one, or nil to let the server generate one", operation: operation)
        }
        let arguments = CArguments()
        let userValue = user.map { arguments.berval(Array($0.description.utf8)) }
        let oldValue = old.map { arguments.berval(Array($0.utf8)) }
        let newValue = new.map { arguments.berval(Array($0.utf8)) }
        // The password-policy request control: slapd's ppolicy then says which rule a refused password broke
        // (too short, in history, quality), in the result's response control.
        var control: UnsafeMutablePointer<LDAPControl>?
        guard ldap_create_passwordpolicy_control(ld, &control) == LDAP_SUCCESS, let control else {
            throw Self.error(ld, code: nil, operation: operation)
        }
        let owned = OwnedControl(pointer: control)
        var msgid: Int32 = 0
        let rc = withControls([owned.pointer]) { controls in
            ldap_passwd(ld, userValue, oldValue, newValue, controls, nil, &msgid)
        }
        guard rc == LDAP_SUCCESS else { throw Self.error(ld, code: rc, operation: operation) }
        return msgid
    }
}
