/// Appends the parts of a snapshot to a byte buffer: unsigned LEB128 integers and length-prefixed UTF-8 strings.
struct SnapshotWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func raw(_ values: some Sequence<UInt8>) { bytes.append(contentsOf: values) }

    mutating func uint(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func int(_ value: Int) { uint(UInt64(bitPattern: Int64(value))) }

    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            uint(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func strings(_ values: [String]) {
        uint(UInt64(values.count))
        for value in values { string(value) }
    }

    mutating func block(_ values: [UInt8]) {
        uint(UInt64(values.count))
        bytes.append(contentsOf: values)
    }
}
