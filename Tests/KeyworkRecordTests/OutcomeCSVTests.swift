import KeyworkDiagnostics
import KeyworkGuides
import KeyworkSession
import Testing

@testable import KeyworkRecord

/// Sessions as CSV for a case system: the columns, empty cells for "not answered", and RFC 4180 quoting.
@Suite struct OutcomeCSVTests {
    static let location = KeyworkDiagnostics.SourceLocation(file: "review.yaml", line: 1, column: 1)

    /// The weeks screen `use`: alcohol with an amount, crack, then `rows`.
    static func use(adding rows: [WeeksScreen.Row]) -> Screen {
        Screen(
            id: "use",
            content: .weeks(
                WeeksScreen(
                    text: "Days?",
                    rows: [.init(id: "alcohol", label: "Alcohol", amount: "units"), .init(id: "crack", label: "Crack")]
                        + rows)), location: location)
    }

    static let guide = Guide(
        id: "review", title: "Review", version: "1",
        screens: [
            Screen(
                id: "stage",
                content: .choice(ChoiceScreen(prompt: "Stage?", options: [.init(id: "start", label: "Start")])),
                location: location),
            use(adding: []),
            Screen(id: "psych", content: .scale(ScaleScreen(prompt: "Mind?", min: 0, max: 20)), location: location),
            Screen(id: "plan", content: .text(TextScreen(prompt: "Plan?")), location: location),
        ],
        origin: "test")

    @Test func oneHeaderThenOneRowPerSessionWithNotAnsweredAsAnEmptyCell() {
        let rows = [
            OutcomeCSV.Row(
                sessionID: "20260105-100000-aaaa", date: "2026-01-05",
                answers: [
                    "stage": .choice(option: "start", other: nil),
                    "use": .weeks(
                        WeeksAnswer(rows: [
                            .init(id: "alcohol", days: [7, 7, 6, 6], amount: "12"), .notAnswered("crack"),
                        ])),
                    "psych": .scale(6), "plan": .text("Drink less, \"mostly\"\nat weekends"),
                ]),
            OutcomeCSV.Row(
                sessionID: "20260406-100000-bbbb", date: "2026-04-06",
                answers: [
                    "use": .weeks(
                        WeeksAnswer(rows: [
                            .init(id: "alcohol", days: [0, 0, 0, 0]), .init(id: "crack", days: [1, 0, 0, 0]),
                        ]))
                ]),
        ]
        #expect(
            OutcomeCSV.file(guide: Self.guide, rows: rows)
                == "session,date,stage,use.alcohol.week1,use.alcohol.week2,use.alcohol.week3,use.alcohol.week4,use.alcohol.total,use.alcohol.amount,use.crack.week1,use.crack.week2,use.crack.week3,use.crack.week4,use.crack.total,psych\r\n"
                + "20260105-100000-aaaa,2026-01-05,start,7,7,6,6,26,12,,,,,,6\r\n"
                + "20260406-100000-bbbb,2026-04-06,,0,0,0,0,0,,1,0,0,0,1,\r\n")
    }

    @Test func sessionsOfTwoGuideVersionsShareTheUnionOfTheirColumnsWithEmptyCellsForWhatAVersionDidNotAsk() {
        // The newer version adds a row to `use`, adds a `life` scale and drops the `stage` choice.
        var newer = Self.guide
        newer.version = "2"
        newer.screens = [
            Self.use(adding: [.init(id: "tobacco", label: "Tobacco")]),
            Screen(
                id: "psych", content: .scale(ScaleScreen(prompt: "Mind?", min: 0, max: 20)), location: Self.location),
            Screen(id: "life", content: .scale(ScaleScreen(prompt: "Life?", min: 0, max: 20)), location: Self.location),
        ]
        let rows = [
            OutcomeCSV.Row(
                sessionID: "old", date: "2026-01-05",
                answers: [
                    "stage": .choice(option: "start", other: nil),
                    "use": .weeks(
                        WeeksAnswer(rows: [.init(id: "alcohol", days: [1, 1, 1, 1]), .notAnswered("crack")])),
                    "psych": .scale(6),
                ]),
            OutcomeCSV.Row(
                sessionID: "new", date: "2026-07-06",
                answers: [
                    "use": .weeks(
                        WeeksAnswer(rows: [
                            .notAnswered("alcohol"), .notAnswered("crack"), .init(id: "tobacco", days: [7, 7, 7, 7]),
                        ])),
                    "psych": .scale(9), "life": .scale(12),
                ]),
        ]
        let weeks = { (row: String) in (1...4).map { "use.\(row).week\($0)" } + ["use.\(row).total"] }
        let header =
            ["session", "date", "stage"] + weeks("alcohol") + ["use.alcohol.amount"] + weeks("crack")
            + weeks("tobacco") + ["psych", "life"]
        #expect(
            OutcomeCSV.file(guides: [newer, Self.guide], rows: rows)
                == header.joined(separator: ",") + "\r\n"
                + "old,2026-01-05,start,1,1,1,1,4,,,,,,,,,,,,6,\r\n"
                + "new,2026-07-06,,,,,,,,,,,,,7,7,7,7,28,9,12\r\n")
    }

    @Test func fieldsWithCommasQuotesOrLineBreaksAreQuotedWithQuotesDoubled() {
        #expect(OutcomeCSV.field("plain") == "plain")
        #expect(OutcomeCSV.field("a,b") == "\"a,b\"")
        #expect(OutcomeCSV.field("say \"no\"") == "\"say \"\"no\"\"\"")
        #expect(OutcomeCSV.field("two\nlines") == "\"two\nlines\"")
        #expect(OutcomeCSV.field("cr\r\nlf") == "\"cr\r\nlf\"")
        #expect(OutcomeCSV.field("") == "")
    }
}
