/// A 64-bit digest per managed attribute (``OperatorMapping/managedAttributes`` order), stored inline: 50,000
/// entries hold no array each. 0 stands for "absent".
struct SlotDigests: Sendable, Hashable {
    static let count = 10
    private var values: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) =
        (0, 0, 0, 0, 0, 0, 0, 0, 0, 0)

    init() {}

    subscript(index: Int) -> UInt64 {
        get {
            precondition(index >= 0 && index < Self.count, "slot \(index) out of range")
            return withUnsafeBytes(of: values) { $0.load(fromByteOffset: index * 8, as: UInt64.self) }
        }
        set {
            precondition(index >= 0 && index < Self.count, "slot \(index) out of range")
            withUnsafeMutableBytes(of: &values) { $0.storeBytes(of: newValue, toByteOffset: index * 8, as: UInt64.self) }
        }
    }

    static func == (lhs: SlotDigests, rhs: SlotDigests) -> Bool {
        (0..<count).allSatisfy { lhs[$0] == rhs[$0] }
    }

    func hash(into hasher: inout Hasher) {
        for index in 0..<Self.count { hasher.combine(self[index]) }
    }
}

/// FNV-1a over UTF-8 bytes, fed in pieces: the digest of a value that would be built by joining strings, without
/// building it. ``DirectoryOperator/digest(_:)`` of the joined string gives the same number.
struct SlotHasher {
    private var hash: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(UnsafeRawBufferPointer($0)) }
    }

    mutating func add(_ text: Substring) {
        if text.utf8.withContiguousStorageIfAvailable({ add(UnsafeRawBufferPointer($0)) }) == nil {
            for byte in text.utf8 { add(byte) }
        }
    }

    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        for byte in bytes { add(byte) }
    }

    mutating func add(_ byte: UInt8) {
        hash ^= UInt64(byte)
        hash = hash &* 0x0000_0100_0000_01B3
    }

    /// The digest; a value that hashed to 0 is reported as 1 (0 means absent). `present` is false for an absent value.
    func finish(present: Bool = true) -> UInt64 {
        guard present else { return 0 }
        return hash == 0 ? 1 : hash
    }
}
