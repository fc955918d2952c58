import KeyworkGuides
import KeyworkTestSupport
import Testing

@testable import KeyworkRecord

/// `GuideDate(iso8601:)` reads the usual `YYYY-MM-DD…` by its bytes; whatever the text, it must give exactly what the
/// general reading of its first ten characters gives.
@Suite struct GuideDateISO8601Tests {
    /// Each part of a time, with forms chosen for the edges: range limits, leap years, and what the general reading
    /// treats otherwise (signs, other digits, marks that join the character before them, line ends).
    static let years = ["2026", "0000", "9999", "2024", "2023", "1900", "2000", "+202", "202", "20266", "٢٠٢٦", "２０２６"]
    static let separators = ["-", "-", "-", "/", "", "--"]
    static let months = ["01", "02", "04", "12", "13", "00", "1", "٠٢", "+1", "99"]
    static let days = ["01", "28", "29", "30", "31", "32", "00", "1", "2\u{301}", "٣١"]
    static let tails = ["", "T10:00:00.000Z", "\u{301}T1", "\u{200D}", "\r\n", "\n", " ", "Z", "7", "é"]

    @Test func theQuickReadingAgreesWithTheGeneralOne() {
        var texts = ["2026-11-27T02:46:30.123Z", "", "2026", "2026-11-27", "2026-11-2"]
        for index in 0..<20_000 {
            var random = SeededRandom.forCase(index, seed: 20_261_207)
            texts.append(
                [Self.years, Self.separators, Self.months, Self.separators, Self.days, Self.tails]
                    .map { $0.randomElement(using: &random) ?? "" }.joined())
        }
        for text in texts {
            #expect(GuideDate(iso8601: text) == GuideDate(String(text.prefix(10))), "\(text.debugDescription)")
        }
        #expect(GuideDate(iso8601: "2024-02-29T00:00:00Z") == GuideDate(year: 2024, month: 2, day: 29))
        #expect(GuideDate(iso8601: "2023-02-29T00:00:00Z") == nil)
    }
}
