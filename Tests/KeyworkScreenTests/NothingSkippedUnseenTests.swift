import KeyworkGuides
import KeyworkSession
import Testing

@testable import KeyworkScreen

/// Enter pages through long text before it goes on, a comparison shown one option at a time is walked
/// option by option, and the session records what was drawn.
@Suite struct NothingSkippedUnseenTests {
    static let small = TerminalSize(columns: 60, rows: 16)

    @Test func pagingFromTheTopShowsEveryLineWhateverIsPinned() {
        for lineCount in 0..<40 {
            for height in 1..<12 {
                for pinned in [nil, 2..<3, 0..<2, 5..<8] as [Range<Int>?] {
                    let stops = Viewport.pageStops(lineCount: lineCount, pinned: pinned, height: height)
                    var seen = Set<Int>()
                    for stop in stops {
                        let viewport = Viewport(lineCount: lineCount, pinned: pinned, height: height, top: stop)
                        #expect(viewport.pinned.count + viewport.lines.count <= height)
                        seen.formUnion(viewport.pinned)
                        seen.formUnion(viewport.lines)
                    }
                    #expect(
                        seen == Set(0..<lineCount),
                        "\(lineCount) lines, \(height) rows, pinned \(String(describing: pinned))")
                    #expect(stops == stops.sorted() && Set(stops).count == stops.count)
                    let last = Viewport(lineCount: lineCount, pinned: pinned, height: height, top: stops.last ?? 0)
                    #expect(!last.hasMoreBelow, "the last stop shows the end")
                }
            }
        }
    }

    @Test func enterPagesDownALongSummaryAndGoesOnOnlyFromItsEnd() {
        var driver = ChoosingOnPurposeTests.driver(at: "review", size: Self.small)
        let stops = SessionScreen.pageStops(driver.session, driver.view)
        #expect(stops.count > 2, "the summary is a few pages long at 60x16")
        for (index, stop) in stops.enumerated().dropFirst() {
            let footer = SessionScreen.render(driver.session, driver.view, size: Self.small, options: .init()).text
            #expect(footer.contains("Enter More"), "page \(index) says Enter shows more")
            driver.press(.enter)
            #expect(driver.screen == "review")
            #expect(driver.view.scroll == stop)
        }
        let end = SessionScreen.render(driver.session, driver.view, size: Self.small, options: .init()).text
        #expect(!end.contains("more below"))
        #expect(
            driver.session.pagesShown["review"]
                == Set((1...stops.count).map { ScreenPage(number: $0, count: stops.count) }),
            "every page is in the record")
        driver.press(.enter)
        #expect(driver.screen == "agree")
    }

    @Test func aComparisonOneOptionAtATimeIsWalkedOptionByOptionBeforeItGoesOn() {
        var driver = ChoosingOnPurposeTests.driver(at: "options", size: Self.small)
        #expect(driver.session.optionsShown["options"] == ["group"])
        var options: [Int] = [driver.view.compareColumn]
        var presses = 0
        while driver.screen == "options" && presses < 20 {
            let frame = SessionScreen.render(driver.session, driver.view, size: Self.small, options: .init()).text
            #expect(frame.contains("Option \(driver.view.compareColumn + 1) of 2"), "the position stays in view")
            if driver.session.optionsShown["options"]?.count == 2 && !frame.contains("more below") {
                #expect(frame.contains("Enter Go on"), "the last one says Enter goes on:\n\(frame)")
            }
            driver.press(.enter)
            presses += 1
            if options.last != driver.view.compareColumn { options.append(driver.view.compareColumn) }
        }
        #expect(options == [0, 1, 0], "Enter showed the second option, then went on")
        #expect(driver.screen == "decide")
        #expect(driver.session.optionsShown["options"] == ["group", "one"])
        #expect(driver.session.pagesShown["options"]?.contains { $0.option == "one" } == true)
    }

    @Test func anOptionNotYetShownComesNextWhereverTheWalkResumes() {
        var driver = KeyDriver(guide: ScreenGuide.wideGuide)
        driver.press(.enter)
        #expect(driver.screen == "narrow")
        // As after a resume: the first and last options were shown before, the middle one never was.
        driver.session.optionsShown["narrow"] = ["methadone", "injection"]
        driver.press(.enter)
        #expect(driver.view.compareColumn == 1, "the one not yet shown comes next")
        #expect(driver.session.optionsShown["narrow"] == ["methadone", "buprenorphine", "injection"])
        driver.press(.enter)
        #expect(driver.session.status == .complete, "every option seen, Enter goes on")
    }

    @Test func sideBySideEveryOptionIsShownAtOnce() {
        let driver = ChoosingOnPurposeTests.driver(at: "options")
        #expect(driver.session.optionsShown["options"] == ["group", "one"])
        #expect(driver.session.pagesShown["options"] == nil, "it fits at 80x24")
    }
}
