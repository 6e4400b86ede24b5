// hakakses-bench: speed figures against OpenLDAP's own tools on the same slapd,
// in the same run. Build with `swift build -c release --product hakakses-bench`.
import Foundation

let usage = """
usage: hakakses-bench <benchmark> [options]
  add        [--entries N] [--window W] [--batch B] [--rounds R]
             adds N operator entries through the pipelined API (alone, with
             guarded transactions of B, with the unguarded ones of before
             issue 9) and through ldapadd of the same LDIF; prints times and
             ratios
  provision  [--operators N] [--batch B] [--window W] [--safety guarded|unguarded]
             provisions N operators from one SK with the bridge, against
             ldapadd + ldapmodify of the equivalent LDIF (unguarded: the
             transaction behaviour before issue 9, which crashes slapd 2.5)
  reconcile  [--entries N] [--history H] [--keep 1]
             reconciles N entries against an N-line roster with 1% drift
             (log: the SK, its provisioning and H records of history),
             against a paged ldapsearch; prints times, ratio, peak memory
  approve-api [--entries N] [--approvals M] [--history H] [--authority-cache S] [--replica 1]
             M approvals through the office server's HTTP API on the log of
             an SK of N provisioned grants and H records of history, each
             official's roles re-read from the directory (reused S s, 10 by
             default; 0: every call); prints p50, p90, p99; with --replica 1
             a replica follows the server meanwhile: its lag per record
  login      [--attempts A]
             A wrong passwords for one official at once through the office
             server; counts those that reached slapd (≤ pwdMaxFailure − 2)
             and checks that the right password still binds
  backup     [--records N] [--files F] [--file-kib K] [--rounds R]
             `hakakses backup` (online copy, verification, audit record) of
             a log of N records and F archived files against sqlite3 .backup
             + cp -a of the archive; prints medians and the ratio (≤ 2×)
  national   [--providers 2] [--consumers 2] [--offices 50] [--operators 200] [--timeout 2]
             [--freeze 8] [--seed 21] [--stagger-ms 100] [--bind-operators 500] [--clients 8]
             the national directory: K offices (own database, bridge and subtree)
             provisioning concurrently over N providers while one is frozen, one
             killed and a consumer restarted; convergence, longest passes,
             consumer lag p50/p99, logins/s consumer vs provider; checks identical
             servers, equal contextCSN, no cross-office write, no duplicate username
  bind       [--operators N] [--clients C] [--seconds S] [--argon2 "t=1 m=64 p=1"]
             C concurrent SIAK-server clients (bind as an operator, read its
             memberOf) against the shipped configuration and a bare slapd of
             the same data; prints logins/s and the ratio
"""

let arguments = Array(CommandLine.arguments.dropFirst())
guard let name = arguments.first else {
    print(usage)
    exit(2)
}
let options = BenchOptions(Array(arguments.dropFirst()))
do {
    switch name {
    case "add": try await AddBenchmark(options: options).run()
    case "provision": try await ProvisionBenchmark(options: options).run()
    case "reconcile": try await ReconcileBenchmark(options: options).run()
    case "approve-api": try await ApproveBenchmark(options: options).run()
    case "bind": try await BindBenchmark(options: options).run()
    case "login": try await LoginBenchmark(options: options).run()
    case "backup": try await BackupBenchmark(options: options).run()
    case "national": try await NationalBenchmark(options: options).run()
    case "store-probe": try await StoreProbe(options: options).run()
    case "read-probe": try await ReadProbe(options: options).run()
    default:
        print(usage)
        exit(2)
    }
} catch {
    FileHandle.standardError.write(Data("hakakses-bench: \(error)\n".utf8))
    exit(1)
}
