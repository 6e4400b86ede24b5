// hakakses-bench: speed figures against OpenLDAP's own tools on the same slapd,
// in the same run. Build with `swift build -c release --product hakakses-bench`.
import Foundation

let usage = """
usage: hakakses-bench <benchmark> [options]
  add        [--entries N] [--window W] [--batch B] [--rounds R]
             adds N operator entries through the pipelined API (alone and with
             transactions of B) and through ldapadd of the same LDIF; prints
             times and ratios
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
    default:
        print(usage)
        exit(2)
    }
} catch {
    FileHandle.standardError.write(Data("hakakses-bench: \(error)\n".utf8))
    exit(1)
}
