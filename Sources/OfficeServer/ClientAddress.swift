import OfficeService
public import Hummingbird
import HTTPTypes

/// The client's address, for login throttling and the request log: the peer's, unless the peer is a configured
/// reverse proxy (`api.trustedProxies`), whose header (`api.clientAddressHeader`, default `X-Forwarded-For`) names
/// it — its last entry, the one that proxy added. From anyone else the header is ignored, so a client cannot pick
/// the address its failures count under.
public struct ClientAddress: Sendable {
    let trustedProxies: Set<String>
    let header: HTTPField.Name

    public init(trustedProxies: [String], header: String?) {
        self.trustedProxies = Set(trustedProxies.map(Self.plain))
        self.header = header.flatMap { HTTPField.Name($0) } ?? HTTPField.Name("X-Forwarded-For")!
    }

    /// As `office`'s configuration says (`api.trustedProxies`, `api.clientAddressHeader`).
    init(for office: Office) {
        let api = office.settings.raw.api
        self.init(trustedProxies: api?.trustedProxies ?? [], header: api?.clientAddressHeader)
    }

    public func of(_ request: Request, peer: String) -> String {
        let peer = Self.plain(peer)
        guard trustedProxies.contains(peer), let value = request.headers[header] else { return peer }
        let last = value.split(separator: ",").last.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        return last.isEmpty ? peer : Self.plain(last)
    }

    /// An IPv4 address seen through an IPv6 socket (`::ffff:127.0.0.1`) as the IPv4 address.
    static func plain(_ address: String) -> String {
        address.lowercased().hasPrefix("::ffff:") && address.contains(".") ? String(address.dropFirst(7)) : address
    }
}
