/// A person named in a request or decree: name with titles, NIP (or NI PPPK) and/or NIK (at least one), and
/// optionally their directory uid if they already have an account.
///
/// NIP and NIK are not required to agree: a disagreement is an ``IdentityWarning`` (see ``warnings``) that the
/// workflow makes an official confirm with a note before it records the person.
public struct Person: Sendable, Hashable, Codable {
    /// The name with titles.
    public let name: PersonName
    /// The NIP of a civil servant, or the NI PPPK of an employee with a work agreement (see ``NIP/kind``).
    public let nip: NIP?
    /// The NIK.
    public let nik: NIK?
    /// The person's directory login (LDAP uid), if known; used to stop people approving their own requests.
    public let uid: String?

    /// Creates a person, refusing one without NIP and NIK.
    public init(name: PersonName, nip: NIP?, nik: NIK?, uid: String? = nil) throws(RequestError) {
        if let nip {
            key = .nip(nip)
        } else if let nik {
            key = .nik(nik)
        } else {
            throw .identity(.missingIdentifier(name: name.displayName))
        }
        if let uid {
            guard !uid.isEmpty, !uid.contains(where: { $0.isWhitespace }), !uid.containsControlCharacter else {
                throw .invalidUID(uid)
            }
        }
        self.name = name
        self.nip = nip
        self.nik = nik
        self.uid = uid
    }

    /// The NIP if present, else the NIK.
    public let key: PersonKey

    /// The soft checks that fail for this person (NIP/NIK disagreement, implausible numbers), to be confirmed.
    public var warnings: [IdentityWarning] { IdentityCrossCheck.warnings(of: self) }

    /// True if the actor is this person, matched by NIP or by directory uid (as the directory compares logins).
    public func isSamePerson(as actor: WorkflowActor) -> Bool {
        if let nip, actor.nip == nip { return true }
        if let uid, LoginName.same(actor.uid, uid) { return true }
        return false
    }

    private enum CodingKeys: String, CodingKey { case name, nip, nik, uid }

    /// Decodes and re-validates.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            name: try container.decode(PersonName.self, forKey: .name),
            nip: try container.decodeIfPresent(NIP.self, forKey: .nip),
            nik: try container.decodeIfPresent(NIK.self, forKey: .nik),
            uid: try container.decodeIfPresent(String.self, forKey: .uid))
    }
}
