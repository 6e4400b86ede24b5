public import AccessWorkflow
import Foundation

/// The time standards at a glance: one bar per SOP step for the longest time it took against its standard (green
/// within, red over), a tick for the median, and a dashed line at the standard. Plain SVG made on the server — no
/// script, no external file — for the SLA page and the printed `laporan-sla`.
public enum SLAChart {
    /// The chart's SVG, or nil when no step was measured yet.
    public static func svg(_ steps: [SLADocument.StepSummary], language: Language) -> String? {
        guard !steps.isEmpty else { return nil }
        let width = 760.0, barLeft = 310.0, barWidth = 380.0, rowHeight = 46.0, top = 28.0
        let largest = steps.map(\.longestRatio).max() ?? 1
        let scale = max(2, min(4, (largest * 2).rounded(.up) / 2))
        func x(_ ratio: Double) -> Double { barLeft + barWidth * min(ratio, scale) / scale }
        let height = top + rowHeight * Double(steps.count) + 40
        let texts = Texts(language)
        var body: [String] = []
        // The axis: 0, the standard (dashed), then each whole multiple.
        var tick = 0.0
        while tick <= scale + 0.001 {
            let label = tick == 0 ? "0" : tick == 1 ? texts.standard : "\(format(tick))×"
            var line = [("x1", n(x(tick))), ("y1", n(top - 6)), ("x2", n(x(tick))), ("y2", n(height - 34)),
                        ("stroke", tick == 1 ? "#333" : "#ccc"), ("stroke-width", "1")]
            if tick == 1 { line.append(("stroke-dasharray", "5 3")) }
            body.append(element("line", line))
            body.append(element("text", [("x", n(x(tick))), ("y", n(top - 10)), ("font-size", "11"), ("text-anchor", "middle"),
                                         ("fill", "#333")], text: label))
            tick += 1
        }
        for (index, step) in steps.enumerated() {
            let y = top + rowHeight * Double(index)
            let over = step.longestRatio > 1
            let colour = over ? "#b71c1c" : "#2e7d32"
            let title = step.title.count > 44 ? String(step.title.prefix(43)) + "…" : step.title
            let percent = "\(Int((step.longestRatio * 100).rounded()))%" + (step.longestRatio > scale ? " »" : "")
            body.append("<g class=\"step\" data-step=\"\(escape(step.step))\" data-over=\"\(over)\">" + [
                element("title", [], text: texts.tooltip(step)),
                element("text", [("x", "0"), ("y", n(y + 14)), ("font-size", "12"), ("fill", "#111")], text: title),
                // Under the bar, where the line has the bar area's width (beside the title it ran into the bars).
                element("text", [("x", n(barLeft)), ("y", n(y + 36)), ("font-size", "10.5"), ("fill", "#555")], text: texts.counts(step)),
                element("rect", [("x", n(barLeft)), ("y", n(y + 6)), ("width", n(max(1, x(step.longestRatio) - barLeft))), ("height", "16"),
                                 ("fill", colour)]),
                element("line", [("x1", n(x(step.medianRatio))), ("y1", n(y + 2)), ("x2", n(x(step.medianRatio))), ("y2", n(y + 26)),
                                 ("stroke", "#000"), ("stroke-width", "2")]),
                element("text", [("x", n(min(x(step.longestRatio), barLeft + barWidth) + 6)), ("y", n(y + 19)), ("font-size", "11"),
                                 ("fill", colour), ("font-weight", "bold")], text: percent),
            ].joined() + "</g>")
        }
        let legend = height - 14
        func key(_ offset: Double, _ colour: String, _ label: String) -> String {
            element("rect", [("x", n(barLeft + offset)), ("y", n(legend - 9)), ("width", "12"), ("height", "10"), ("fill", colour)])
                + element("text", [("x", n(barLeft + offset + 16)), ("y", n(legend)), ("font-size", "10.5"), ("fill", "#333")], text: label)
        }
        body.append(key(0, "#2e7d32", texts.within))
        body.append(key(120, "#b71c1c", texts.over))
        body.append(element("line", [("x1", n(barLeft + 250)), ("y1", n(legend - 10)), ("x2", n(barLeft + 250)), ("y2", n(legend + 1)),
                                     ("stroke", "#000"), ("stroke-width", "2")]))
        body.append(element("text", [("x", n(barLeft + 256)), ("y", n(legend)), ("font-size", "10.5"), ("fill", "#333")], text: texts.median))
        let svg = [("xmlns", "http://www.w3.org/2000/svg"), ("class", "sla-chart"), ("role", "img"), ("aria-labelledby", "sla-chart-title"),
                   ("viewBox", "0 0 \(n(width)) \(n(height))"), ("width", "100%"), ("style", "max-width:\(n(width))px"),
                   ("font-family", "sans-serif")]
        return "<svg" + attributes(svg) + ">" + element("title", [("id", "sla-chart-title")], text: texts.heading) + body.joined() + "</svg>"
    }

    /// `<name a="v" …/>`, or with `text` `<name …>text</name>`; every value and the text escaped.
    private static func element(_ name: String, _ pairs: [(String, String)], text: String? = nil) -> String {
        guard let text else { return "<\(name)" + attributes(pairs) + "/>" }
        return "<\(name)" + attributes(pairs) + ">" + escape(text) + "</\(name)>"
    }

    private static func attributes(_ pairs: [(String, String)]) -> String {
        pairs.map { " \($0.0)=\"\(escape($0.1))\"" }.joined()
    }

    /// The chart's words in the page's language.
    private struct Texts {
        let language: Language
        init(_ language: Language) { self.language = language }
        private func say(_ id: String, _ en: String) -> String { Phrase(id: id, en: en).text(in: language) }
        var heading: String { say("Waktu terpakai per tahap terhadap standar waktu SOP (terlama; garis hitam: median)", "Time used per step against the SOP's standard (longest; black tick: median)") }
        var standard: String { say("standar", "standard") }
        var within: String { say("dalam standar", "within standard") }
        var over: String { say("melewati standar", "over standard") }
        var median: String { say("median", "median") }
        func counts(_ s: SLADocument.StepSummary) -> String {
            let longest = Catalogue.words.duration(seconds: s.longestSeconds).text(in: language)
            let standard = Catalogue.words.duration(seconds: Double(s.longestStandardSeconds)).text(in: language)
            let running = s.running > 0 ? say(" · \(s.running) berjalan", " · \(s.running) running") : ""
            return say("\(s.measured) diukur · \(s.breached) melewati batas\(running) · terlama \(longest) dari \(standard)",
                       "\(s.measured) measured · \(s.breached) over\(running) · longest \(longest) of \(standard)")
        }
        func tooltip(_ s: SLADocument.StepSummary) -> String {
            "\(s.title) (\(s.step)): " + counts(s) + say("; median \(Int((s.medianRatio * 100).rounded()))% dari standar", "; median \(Int((s.medianRatio * 100).rounded()))% of the standard")
        }
    }

    private static func n(_ value: Double) -> String { String(format: "%.1f", value) }
    private static func format(_ value: Double) -> String { value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value) }

    static func escape(_ text: String) -> String { MarkupText.escape(text) }
}
