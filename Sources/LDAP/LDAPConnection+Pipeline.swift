import CLDAP
import Foundation

extension LDAPConnection {
    /// Sends many writes on this one connection with up to `window` of them
    /// outstanding at once, matching results to requests by message id.
    ///
    /// The server works on the next request while the client encodes the one
    /// after, so a large batch costs far fewer round trips than one request at
    /// a time (which is what `ldapadd` does). With `transactionSize` > 1, runs
    /// of that many writes are also committed as one LDAP transaction
    /// (RFC 5805), so the server syncs its database once per run instead of
    /// once per write; a run the server aborts (one write refused) is sent
    /// again write by write, so every write still gets its own result. When
    /// transactions cannot be made safe on this connection (see
    /// ``TransactionSafety``), every write is sent on its own and
    /// ``transactionsUnavailable`` says why.
    ///
    /// - Returns: one result per write, in the order given. A refused write does
    ///   not stop the others. If the connection is lost, every write whose
    ///   result did not arrive is reported with a lost-connection error (it may
    ///   or may not have been applied: re-check before retrying).
    ///   A write slapd refused with `other` because its database is full says so (see
    ///   `explainInternalErrors`).
    /// - Throws: only when the connection is not open at the start.
    public func pipeline(
        _ writes: [LDAPWrite], window: Int = 64, transactionSize: Int = 0,
        progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil
    ) throws(LDAPError) -> [Result<Void, LDAPError>] {
        explainInternalErrors(try batches(writes, window: window, transactionSize: transactionSize, progress: progress), writes)
    }

    private func batches(
        _ writes: [LDAPWrite], window: Int, transactionSize: Int, progress: (@Sendable (_ done: Int, _ total: Int) -> Void)?
    ) throws(LDAPError) -> [Result<Void, LDAPError>] {
        guard transactionSize > 1 else { return try pipelineEach(writes, window: window, offset: 0, total: writes.count, progress: progress) }
        var results: [Result<Void, LDAPError>] = []
        results.reserveCapacity(writes.count)
        var start = 0
        while start < writes.count {
            let chunk = Array(writes[start..<min(start + transactionSize, writes.count)])
            // One write gains nothing from a transaction (one sync either way) and would need the guard.
            let transactable = chunk.count > 1 && !chunk.contains { if case .setPassword = $0 { true } else { false } }
            var done = false
            if transactable && transactionsUsable {
                do {
                    try transaction(chunk, window: window)
                    results.append(contentsOf: chunk.map { _ in .success(()) })
                    progress?(start + chunk.count, writes.count)
                    done = true
                } catch where error.isConnectionLost {
                    let lost = writes[start...].map { Result<Void, LDAPError>.failure(Self.unanswered($0, error)) }
                    return results + lost
                } catch where error.code == .protocolError || error.code == .unavailableCriticalExtension || error.code == .notSupported {
                    transactionsUsable = false
                    transactionsUnavailable = error.description
                } catch {
                    // Aborted as a whole: nothing was applied; find out write by write.
                }
            }
            if !done {
                results.append(contentsOf: try pipelineEach(chunk, window: window, offset: start, total: writes.count, progress: progress))
            }
            start += chunk.count
        }
        return results
    }

    /// Pipelined writes without a transaction, each with its own result.
    private func pipelineEach(
        _ writes: [LDAPWrite], window: Int, offset: Int, total: Int,
        progress: (@Sendable (_ done: Int, _ total: Int) -> Void)?
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
            progress?(offset + done, total)
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
            var timeout = timeval(answerLimit)
            var received: OpaquePointer?
            let tag = ldap_result(ld, LDAP_RES_ANY, 1, &timeout, &received)
            if tag == -1 {
                lost = Self.error(ld, code: nil, operation: "pipelined writes")
                continue
            }
            guard tag != 0, let received else {
                for (msgid, _) in outstanding { ldap_abandon_ext(ld, msgid, nil, nil) }
                lost = LDAPError(code: .timeout, diagnostic: "no answer within \(answerLimit)", operation: "pipelined writes")
                continue
            }
            let message = Message(received)
            guard let index = outstanding.removeValue(forKey: ldap_msgid(message.pointer)) else { continue }
            let result = parseResult(ld, message, operation: writes[index].summary)
            finish(index, result.code == .success ? .success(()) : .failure(result.error))
        }
        return results.map { $0 ?? .failure(LDAPError(code: .localError, diagnostic: "no result recorded", operation: "pipelined writes")) }
    }

    static func unanswered(_ write: LDAPWrite, _ cause: LDAPError) -> LDAPError {
        LDAPError(
            code: cause.code,
            diagnostic: "no result: \(cause.diagnostic ?? cause.code.name); the write may or may not have been applied",
            operation: write.summary)
    }
}
