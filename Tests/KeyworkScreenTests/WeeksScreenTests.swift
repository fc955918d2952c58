import KeyworkGuides
import KeyworkSession
import Testing

@testable import KeyworkScreen

/// The weeks and progress screens: typing days into the grid, "not answered", the charts, and their golden files.
@Suite struct WeeksScreenTests {
    static let weeks = WeeksScreen(
        text: "For each one, on how many days in each week?",
        rows: [
            .init(id: "alcohol", label: "Alcohol", amount: "units on a using day"),
            .init(id: "crack", label: "Crack"),
            .init(id: "cannabis", label: "Cannabis"),
        ])

    static let guide = Guide(
        id: "review", title: "Review", version: "1",
        screens: [
            ScreenGuide.screen("use", "Using in the last four weeks", .weeks(weeks)),
            ScreenGuide.screen(
                "psych", "Your mind",
                .scale(
                    ScaleScreen(prompt: "How has your mind been?", min: 0, max: 20, minLabel: "Poor", maxLabel: "Good"))
            ),
            ScreenGuide.screen(
                "progress", "How things have changed",
                .progress(
                    ProgressScreen(
                        text: "Your answers each time, oldest first.",
                        show: [
                            .init(screen: "use", row: "alcohol"), .init(screen: "use", row: "crack"),
                            .init(screen: "psych"),
                        ]))),
            ScreenGuide.screen("end", "Thank you", .info(InfoScreen(body: "That is all."))),
        ],
        origin: "test")

    static let earlier = EarlierResults(
        sessions: [
            .init(
                sessionID: "20260105-100000-aaaa", date: "2026-01-05",
                answers: [
                    "use": .weeks(
                        WeeksAnswer(rows: [
                            .init(id: "alcohol", days: [7, 7, 6, 6], amount: "12"),
                            .init(id: "crack", days: [2, 1, 0, 0]),
                            .notAnswered("cannabis"),
                        ])),
                    "psych": .scale(6),
                ]),
            .init(
                sessionID: "20260601-100000-bbbb", date: "2026-06-01",
                answers: [
                    "use": .weeks(
                        WeeksAnswer(rows: [
                            .init(id: "alcohol", days: [4, 3, 3, 2], amount: "8"), .notAnswered("crack"),
                            .notAnswered("cannabis"),
                        ])),
                    "psych": .scale(11),
                ]),
        ],
        leftOut: [.init(sessionID: "20260301-100000-cccc", date: "2026-03-01")])

    @Test func daysAreTypedCellByCellAndTheTotalIsShown() {
        var driver = KeyDriver(guide: Self.guide)
        driver.type("3")
        driver.press(.tab)
        driver.type("9")
        #expect(driver.view.notice == "A week has 7 days. Type a number from 0 to 7.")
        driver.type("2")
        driver.press(.right)
        driver.type("0")
        driver.press(.tab)
        driver.type("7")
        driver.press(.tab)
        driver.type("1.5")
        let frame = SessionScreen.render(
            driver.session, driver.view, size: TerminalSize(columns: 80, rows: 24), options: RenderOptions())
        #expect(frame.text.contains("= 12"))
        #expect(frame.text.contains("1.5"))
        driver.press(.down)
        driver.type("1")
        driver.press(.enter)
        #expect(
            driver.view.notice
                == "Fill in all four weeks for Crack, or leave the whole row empty if it is not answered.")
        #expect(driver.screen == "use")
        #expect(driver.view.form.active == 5, "the focus goes to the first empty week of that row")
        driver.press(.tab, .tab, .tab)
        driver.press(.backspace)
        driver.press(.enter)
        #expect(driver.view.notice == "Crack is left empty, as not answered. Next: Cannabis.")
        #expect(driver.screen == "use", "Enter on an empty row that is not the last goes to the next row")
        driver.press(.enter)
        #expect(
            driver.view.notice
                == "2 rows not answered. Send anyway? Press Enter again to send, or fill them in: Crack, Cannabis."
        )
        #expect(driver.screen == "use", "on the last row Enter counts and names the rows left empty and waits")
        driver.press(.enter)
        #expect(driver.screen == "psych")
        #expect(
            driver.session.answers["use"]
                == .weeks(
                    WeeksAnswer(rows: [
                        .init(id: "alcohol", days: [3, 2, 0, 7], amount: "1.5"), .notAnswered("crack"),
                        .notAnswered("cannabis"),
                    ])))
    }

    @Test func aDoubleEnterOnAnUntouchedScreenMovesDownTheRowsAndNeverSendsIt() {
        var driver = KeyDriver(guide: Self.guide)
        driver.press(.enter, .enter)
        #expect(driver.screen == "use")
        #expect(driver.actions.isEmpty, "nothing is sent or recorded")
        #expect(driver.view.form.active == 9, "the first cell of the last row, Cannabis")
        #expect(driver.view.notice == "Crack is left empty, as not answered. Next: Cannabis.")
        driver.press(.enter)
        #expect(
            driver.view.notice
                == "3 rows not answered. Send anyway? Press Enter again to send, or fill them in: Alcohol, Crack, Cannabis."
        )
        driver.type("2")
        #expect(driver.view.form.texts["cannabis.1"]?.text == "2", "typing fills the row in instead")
        driver.press(.enter)
        #expect(
            driver.view.notice
                == "Fill in all four weeks for Cannabis, or leave the whole row empty if it is not answered.")
        #expect(driver.view.form.active == 10, "the focus goes to the week still empty")
        driver.press(.backTab, .backspace, .enter)
        #expect(
            driver.view.notice
                == "3 rows not answered. Send anyway? Press Enter again to send, or fill them in: Alcohol, Crack, Cannabis.",
            "after typing, the question is asked afresh")
        #expect(driver.screen == "use")
        driver.press(.enter)
        #expect(driver.screen == "psych")
        #expect(
            driver.session.answers["use"]
                == .weeks(WeeksAnswer(rows: ["alcohol", "crack", "cannabis"].map { .notAnswered($0) })))
    }

    @Test func theFooterSaysNextWhereEnterMovesToTheNextRowAndDoneWhereItSends() {
        var driver = KeyDriver(guide: Self.guide)
        #expect(FormFocusTests.footer(driver).contains("Enter Next"), "an empty row that is not the last")
        #expect(!FormFocusTests.footer(driver).contains("Done"))
        driver.type("1")
        #expect(FormFocusTests.footer(driver).contains("Enter Done"), "a row begun: Enter sends the grid")
        driver.press(.backspace, .enter, .enter)
        #expect(driver.view.form.active == 9, "on the last row, Cannabis")
        #expect(FormFocusTests.footer(driver).contains("Enter Done"), "Enter on the last row sends, even empty")
    }

    @Test func oneRowNotAnsweredIsCountedInTheSingular() {
        var driver = KeyDriver(guide: Self.guide)
        for cell in 0..<9 {
            // Alcohol's four weeks, its amount left empty, then Crack's four weeks.
            if cell != 4 { driver.type("1") }
            if cell < 8 { driver.press(.tab) }
        }
        driver.press(.enter)
        #expect(
            driver.view.notice
                == "1 row not answered. Send anyway? Press Enter again to send, or fill it in: Cannabis.")
    }

    @Test func goingBackShowsTheDaysAgainAndARefusalIsShown() {
        var driver = KeyDriver(guide: Self.guide)
        driver.type("0")
        for _ in 0..<3 {
            driver.press(.tab)
            driver.type("0")
        }
        driver.press(.tab)
        driver.type("2")
        driver.press(.enter)
        driver.press(.enter)
        #expect(driver.refusals == ["Alcohol has no days of use, so leave its amount empty."])
        #expect(driver.screen == "use")
        driver.press(.backspace)
        driver.press(.enter)
        driver.press(.enter)
        #expect(driver.screen == "psych")
        driver.press(.function(4))
        #expect(driver.screen == "use")
        #expect(WeeksGrid.days(ofRow: 0, in: Self.weeks, form: driver.view.form) == [0, 0, 0, 0])
    }

    @Test func aScaleFromZeroToTwentyTakesATypedFifteen() {
        var driver = KeyDriver(guide: Self.guide)
        driver.type("0")
        for _ in 0..<3 {
            driver.press(.tab)
            driver.type("1")
        }
        driver.press(.enter)
        driver.press(.enter)
        #expect(driver.screen == "psych")
        driver.type("15")
        #expect(driver.view.scaleValue == 15)
        let narrow = SessionScreen.render(
            driver.session, driver.view, size: TerminalSize(columns: 60, rows: 16), options: RenderOptions())
        #expect(narrow.text.contains("[15]"), "the whole scale fits 60 columns")
        driver.press(.enter)
        #expect(driver.session.answers["psych"] == .scale(15))
    }

    /// A session walked to `screen`, with alcohol on two days of the last four weeks and a mind rated 15.
    static func session(at screen: String, earlier: EarlierResults = EarlierResults()) -> SessionState {
        var state = SessionState(
            guide: guide, context: SessionContext(keyworker: "Sam", clientReference: "C-1", earlier: earlier))
        let today = WeeksAnswer(rows: [
            .init(id: "alcohol", days: [1, 1, 0, 0], amount: "4"), .notAnswered("crack"),
            .init(id: "cannabis", days: [0, 0, 0, 0]),
        ])
        for action: SessionAction in [.start, .submit(.weeks(today)), .submit(.scale(15))]
        where state.currentScreenID != screen {
            _ = try? Session.reduce(&state, action)
        }
        return state
    }

    @Test func theWeeksScreenMatchesItsGoldenFiles() {
        var state = SessionState(guide: Self.guide, context: SessionContext(keyworker: "Sam", clientReference: "C-1"))
        _ = try? Session.reduce(&state, .start)
        var view = ViewState(for: state)
        view.form = WeeksGrid.prefill(
            WeeksAnswer(rows: [.init(id: "alcohol", days: [3, 2, 0, 7], amount: "1.5")]), for: Self.weeks)
        view.form.active = 6
        view.form.texts["crack.1"] = TextField("1")
        for size in SessionScreenGoldenTests.sizes {
            for unicode in [true, false] {
                let frame = SessionScreen.render(state, view, size: size, options: RenderOptions(unicode: unicode))
                GoldenFile.check(frame, named: "weeks-\(size.columns)x\(size.rows)-\(unicode ? "unicode" : "ascii")")
            }
        }
    }

    @Test func theProgressScreenMatchesItsGoldenFilesWithAndWithoutEarlierSessions() {
        for (name, earlier) in [("progress", Self.earlier), ("progress-first", EarlierResults())] {
            let state = Self.session(at: "progress", earlier: earlier)
            #expect(state.currentScreenID == "progress")
            for size in SessionScreenGoldenTests.sizes {
                for unicode in [true, false] {
                    let frame = SessionScreen.render(
                        state, ViewState(for: state), size: size, options: RenderOptions(unicode: unicode))
                    GoldenFile.check(
                        frame, named: "\(name)-\(size.columns)x\(size.rows)-\(unicode ? "unicode" : "ascii")")
                }
            }
        }
        let first = SessionScreen.render(
            Self.session(at: "progress"), ViewState(), size: TerminalSize(columns: 80, rows: 24),
            options: RenderOptions())
        #expect(first.text.contains("This is the first one."))
    }

    @Test func theScaleFromZeroToTwentyMatchesItsGoldenFileAtSixtyColumns() {
        let state = Self.session(at: "psych")
        var view = ViewState(for: state)
        view.scaleValue = 15
        for unicode in [true, false] {
            let frame = SessionScreen.render(
                state, view, size: TerminalSize(columns: 60, rows: 16), options: RenderOptions(unicode: unicode))
            GoldenFile.check(frame, named: "scale-0-to-20-60x16-\(unicode ? "unicode" : "ascii")")
        }
    }
}
