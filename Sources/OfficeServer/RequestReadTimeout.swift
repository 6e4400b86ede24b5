import HTTPTypes
import NIOCore
import NIOHTTPTypes

/// Closes a connection that does not deliver a whole request in time: from the moment it connects, or the previous
/// answer was sent, the next request must arrive whole within `seconds` — a slow client trickling a header or a body
/// to hold connections open is cut off — plus, for a body it announces, one second per 256 KiB (a 64 MiB upload
/// over a slow office link still arrives). The clock stops while the server works on a request.
final class RequestReadTimeout: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private let limit: TimeAmount
    /// Bytes per second a body may take beyond `limit`.
    private static let minimumRate: Int64 = 256 * 1024
    private var deadline: Scheduled<Void>?

    init(seconds: Int64) {
        limit = .seconds(max(seconds, 1))
    }

    private func arm(_ context: ChannelHandlerContext, _ amount: TimeAmount) {
        deadline?.cancel()
        let loopBound = NIOLoopBound(context, eventLoop: context.eventLoop)
        deadline = context.eventLoop.scheduleTask(in: amount) { loopBound.value.close(promise: nil) }
    }

    private func disarm() {
        deadline?.cancel()
        deadline = nil
    }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { arm(context, limit) }
    }

    func channelActive(context: ChannelHandlerContext) {
        arm(context, limit)
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            let length = head.headerFields[.contentLength].flatMap { Int64($0) } ?? 0
            arm(context, limit + .seconds(max(0, length) / Self.minimumRate))
        case .end:
            disarm()
        case .body:
            break
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .end = unwrapOutboundIn(data) { arm(context, limit) }
        context.write(data, promise: promise)
    }

    func channelInactive(context: ChannelHandlerContext) {
        disarm()
        context.fireChannelInactive()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        disarm()
    }
}
