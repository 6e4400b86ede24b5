/// Reads what ``SnapshotWriter`` wrote, refusing anything that runs past the end. Strings that repeat (work units,
/// positions, role lists) are shared, so a state of many grants holds each distinct text once.
struct SnapshotReader: ~Copyable {
    private let bytes: UnsafeRawBufferPointer
    private var offset = 0
    private var interned: [String: String] = [:]

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func raw(_ count: Int) throws(SnapshotError) -> UnsafeRawBufferPointer {
        guard count >= 0, count <= bytes.count - offset else { throw .malformed("ends inside a part") }
        defer { offset += count }
        return UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count])
    }

    mutating func uint() throws(SnapshotError) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < bytes.count else { throw .malformed("ends inside a number") }
            let byte = bytes[offset]
            offset += 1
            guard shift < 64 else { throw .malformed("a number is too long") }
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    mutating func int() throws(SnapshotError) -> Int { Int(Int64(bitPattern: try uint())) }

    /// A count of items that must each take at least one byte.
    mutating func count() throws(SnapshotError) -> Int {
        let value = try uint()
        guard value <= UInt64(bytes.count - offset) else { throw .malformed("a count exceeds the data") }
        return Int(value)
    }

    mutating func string() throws(SnapshotError) -> String {
        let length = try count()
        return String(decoding: try raw(length), as: UTF8.self)
    }

    /// A string that is likely to repeat: returned as the first equal string read.
    mutating func sharedString() throws(SnapshotError) -> String {
        let value = try string()
        if let known = interned[value] { return known }
        interned[value] = value
        return value
    }

    mutating func strings() throws(SnapshotError) -> [String] {
        let count = try count()
        var values: [String] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try string()) }
        return values
    }

    mutating func block() throws(SnapshotError) -> UnsafeRawBufferPointer { try raw(try count()) }
}
