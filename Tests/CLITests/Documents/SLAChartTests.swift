import AccessWorkflow
import Foundation
import OfficeService
import Testing

/// The SLA chart as drawn: a bar per step against the standard, red when over, and nothing an SOP file writes
/// reaches the page unescaped.
@Suite("Documents: the SLA chart")
struct SLAChartTests {
    static func step(_ id: String, _ title: String, median: Double, longest: Double, breached: Int) -> SLADocument.StepSummary {
        SLADocument.StepSummary(step: id, title: title, measured: 3, breached: breached, running: 0, medianRatio: median, longestRatio: longest,
                                longestSeconds: longest * 900, longestStandardSeconds: 900)
    }

    @Test("no chart before a step is measured; one group per step, over the standard in red; the scale grows with the longest")
    func bars() throws {
        #expect(SLAChart.svg([], language: .indonesian) == nil)
        let svg = try #require(SLAChart.svg([Self.step("a", "Verifikasi", median: 0.5, longest: 0.8, breached: 0),
                                             Self.step("b", "Persetujuan Kadis", median: 1.2, longest: 3.4, breached: 2)],
                                            language: .indonesian))
        #expect(svg.hasPrefix("<svg") && svg.hasSuffix("</svg>"))
        #expect(svg.components(separatedBy: "<g class=\"step\"").count - 1 == 2)
        #expect(svg.contains("data-step=\"a\" data-over=\"false\"") && svg.contains("data-step=\"b\" data-over=\"true\""))
        #expect(svg.contains("#b71c1c") && svg.contains("340%") && svg.contains("80%"))
        #expect(svg.contains(">standar<") && svg.contains(">3×<") && svg.contains("melewati batas"), "the axis reaches 3.5×: \(svg)")
        let english = try #require(SLAChart.svg([Self.step("a", "Verifikasi", median: 0.5, longest: 0.8, breached: 0)], language: .english))
        #expect(english.contains(">standard<") && english.contains(">2×<") && !english.contains(">3×<"))
    }

    @Test("a step title from the SOP file cannot inject markup")
    func escaped() throws {
        let svg = try #require(SLAChart.svg([Self.step("x\"><script>", "<script>alert(1)</script> & \"kutip\"", median: 1, longest: 1, breached: 0)],
                                            language: .indonesian))
        #expect(!svg.contains("<script>") && svg.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;kutip&quot;"))
        #expect(svg.contains("data-step=\"x&quot;&gt;&lt;script&gt;\""))
    }
}
