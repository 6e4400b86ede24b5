import CLDAP

/// An entry as libldap decoded it, readable only during the call that hands it
/// out (see ``LDAPConnection/collectPagedSearch(_:pageSize:transform:)``): attribute
/// names and values point into the received message, so a caller can build its
/// own compact values without an ``LDAPEntry`` in between.
public struct RawEntry: ~Copyable {
    let ld: OpaquePointer
    let message: OpaquePointer

    /// The entry's DN (nil if libldap cannot read it).
    public var dn: String? {
        guard let text = ldap_get_dn(ld, message) else { return nil }
        defer { ldap_memfree(text) }
        return String(cString: text)
    }

    /// Calls `body` with each attribute's name and its values (bytes valid only during the call).
    public func forEachAttribute(_ body: (_ name: RawBytes, _ values: RawValues) -> Void) {
        decode(dn: { _ in }, attribute: body)
    }

    /// Calls `dn` with the entry's DN as sent, then `attribute` with each attribute's name and values: one pass over
    /// the message, no copies (bytes valid only during the call). Stops early if the message is malformed.
    public func decode(dn: (RawBytes) -> Void, attribute body: (_ name: RawBytes, _ values: RawValues) -> Void) {
        var ber: OpaquePointer?
        var name = berval()
        guard ldap_get_dn_ber(ld, message, &ber, &name) == LDAP_SUCCESS else { return }
        defer { if let ber { ber_free(ber, 0) } }
        dn(RawBytes(name))
        var type = berval()
        var values: UnsafeMutablePointer<berval>?
        while ldap_get_attribute_ber(ld, message, ber, &type, &values) == LDAP_SUCCESS, type.bv_val != nil {
            var count = 0
            if let values {
                while values[count].bv_val != nil { count += 1 }
            }
            body(RawBytes(type), RawValues(UnsafeBufferPointer(start: values, count: count)))
            if let values { ber_memfree(values) }
            values = nil
        }
    }
}

/// The values of one attribute inside a received message, without an array of them (see ``RawEntry``).
public struct RawValues: RandomAccessCollection {
    private let values: UnsafeBufferPointer<berval>

    init(_ values: UnsafeBufferPointer<berval>) { self.values = values }

    public var startIndex: Int { 0 }
    public var endIndex: Int { values.count }
    public subscript(position: Int) -> RawBytes { RawBytes(values[position]) }
}

/// Bytes inside a received message (an attribute name or value).
public struct RawBytes {
    public let buffer: UnsafeRawBufferPointer

    init(_ value: berval) {
        buffer = UnsafeRawBufferPointer(start: value.bv_val, count: Int(value.bv_len))
    }

    /// The bytes as UTF-8 text, or nil if they are not valid UTF-8.
    public var string: String? { String(validating: buffer, as: UTF8.self) }

    /// True when the bytes equal `name` without regard to ASCII case (for attribute names).
    public func matches(_ name: StaticString) -> Bool {
        guard buffer.count == name.utf8CodeUnitCount else { return false }
        let other = UnsafeRawBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
        for (a, b) in zip(buffer, other) where a | 0x20 != b | 0x20 { return false }
        return true
    }

    /// The bytes lower-cased (ASCII) as text.
    public var lowercasedASCII: String {
        String(decoding: buffer.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }
}

extension LDAPConnection {
    /// Every entry of a paged search (as ``pagedSearch(_:pageSize:)`` pages through it) turned into a `T` by
    /// `transform` on the connection's thread as it arrives, straight from libldap's buffers (nil drops an entry).
    /// The values are kept in blocks while they arrive and moved (not copied) into one array of exactly the right
    /// size at the end, so that 50,000 entries never exist twice nor sit in a doubled array's spare room.
    public func collectPagedSearch<T: Sendable>(
        _ request: SearchRequest, pageSize: Int = 500, transform: @Sendable (borrowing RawEntry) -> T?
    ) throws(LDAPError) -> [T] {
        let ld = try requireHandle("paged search below \(request.base)")
        let blocks = Blocks<T>(size: Swift.max(1, Swift.min(pageSize, 4096)))
        var cookie: [UInt8] = []
        repeat {
            cookie = try searchOnePage(request, pageSize: Swift.max(1, pageSize), cookie: cookie) { (message: borrowing Message) in
                if let value = transform(RawEntry(ld: ld, message: message.pointer)) { blocks.append(value) }
            }
        } while !cookie.isEmpty
        return blocks.moveOut()
    }
}

/// Values in fixed-size blocks of raw memory, for gathering an unknown number of them without a growing array;
/// ``moveOut()`` moves them into one array. Blocks still held are released on deinit (an error mid-way).
private final class Blocks<T> {
    private let size: Int
    private var full: [UnsafeMutablePointer<T>] = []
    private var current: UnsafeMutablePointer<T>
    private var used = 0

    init(size: Int) {
        self.size = size
        current = .allocate(capacity: size)
    }

    func append(_ value: T) {
        if used == size {
            full.append(current)
            current = .allocate(capacity: size)
            used = 0
        }
        (current + used).initialize(to: value)
        used += 1
    }

    /// Every value, in order, in one array; the blocks are empty afterwards.
    func moveOut() -> [T] {
        let count = full.count * size + used
        let values = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            guard let base = buffer.baseAddress else { return }
            for block in full {
                (base + initialized).moveInitialize(from: block, count: size)
                initialized += size
                block.deallocate()
            }
            (base + initialized).moveInitialize(from: current, count: used)
            initialized += used
        }
        full = []
        used = 0
        return values
    }

    deinit {
        for block in full {
            block.deinitialize(count: size)
            block.deallocate()
        }
        current.deinitialize(count: used)
        current.deallocate()
    }
}
