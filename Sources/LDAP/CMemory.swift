import CLDAP
import Foundation

/// C structures built from Swift values for one libldap call, freed when
/// this object goes away. libldap encodes requests before `ldap_*_ext`
/// returns, so the memory only has to live for the duration of that call.
final class CArguments {
    private var blocks: [UnsafeMutableRawPointer] = []

    deinit { for block in blocks { free(block) } }

    /// A NUL-terminated copy of `string`.
    func cString(_ string: String) -> UnsafeMutablePointer<CChar> {
        let copy = strdup(string)!  // strdup fails only when memory is exhausted.
        blocks.append(UnsafeMutableRawPointer(copy))
        return copy
    }

    /// A NULL-terminated `char **` (nil for an empty list, meaning "all").
    func cStringArray(_ strings: [String]) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
        guard !strings.isEmpty else { return nil }
        let array = allocate(UnsafeMutablePointer<CChar>?.self, count: strings.count + 1)
        for (i, s) in strings.enumerated() { array[i] = cString(s) }
        array[strings.count] = nil
        return array
    }

    /// A berval holding a copy of `bytes`.
    func berval(_ bytes: [UInt8]) -> UnsafeMutablePointer<CLDAP.berval> {
        let value = allocate(CLDAP.berval.self, count: 1)
        let data = allocate(CChar.self, count: max(bytes.count, 1))
        bytes.withUnsafeBytes { raw in
            if let base = raw.baseAddress { memcpy(data, base, bytes.count) }
        }
        value.pointee = CLDAP.berval(bv_len: ber_len_t(bytes.count), bv_val: data)
        return value
    }

    /// A NULL-terminated `LDAPMod **` with binary values.
    func modifications(_ mods: [(op: Int32, type: String, values: [LDAPValue])]) -> UnsafeMutablePointer<UnsafeMutablePointer<LDAPMod>?> {
        let array = allocate(UnsafeMutablePointer<LDAPMod>?.self, count: mods.count + 1)
        for (i, mod) in mods.enumerated() {
            let entry = allocate(LDAPMod.self, count: 1)
            entry.pointee = LDAPMod()
            entry.pointee.mod_op = mod.op | Int32(LDAP_MOD_BVALUES)
            entry.pointee.mod_type = cString(mod.type)
            if mod.values.isEmpty {
                entry.pointee.mod_vals.modv_bvals = nil
            } else {
                let values = allocate(UnsafeMutablePointer<CLDAP.berval>?.self, count: mod.values.count + 1)
                for (j, value) in mod.values.enumerated() { values[j] = berval(value.bytes) }
                values[mod.values.count] = nil
                entry.pointee.mod_vals.modv_bvals = values
            }
            array[i] = entry
        }
        array[mods.count] = nil
        return array
    }

    private func allocate<T>(_ type: T.Type, count: Int) -> UnsafeMutablePointer<T> {
        let raw = malloc(MemoryLayout<T>.stride * count)!  // fails only when memory is exhausted.
        blocks.append(raw)
        return raw.bindMemory(to: T.self, capacity: count)
    }
}

/// A result message from `ldap_result`, freed with `ldap_msgfree`.
struct Message: ~Copyable {
    let pointer: OpaquePointer
    init(_ pointer: OpaquePointer) { self.pointer = pointer }
    deinit { ldap_msgfree(pointer) }
}

/// A control created by libldap, freed with `ldap_control_free`.
struct OwnedControl: ~Copyable {
    let pointer: UnsafeMutablePointer<LDAPControl>
    deinit { ldap_control_free(pointer) }
}

/// Message tags (RFC 4511 §4.2-4.12) as `ldap_result` returns them.
enum ResultTag {
    static let bind: ber_tag_t = 0x61
    static let searchEntry: ber_tag_t = 0x64
    static let searchResult: ber_tag_t = 0x65
    static let searchReference: ber_tag_t = 0x73
    static let extended: ber_tag_t = 0x78
}

extension timeval {
    init(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        self.init(tv_sec: Int(seconds), tv_usec: Int(attoseconds / 1_000_000_000_000))
    }
}
