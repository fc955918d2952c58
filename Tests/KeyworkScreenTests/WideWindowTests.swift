import KeyworkGuides
import KeyworkSession
import Testing

@testable import KeyworkScreen

/// On a wide window the words stay at a readable measure, about 76 columns, centred; a comparison
/// still uses the whole width for its columns side by side.
@Suite struct WideWindowTests {
    static let wide = TerminalSize(columns: 200, rows: 40)

    static func rows(at screenID: String) -> [String] {
        var driver = KeyDriver()
        let index = ScreenGuide.guide.screens.firstIndex { $0.id == screenID } ?? 0
        driver.session.path = ScreenGuide.guide.screens.prefix(index + 1).map(\.id)
        driver.view = ViewState(for: driver.session, terminalSize: Self.wide)
        let frame = SessionScreen.render(driver.session, driver.view, size: Self.wide, options: RenderOptions())
        let lines = frame.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // The body: between the title line and the footer.
        return Array(lines.dropFirst().dropLast())
    }

    /// The first and one past the last column with text on a row, nil when it is blank.
    static func span(_ row: String) -> Range<Int>? {
        let characters = Array(row)
        guard let first = characters.firstIndex(where: { $0 != " " }),
            let last = characters.lastIndex(where: { $0 != " " })
        else { return nil }
        return first..<(last + 1)
    }

    @Test func paragraphsStayWithinAbout76ColumnsInTheMiddleOfAWideWindow() {
        let left = (Self.wide.columns - PageChrome.maximumBodyWidth) / 2
        for screen in ["decide", "review", "agree"] {
            let spans = Self.rows(at: screen).compactMap(Self.span)
            #expect(!spans.isEmpty)
            for span in spans {
                #expect(span.lowerBound >= left, "\(screen): a line starts at column \(span.lowerBound)")
                #expect(span.upperBound <= left + 76, "\(screen): a line ends at column \(span.upperBound)")
            }
        }
    }

    @Test func aComparisonStillUsesTheWholeWidth() {
        let widest = Self.rows(at: "options").compactMap(Self.span).map(\.count).max() ?? 0
        #expect(widest > 76, "the options stand side by side across the window")
    }
}
