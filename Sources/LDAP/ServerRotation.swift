import Synchronization

/// Several servers of one replicated directory (multi-provider), used one at a time: a connection goes to the server
/// that answered last, and to the next one in the list when it does not answer.
///
/// libldap's own URI list only moves on when a TCP connection is refused; a server that is frozen (it accepts
/// connections and never answers) would hold every operation until the operation timeout. Here each server is
/// tried on its own: connected within the network timeout and bound within ``answerTimeout``, so a pass never waits
/// longer than the sum of those timeouts before it has a server that answers. On the connection made, every answer
/// is awaited for ``answerTimeout`` at most too (the operation timeout bounds connections made without a rotation).
/// Each move to another server is a ``Switch``, counted and kept for the report.
public final class ServerRotation: Sendable {
    /// One move from a server that did not answer to the next.
    public struct Switch: Sendable, Hashable, CustomStringConvertible {
        /// The server left.
        public let from: String
        /// Why: the error it gave.
        public let reason: String
        /// How long the server was waited for before it was left (connecting and binding, or the answer it did not
        /// give during work).
        public var waited: Duration = .zero

        public var description: String { "\(from): \(reason)" }
    }

    /// All servers, in the configured order, and how to reach each.
    public let options: LDAPConnectionOptions
    /// How long the bind may take on each server before the next one is tried.
    public let answerTimeout: Duration
    private let state = Mutex(State())

    private struct State {
        var current = 0
        var switches: [Switch] = []
    }

    public init(options: LDAPConnectionOptions, answerTimeout: Duration = .seconds(5)) {
        self.options = options
        self.answerTimeout = answerTimeout
    }

    /// How many servers there are.
    public var serverCount: Int { max(1, options.uris.count) }

    /// The server the next connection tries first.
    public var currentURI: String? {
        let index = state.withLock { $0.current }
        return options.uris.indices.contains(index) ? options.uris[index] : nil
    }

    /// Every move to another server so far.
    public var switches: [Switch] { state.withLock { $0.switches } }

    /// Opens and binds a connection: on the current server, else on each next one in turn. A server is left when it
    /// cannot be reached or does not answer in time, or is busy, unavailable or unwilling; the last error is thrown
    /// when no server answers. Any other error (wrong credentials, say) is thrown at once: the next server would say
    /// the same.
    public func connect(credentials: LDAPCredentials?) async throws(LDAPError) -> LDAPConnection {
        let uris = options.uris
        guard uris.count > 1 else { return try await LDAPConnection.connect(options, credentials: credentials) }
        let start = state.withLock { $0.current }
        var lastError: LDAPError?
        for step in 0..<uris.count {
            let index = (start + step) % uris.count
            var single = options
            single.uris = [uris[index]]
            let tried = ContinuousClock.now
            let connection = LDAPConnection(options: single)
            await connection.limitAnswers(to: min(answerTimeout, options.operationTimeout))
            do {
                try await connection.open()
                if let credentials { try await connection.bind(credentials) }
                // The limit stays for the work on this connection: a server that freezes in the middle of a pass is
                // left after one answer timeout too (each wait for the next answer of a pipeline or a transaction
                // is one), not after the operation timeout (measured by `hakakses-bench national`: passes held for
                // up to 26 s by a provider frozen under them, with a 2 s answer timeout).
                state.withLock { $0.current = index }
                return connection
            } catch {
                await connection.close()
                guard error.code.suggestsAnotherServer else { throw error }
                lastError = error
                let waited = ContinuousClock.now - tried
                state.withLock { $0.switches.append(Switch(from: uris[index], reason: error.description, waited: waited)) }
            }
        }
        throw lastError ?? LDAPError(code: .connectError, diagnostic: "no server to try", operation: "connect")
    }

    /// Records that the current server (the one the last connection went to) stopped answering during work
    /// (`error`), or could not be reached at all: the next connection starts with the server after it. Nothing
    /// changes for an error that another server would give too.
    public func currentFailed(_ error: LDAPError) {
        guard options.uris.count > 1, error.code.suggestsAnotherServer else { return }
        state.withLock { state in
            let uri = options.uris[state.current]
            state.current = (state.current + 1) % options.uris.count
            // A timeout is the answer timeout waited; a lost or refused connection is noticed at once.
            let waited = error.code == .timeout ? min(answerTimeout, options.operationTimeout) : .zero
            state.switches.append(Switch(from: uri, reason: error.description, waited: waited))
        }
    }
}
