import KeyworkGuides
import Testing

@testable import KeyworkSession

@Suite struct SessionWeeksTests {
    @Test func daysForEachWeekAreRecordedWithTheirTotalAndANotAnsweredRowStaysNotAnswered() {
        var store = SessionTestStore(guide: WeeksSample.guide)
        store.prepare([.start])
        store.send(
            .submit(.weeks(WeeksSample.answer)),
            records: [
                .answered(screen: "use", answer: .weeks(WeeksSample.answer)),
                .screenShown(screen: "psych", textHash: "hash-psych"),
            ]
        ) {
            $0.answers["use"] = .weeks(WeeksSample.answer)
            $0.path.append("psych")
        }
        guard case .weeks(let recorded)? = store.state.answers["use"] else {
            Issue.record("no weeks answer")
            return
        }
        #expect(recorded.row("alcohol")?.total == 12)
        #expect(recorded.row("crack")?.days == nil, "not answered is never 0")
        #expect(recorded.row("crack")?.total == nil)
    }

    @Test func eachWeekHoldsZeroToSevenDaysAndFourWeeksNoMoreThanTwentyEight() {
        var store = SessionTestStore(guide: WeeksSample.guide)
        store.prepare([.start])
        func answer(_ days: [Int], amount: String? = nil) -> SessionAction {
            .submit(
                .weeks(WeeksAnswer(rows: [.init(id: "alcohol", days: days, amount: amount), .notAnswered("crack")])))
        }
        store.refuse(answer([8, 0, 0, 0]), saying: "Each week of Alcohol needs a number of days from 0 to 7.")
        store.refuse(answer([-1, 0, 0, 0]), saying: "Each week of Alcohol needs a number of days from 0 to 7.")
        store.refuse(answer([7, 7, 7]), saying: "Each week of Alcohol needs a number of days from 0 to 7.")
        store.refuse(answer([7, 7, 7, 7, 1]), saying: "Each week of Alcohol needs a number of days from 0 to 7.")
        store.refuse(
            answer([0, 0, 0, 0], amount: "2"), saying: "Alcohol has no days of use, so leave its amount empty.")
        store.refuse(
            answer([1, 0, 0, 0], amount: "two"),
            saying: "Please write the amount for Alcohol as a number, such as 2 or 1.5.")
        store.refuse(
            .submit(.weeks(WeeksAnswer(rows: [.notAnswered("alcohol")]))),
            saying: "That answer does not fit this screen.")
        store.refuse(
            .submit(
                .weeks(
                    WeeksAnswer(rows: [.init(id: "alcohol", days: nil, amount: "3"), .notAnswered("crack")]))),
            saying: "Alcohol is not answered, so leave its amount empty.")
        store.refuse(
            .submit(
                .weeks(
                    WeeksAnswer(rows: [.notAnswered("alcohol"), .init(id: "crack", days: [1, 1, 1, 1], amount: "1")]))),
            saying: "That answer does not fit this screen.")
        store.refuse(.submit(.scale(3)), saying: "That answer does not fit this screen.")
        store.send(
            answer([7, 7, 7, 7], amount: "1.5"),
            records: [
                .answered(
                    screen: "use",
                    answer: .weeks(
                        WeeksAnswer(rows: [
                            .init(id: "alcohol", days: [7, 7, 7, 7], amount: "1.5"), .notAnswered("crack"),
                        ]))),
                .screenShown(screen: "psych", textHash: "hash-psych"),
            ]
        ) {
            $0.answers["use"] = .weeks(
                WeeksAnswer(rows: [.init(id: "alcohol", days: [7, 7, 7, 7], amount: "1.5"), .notAnswered("crack")]))
            $0.path.append("psych")
        }
    }

    @Test func aTotalOverTwentyEightIsRefusedEvenWhenEachWeekIsWrittenInRange() {
        // Four weeks of seven cannot pass 28, so the refusal is checked on the rule itself.
        #expect(throws: SessionRefusal.self) {
            try WeeksValidation.check(
                WeeksAnswer(rows: [.init(id: "alcohol", days: [7, 7, 7, 8]), .notAnswered("crack")]),
                for: WeeksSample.weeks)
        }
        #expect(WeeksValidation.isAmount("0.25"))
        #expect(!WeeksValidation.isAmount("1."))
        #expect(!WeeksValidation.isAmount("-1"))
        #expect(!WeeksValidation.isAmount("1e3"))
    }

    @Test func aProgressScreenWithNoEarlierSessionsRecordsThatThereWereNone() {
        var store = SessionTestStore(guide: WeeksSample.guide)
        store.prepare([.start, .submit(.weeks(WeeksSample.answer))])
        store.send(
            .submit(.scale(15)),
            records: [
                .answered(screen: "psych", answer: .scale(15)),
                .screenShown(screen: "progress", textHash: "hash-progress"),
                .progressShown(screen: "progress", shown: ProgressShown()),
            ]
        ) {
            $0.answers["psych"] = .scale(15)
            $0.path.append("progress")
            $0.progressShown["progress"] = ProgressShown()
        }
        let charts = ProgressSeries.of(WeeksSample.guide.screens[2], in: store.state)
        #expect(
            charts.map(\.points) == [
                [.init(date: nil, value: 12, amount: "4")], [.init(date: nil, value: nil)],
                [.init(date: nil, value: 15)],
            ])
        #expect(charts.map(\.range) == [0...28, 0...28, 0...20])
    }

    @Test func aProgressScreenRecordsTheEarlierVerifiedNumbersOldestFirstAndNamesThoseLeftOut() {
        let earlier = EarlierResults(
            sessions: [
                .init(
                    sessionID: "s-1", date: "2026-01-05",
                    answers: [
                        "use": .weeks(
                            WeeksAnswer(rows: [.init(id: "alcohol", days: [7, 7, 6, 6]), .notAnswered("crack")])),
                        "psych": .scale(6),
                    ]),
                .init(sessionID: "s-2", date: "2026-06-01", answers: ["psych": .scale(10)]),
            ],
            leftOut: [.init(sessionID: "s-bad", date: "2026-03-01")])
        let context = SessionContext(keyworker: "Sam Keyworker", clientReference: "C-1042", earlier: earlier)
        var store = SessionTestStore(guide: WeeksSample.guide, context: context)
        store.prepare([.start, .submit(.weeks(WeeksSample.answer))])
        let shown = ProgressShown(
            sessions: [
                .init(
                    sessionID: "s-1", date: "2026-01-05",
                    values: [
                        .init(item: "use.alcohol", value: 26), .init(item: "use.crack", value: nil),
                        .init(item: "psych", value: 6),
                    ]),
                .init(sessionID: "s-2", date: "2026-06-01", values: [.init(item: "psych", value: 10)]),
            ],
            leftOut: [.init(sessionID: "s-bad", date: "2026-03-01")])
        store.send(
            .submit(.scale(15)),
            records: [
                .answered(screen: "psych", answer: .scale(15)),
                .screenShown(screen: "progress", textHash: "hash-progress"),
                .progressShown(screen: "progress", shown: shown),
            ]
        ) {
            $0.answers["psych"] = .scale(15)
            $0.path.append("progress")
            $0.progressShown["progress"] = shown
        }
        // Going on and back shows the same numbers, so nothing more is recorded about them.
        store.send(.proceed, records: [.screenShown(screen: "end", textHash: "hash-end")]) { $0.path.append("end") }
        store.send(
            .back,
            records: [
                .wentBack(from: "end", to: "progress"), .screenShown(screen: "progress", textHash: "hash-progress"),
            ]
        ) { $0.path.removeLast() }
        let charts = ProgressSeries.of(WeeksSample.guide.screens[2], in: store.state)
        #expect(
            charts[0].points == [.init(date: "2026-01-05", value: 26), .init(date: nil, value: 12, amount: "4")],
            "today's amount on a using day is charted with its days")
        #expect(charts[0].unit == "units on a using day")
        #expect(
            charts[2].points == [
                .init(date: "2026-01-05", value: 6), .init(date: "2026-06-01", value: 10), .init(date: nil, value: 15),
            ])
        #expect(store.state.answers["progress"] == nil, "a progress screen asks nothing")
    }

    @Test func aBarIsDrawnInBlocksOrInASCIIWithTheSameLength() {
        #expect(ProgressSeries.bar(14, range: 0...28, width: 10, unicode: false) == "#####.....")
        #expect(ProgressSeries.bar(14, range: 0...28, width: 10, unicode: true) == "█████·····")
        #expect(ProgressSeries.bar(0, range: 0...20, width: 4, unicode: true) == "····")
        #expect(ProgressSeries.bar(20, range: 0...20, width: 4, unicode: false) == "####")
        #expect(ProgressSeries.bar(3, range: 0...28, width: 10, unicode: true) == "█▏········")
    }
}
