import ArgumentParser
import OfficeService

/// `--deviation KIND=NOTE` on approve, decree issue and handover: a departure from the SOP's standard recorded with the step.
struct DeviationOptions: ParsableArguments {
    @Option(name: .customLong("deviation"), help: ArgumentHelp(
        """
        Record a departure from the SOP's standard with the step (counted as a \
        failure in the SLA report): equipment=NOTE (perlengkapan) or output=NOTE.
        """,
        id: """
        Catat penyimpangan dari standar SOP bersama tahap ini (dihitung sebagai \
        kegagalan dalam laporan SLA): equipment=NOTE (perlengkapan) atau output=NOTE.
        """,
        valueName: "kind=note"))
    var deviations: [String] = []

    /// The deviations as given; one without "=" is refused naming the kinds.
    func inputs() throws(OfficeError) -> [DeviationInput] {
        var inputs: [DeviationInput] = []
        for item in deviations {
            guard let equals = item.firstIndex(of: "=") else { throw .badInput(.deviationKindUnknown(item)) }
            inputs.append(DeviationInput(kind: String(item[..<equals]), note: String(item[item.index(after: equals)...])))
        }
        return inputs
    }
}
