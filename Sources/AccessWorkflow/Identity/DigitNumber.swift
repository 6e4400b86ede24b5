/// A fixed-width string of ASCII digits (at most 19) kept as one integer: a NIP or NIK is then 8 bytes instead of a
/// heap string, compares and hashes as an integer, and a roster of 50,000 people holds no string per number.
/// Leading zeros are kept by the width.
struct DigitNumber: Sendable, Hashable, Comparable {
    let value: UInt64

    /// A number whose digits were validated before (a snapshot's): `value` must have at most the width's digits.
    init(value: UInt64) { self.value = value }

    /// `digits` must be exactly `width` ASCII digits (checked by the caller's validation); nil otherwise.
    init?(_ digits: String, width: Int) {
        guard width <= 19, digits.utf8.count == width else { return nil }
        var value: UInt64 = 0
        for byte in digits.utf8 {
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            value = value * 10 + UInt64(byte - 0x30)
        }
        self.value = value
    }

    /// The digits, zero-padded to `width`.
    func text(width: Int) -> String {
        String(unsafeUninitializedCapacity: width) { buffer in
            var rest = value
            for index in stride(from: width - 1, through: 0, by: -1) {
                buffer[index] = UInt8(0x30 + rest % 10)
                rest /= 10
            }
            return width
        }
    }

    /// Calls `body` with each digit's ASCII byte, left to right, zero-padded to `width` (no string made).
    func forEachDigitByte(width: Int, _ body: (UInt8) -> Void) {
        var divisor: UInt64 = 1
        for _ in 1..<width { divisor *= 10 }
        while divisor > 0 {
            body(UInt8(0x30 + value / divisor % 10))
            divisor /= 10
        }
    }

    /// The number made of the digits at `range` (positions counted from the left of a `width`-digit text).
    func field(_ range: Range<Int>, width: Int) -> Int {
        var divisor: UInt64 = 1
        for _ in range.upperBound..<width { divisor *= 10 }
        var modulus: UInt64 = 1
        for _ in range { modulus *= 10 }
        return Int(value / divisor % modulus)
    }

    static func < (lhs: DigitNumber, rhs: DigitNumber) -> Bool { lhs.value < rhs.value }
}
