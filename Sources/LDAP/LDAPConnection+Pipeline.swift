import CLDAP
import Foundation

extension LDAPConnection {
    /// Sends many writes on this one connection with up to `window` of them
    /// outstanding at once, matching results to requests by message id.
    ///
    /// The server works on the next request while the client encodes the one
    /// after, so a large batch costs far fewer round trips than one request at
    /// a time (which is what `ldapadd` does).
    ///
    /// - Returns: one result per write, in the order given. A refused write does
    ///   not stop the others. If the connection is lost, every write whose
    ///   result did not arrive is reported with a lost-connection error (it may
    ///   or may not have been applied: re-check before retrying).
    /// - Throws: only when the connection is not open at the start.
    public func pipeline(
        _ writes: [LDAPWrite], window: Int = 64,
        progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil
    ) throws(LDAPError) -> [Result<Void, LDAPError>] {
        let ld = try requireHandle("pipelined writes")
        let window = max(1, window)
        var results = [Result<Void, LDAPError>?](repeating: nil, count: writes.count)
        var outstanding: [Int32: Int] = [:]
        outstanding.reserveCapacity(window)
        var nextToSend = 0
        var done = 0
        var lost: LDAPError?

        func finish(_ index: Int, _ result: Result<Void, LDAPError>) {
            results[index] = result
            done += 1
            progress?(done, writes.count)
        }

        while done < writes.count {
            while lost == nil, outstanding.count < window, nextToSend < writes.count {
                let index = nextToSend
                nextToSend += 1
                do {
                    outstanding[try send(writes[index], ld)] = index
                } catch {
                    finish(index, .failure(error))
                    if error.isConnectionLost { lost = error }
                }
            }
            if let lost {
                // Nothing more will arrive: report the unanswered and the unsent.
                for (_, index) in outstanding { finish(index, .failure(Self.unanswered(writes[index], lost))) }
                outstanding.removeAll()
                while nextToSend < writes.count {
                    finish(nextToSend, .failure(Self.unanswered(writes[nextToSend], lost)))
                    nextToSend += 1
                }
                break
            }
            guard !outstanding.isEmpty else { continue }
            var timeout = timeval(options.operationTimeout)
            var received: OpaquePointer?
            let tag = ldap_result(ld, LDAP_RES_ANY, 1, &timeout, &received)
            if tag == -1 {
                lost = Self.error(ld, code: nil, operation: "pipelined writes")
                continue
            }
            guard tag != 0, let received else {
                for (msgid, _) in outstanding { ldap_abandon_ext(ld, msgid, nil, nil) }
                lost = LDAPError(code: .timeout, diagnostic: "no answer within \(options.operationTimeout)", operation: "pipelined writes")
                continue
            }
            let message = Message(received)
            guard let index = outstanding.removeValue(forKey: ldap_msgid(message.pointer)) else { continue }
            let result = parseResult(ld, message, operation: writes[index].summary)
            finish(index, result.code == .success ? .success(()) : .failure(result.error))
        }
        return results.map { $0 ?? .failure(LDAPError(code: .localError, diagnostic: "no result recorded", operation: "pipelined writes")) }
    }

    private static func unanswered(_ write: LDAPWrite, _ cause: LDAPError) -> LDAPError {
        LDAPError(
            code: cause.code,
            diagnostic: "no result: \(cause.diagnostic ?? cause.code.name); the write may or may not have been applied",
            operation: write.summary)
    }
}
