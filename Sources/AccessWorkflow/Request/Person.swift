/// A person named in a request or decree: name with titles, NIP and/or NIK (at least one, cross-checked), and
/// optionally their directory uid if they already have an account.
public struct Person: Sendable, Hashable, Codable {
    /// The name with titles.
    public let name: PersonName
    /// The NIP, for civil servants.
    public let nip: NIP?
    /// The NIK.
    public let nik: NIK?
    /// The person's directory login (LDAP uid), if known; used to stop people approving their own requests.
    public let uid: String?

    /// Creates a person, refusing one without NIP and NIK, or whose NIP and NIK disagree on birth date or sex.
    public init(name: PersonName, nip: NIP?, nik: NIK?, uid: String? = nil) throws(RequestError) {
        if let nip {
            key = .nip(nip)
        } else if let nik {
            key = .nik(nik)
        } else {
            throw .identity(.missingIdentifier(name: name.displayName))
        }
        if let nip, let nik {
            do {
                try IdentityCrossCheck.verify(nip: nip, nik: nik)
            } catch {
                throw .identity(error)
            }
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

    /// True if the actor is this person, matched by NIP or by directory uid.
    public func isSamePerson(as actor: WorkflowActor) -> Bool {
        if let nip, actor.nip == nip { return true }
        if let uid, actor.uid == uid { return true }
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
