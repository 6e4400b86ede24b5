/// How ``LDAPConnection/transaction(_:window:)`` keeps OpenLDAP's slapd from crashing.
///
/// slapd 2.5 (Debian 12's 2.5.13 at least) frees the operations of an open transaction when the connection closes
/// (`connection_abandon`) and when the transaction ends (`txn_end_extop`), without waiting for the worker threads
/// that still use them: a write's "queued" answer is sent *before* its worker thread is done with it, and the end
/// request executes the queued writes with the connection lock released. So slapd dies with SIGSEGV (in `do_add`,
/// in `mdb_add` called from `txn_end_extop`, or in `free`) when
/// - the client's connection closes while a write of an open transaction is still being processed,
/// - the connection closes while slapd executes the end request (commit or abort), or
/// - the end request arrives while a write's worker thread is still finishing, even with no failure at all.
///
/// See BENCHMARKS.md ("slapd 2.5 and LDAP transactions") for the reproducer and its figures.
public enum TransactionSafety: Sendable, Hashable {
    /// Safe against all three: every queued answer is read before the end request, which is sent only once slapd
    /// reports (in `cn=Monitor`) that nothing but that very check runs on this connection; and a small keeper
    /// process holds a copy of the socket from the start of a transaction until its end is answered, so the
    /// connection stays open after this process dies (SIGKILL, out of memory) until slapd has finished with it.
    /// When `cn=Monitor` does not show this connection or the keeper cannot be started, transactions are refused
    /// (`notSupported`) and ``LDAPConnection/pipeline(_:window:transactionSize:progress:)`` writes one by one.
    case guarded
    /// The client behaviour before issue 9: the end request follows the last queued answer at once, an abort is
    /// sent while writes are still outstanding, and nothing holds the socket when the process dies. It crashes
    /// slapd 2.5; kept only so that the reproducer can show it. Never use it against a server that matters.
    case unguarded
}
