public import AccessWorkflow
public import LDAP

/// One entry under `ou=operators` as read from the directory, reduced to what
/// reconciliation compares, in a compact form (50,000 of them must fit in a
/// few tens of megabytes).
public struct DirectoryOperator: Sendable, Hashable {
    public let dn: DN
    /// The uid, when it is not the value of the DN's leading `uid=` RDN (then that is the uid, and 50,000 entries
    /// do not keep a second copy of each).
    private let storedUID: String?
    private let uidIsRDN: Bool
    /// Further values of `uid`, if the entry has more than one (rare: entries made by hand).
    public let otherUIDs: [String]
    /// True when `siakManagedBy` says hak-akses owns the entry.
    public let managed: Bool
    /// `pwdAccountLockedTime`, if set.
    public let lockedTime: String?
    /// The person this entry claims to be, by NIP, else NIK.
    public let personKey: PersonKey?
    /// A 64-bit digest of each managed attribute (``OperatorMapping/managedAttributes``
    /// order) over its values sorted and joined by U+001F, 0 when absent: comparing
    /// digests compares the value sets, without keeping 50,000 copies of names.
    let digests: SlotDigests
    /// ``Reconciler/digest(_:)`` of ``dn``: what membership tables are keyed by, computed once as the entry is read.
    let dnDigest: UInt64
    /// `siakAccessEnd`, needed to decide deletion after the grace period.
    public let accessEnd: String?

    /// The `uid` attribute's (first) value.
    public var uid: String? { uidIsRDN ? Self.plainUIDValue(of: dn) : storedUID }

    /// The value of a leading `uid=` RDN written without escapes ("uid=budi.santoso,ou=…" → "budi.santoso").
    private static func plainUIDValue(of dn: DN) -> String? {
        let text = dn.description.utf8
        guard text.starts(with: "uid=".utf8) else { return nil }
        let value = text.dropFirst(4)
        let end = value.firstIndex(of: UInt8(ascii: ",")) ?? value.endIndex
        let bytes = value[..<end]
        guard !bytes.isEmpty, !bytes.contains(UInt8(ascii: "\\")), !bytes.contains(UInt8(ascii: "+")) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// What a search must ask for.
    public static let readAttributes = OperatorMapping.managedAttributes + ["uid", "siakManagedBy", "pwdAccountLockedTime"]

    public init(dn: DN, uid: String?, managed: Bool, lockedTime: String?, attributes: [String: [String]]) {
        self.init(dn: dn, uid: uid, managed: managed, lockedTime: lockedTime,
                  slots: OperatorMapping.managedAttributes.map { Self.canonical(attributes[$0] ?? []) })
    }

    init(dn: DN, uid: String?, otherUIDs: [String] = [], managed: Bool, lockedTime: String?, slots: [String?]) {
        var digests = SlotDigests()
        for (index, value) in slots.enumerated() { digests[index] = Self.digest(value) }
        self.init(dn: dn, uid: uid, otherUIDs: otherUIDs, managed: managed, lockedTime: lockedTime, digests: digests,
                  nip: slots[OperatorMapping.slot("siakNIP")], nik: slots[OperatorMapping.slot("siakNIK")],
                  accessEnd: slots[OperatorMapping.slot("siakAccessEnd")])
    }

    private init(dn: DN, uid: String?, uidIsRDN: Bool? = nil, otherUIDs: [String], managed: Bool, lockedTime: String?,
                 digests: SlotDigests, nip: String?, nik: String?, accessEnd: String?) {
        self.dn = dn
        self.otherUIDs = otherUIDs
        let fromRDN = uidIsRDN ?? (uid != nil && Self.plainUIDValue(of: dn) == uid)
        self.uidIsRDN = fromRDN
        self.storedUID = fromRDN ? nil : uid
        self.managed = managed
        self.lockedTime = lockedTime
        self.digests = digests
        self.dnDigest = Reconciler.digest(dn)
        self.accessEnd = accessEnd
        if let nip, let parsed = try? NIP(nip) {  // try?: a siakNIP that is not a NIP names nobody; the NIK is tried next, else the entry has no person
            personKey = .nip(parsed)
        } else if let nik, let parsed = try? NIK(nik) {  // try?: a siakNIK that is not a NIK names nobody; the entry then has no person key
            personKey = .nik(parsed)
        } else {
            personKey = nil
        }
    }

    /// Reduces an entry as received; nil if its DN cannot be parsed. Runs on the connection's thread for every
    /// entry of a 50,000-entry read, so it works on libldap's buffers and makes strings only of what it keeps (the
    /// DN, a uid other than the DN's, NIP, NIK, lock, access end): an attribute holding one ASCII value is digested
    /// straight from the buffer, and a uid equal to the DN's leading `uid=` value is not kept twice.
    public init?(raw entry: borrowing RawEntry, known: KnownDNs = KnownDNs()) {
        var parsedDN: DN?, dnBytes = UnsafeRawBufferPointer(start: nil, count: 0)
        var digests = SlotDigests()
        var uid: String?, uidIsRDN = false, otherUIDs: [String] = [], managed = false, locked: String?
        var nip: String?, nik: String?, accessEnd: String?
        entry.decode(dn: { bytes in
            dnBytes = bytes.buffer
            // A DN already held (as a group member) is shared instead of kept twice.
            parsedDN = known.dn(spelled: bytes.buffer) ?? (try? DN(parsing: bytes.buffer))  // try?: a DN that does not parse makes the initialiser return nil (documented above)
        }, attribute: { name, values in
            if name.matches("uid") {
                if let first = values.first {
                    uidIsRDN = Self.isLeadingUIDValue(first.buffer, of: dnBytes)
                    if !uidIsRDN { uid = first.string }
                }
                if values.count > 1 { otherUIDs = values.dropFirst().compactMap(\.string) }
            } else if name.matches("siakManagedBy") {
                managed = values.contains { $0.lowercasedASCII == DirectoryLayout.managedMarker }
            } else if name.matches("pwdAccountLockedTime") {
                locked = values.first?.string
            } else if let index = OperatorMapping.slot(matching: name) {
                let kept = index == OperatorMapping.nipSlot || index == OperatorMapping.nikSlot || index == OperatorMapping.accessEndSlot
                if !kept, values.count == 1, values[0].buffer.allSatisfy({ $0 < 0x80 }) {
                    var hasher = SlotHasher()
                    hasher.add(values[0].buffer)
                    digests[index] = hasher.finish()
                    return
                }
                let canonical = values.count == 1 ? values[0].string : Self.canonical(values.compactMap(\.string))
                digests[index] = Self.digest(canonical)
                switch index {
                case OperatorMapping.nipSlot: nip = canonical
                case OperatorMapping.nikSlot: nik = canonical
                case OperatorMapping.accessEndSlot: accessEnd = canonical
                default: break
                }
            }
        })
        guard let dn = parsedDN else { return nil }
        self.init(dn: dn, uid: uid, uidIsRDN: uidIsRDN ? true : nil, otherUIDs: otherUIDs,
                  managed: managed, lockedTime: locked, digests: digests, nip: nip, nik: nik, accessEnd: accessEnd)
    }

    /// Whether `value` is the value of the DN's leading `uid=` RDN written without escapes (what
    /// ``plainUIDValue(of:)`` reads back), compared byte for byte in the received message.
    private static func isLeadingUIDValue(_ value: UnsafeRawBufferPointer, of dn: UnsafeRawBufferPointer) -> Bool {
        let prefix = 4
        guard !value.isEmpty, dn.count >= prefix + value.count,
              dn[0] == UInt8(ascii: "u"), dn[1] == UInt8(ascii: "i"), dn[2] == UInt8(ascii: "d"), dn[3] == UInt8(ascii: "=")
        else { return false }
        if dn.count > prefix + value.count, dn[prefix + value.count] != UInt8(ascii: ",") { return false }
        for (offset, byte) in value.enumerated() {
            guard byte != UInt8(ascii: "\\"), byte != UInt8(ascii: "+"), byte != UInt8(ascii: ","), dn[prefix + offset] == byte else { return false }
        }
        return true
    }

    /// Reduces a search result; nil if its DN cannot be parsed.
    public init?(_ entry: LDAPEntry) {
        guard let dn = entry.parsedDN else { return nil }
        var slots = [String?](repeating: nil, count: OperatorMapping.managedAttributes.count)
        var uid: String?, otherUIDs: [String] = [], managed = false, locked: String?
        for attribute in entry.attributes {
            let name = attribute.name.lowercased()
            if let index = OperatorMapping.slotByLowercasedName[name] {
                slots[index] = Self.canonical(attribute.values.compactMap(\.string))
            } else if name == "uid" {
                uid = attribute.values.first?.string
                otherUIDs = attribute.values.dropFirst().compactMap(\.string)
            } else if name == "siakmanagedby" {
                managed = attribute.values.contains { $0.string?.lowercased() == DirectoryLayout.managedMarker }
            } else if name == "pwdaccountlockedtime" {
                locked = attribute.values.first?.string
            }
        }
        self.init(dn: dn, uid: uid, otherUIDs: otherUIDs, managed: managed, lockedTime: locked, slots: slots)
    }

    /// Whether the managed attribute at `index` holds exactly the canonical `value`.
    func holds(_ value: String?, at index: Int) -> Bool { digests[index] == Self.digest(value) }

    /// FNV-1a over the UTF-8 bytes; 0 stands for "absent".
    static func digest(_ value: String?) -> UInt64 {
        guard let value else { return 0 }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in value.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash == 0 ? 1 : hash
    }

    /// Locked by an administrator (or by hak-akses on revocation), not by failed binds.
    public var isPermanentlyLocked: Bool { lockedTime == DirectoryLayout.permanentLock }
    /// Locked for now by too many failed binds (ppolicy unlocks it after pwdLockoutDuration).
    public var isTemporarilyLocked: Bool { lockedTime != nil && !isPermanentlyLocked }

    static func canonical(_ values: [String]) -> String? {
        switch values.count {
        case 0: nil
        case 1: values[0]
        default: values.sorted().joined(separator: "\u{1F}")
        }
    }
}
