import Hummingbird
import HTTPTypes
import OfficeServer
import Testing

/// The client address counts failed logins: a proxy's header only from the configured proxies.
@Suite("Authorization: the client address behind a proxy")
struct ClientAddressTests {
    static func request(_ forwarded: String?) -> Request {
        var fields = HTTPFields()
        if let forwarded { fields[HTTPField.Name("X-Forwarded-For")!] = forwarded }
        let head = HTTPRequest(method: .post, scheme: "http", authority: "kantor", path: "/api/v1/session", headerFields: fields)
        return Request(head: head, body: .init(buffer: .init()))
    }

    @Test("a trusted proxy's last X-Forwarded-For entry names the client; anyone else's header is ignored")
    func trustedOnly() {
        let address = ClientAddress(trustedProxies: ["127.0.0.1"], header: nil)
        #expect(address.of(Self.request("203.0.113.9, 10.0.0.7"), peer: "127.0.0.1") == "10.0.0.7")
        #expect(address.of(Self.request("10.0.0.7"), peer: "192.168.1.50") == "192.168.1.50", "a client cannot pick its address")
        #expect(address.of(Self.request(nil), peer: "127.0.0.1") == "127.0.0.1")
        #expect(ClientAddress(trustedProxies: [], header: nil).of(Self.request("10.0.0.7"), peer: "127.0.0.1") == "127.0.0.1")
    }
}
