import CLDAP

extension String {
    /// Text from a berval (length-delimited, not NUL-terminated); invalid
    /// UTF-8 is repaired rather than dropped.
    init(berval: berval) {
        guard berval.bv_len > 0, let base = berval.bv_val else { self = ""; return }
        let buffer = UnsafeRawBufferPointer(start: base, count: Int(berval.bv_len))
        self = String(decoding: buffer, as: UTF8.self)
    }

    /// Text from a C string that libldap owns, or nil.
    init?(libldap pointer: UnsafePointer<CChar>?) {
        guard let pointer else { return nil }
        self = String(cString: pointer)
    }
}

extension Array where Element == UInt8 {
    /// The exact bytes of a berval.
    init(berval: berval) {
        guard berval.bv_len > 0, let base = berval.bv_val else { self = []; return }
        let buffer = UnsafeRawBufferPointer(start: base, count: Int(berval.bv_len))
        self = Array(buffer)
    }
}

/// Calls `body` with a berval that points at `bytes` for the duration of the call.
func withBerval<R>(_ bytes: [UInt8], _ body: (inout berval) throws -> R) rethrows -> R {
    try bytes.withUnsafeBufferPointer { buffer in
        var value = berval()
        value.bv_len = ber_len_t(buffer.count)
        value.bv_val = UnsafeMutablePointer(mutating: buffer.baseAddress.map {
            UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)
        })
        return try body(&value)
    }
}
