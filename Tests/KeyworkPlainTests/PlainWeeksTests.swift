import KeyworkDiagnostics
import KeyworkFrontEnd
import KeyworkGuides
import KeyworkPlain
import KeyworkSession
import KeyworkTestSupport
import Testing

/// The weeks and progress screens in the line mode: one line per row, and charts written in ASCII with numbers.
@Suite struct PlainWeeksTests {
    static let location = KeyworkDiagnostics.SourceLocation(file: "review.yaml", line: 1, column: 1)

    static let guide = Guide(
        id: "review", title: "Review", version: "1",
        screens: [
            Screen(
                id: "use", title: "Using in the last four weeks",
                content: .weeks(
                    WeeksScreen(
                        text: "On how many days in each week?",
                        rows: [
                            .init(id: "alcohol", label: "Alcohol", amount: "units on a using day"),
                            .init(id: "crack", label: "Crack"),
                        ])), location: location, textHash: "h1"),
            Screen(
                id: "psych", title: "Your mind",
                content: .scale(ScaleScreen(prompt: "How has your mind been?", min: 0, max: 20)), location: location,
                textHash: "h2"),
            Screen(
                id: "progress", title: "How things have changed",
                content: .progress(
                    ProgressScreen(show: [.init(screen: "use", row: "alcohol"), .init(screen: "psych")])),
                location: location, textHash: "h3"),
        ],
        origin: "test")

    @Test func eachRowIsOneLineAndAnEmptyLineIsNotAnswered() {
        let earlier = EarlierResults(
            sessions: [
                .init(
                    sessionID: "s-1", date: "2026-01-05",
                    answers: [
                        "use": .weeks(WeeksAnswer(rows: [.init(id: "alcohol", days: [7, 7, 7, 7])])),
                        "psych": .scale(4),
                    ])
            ],
            leftOut: [.init(sessionID: "s-bad", date: "2026-03-01")])
        let state = SessionState(
            guide: Self.guide, context: SessionContext(keyworker: "Sam", clientReference: "C-1", earlier: earlier))
        // Each unfit row is refused at its own line and asked again alone, before the next row is asked.
        let io = ScriptedIO(["3 0 9 2", "0 0 0 0 2", "3 0 7 2 two", "3 0 7 2 1.5", "", "15", ""])
        let runner = PlainSessionRunner(state: state, io: io, recorder: MemoryRecorder(), words: .english)
        guard case .completed(let final) = runner.run(firstActions: [.start]) else {
            Issue.record("the session did not complete; the output ends:\n\(io.output.suffix(1500))")
            return
        }
        #expect(
            final.answers["use"]
                == .weeks(
                    WeeksAnswer(rows: [.init(id: "alcohol", days: [3, 0, 7, 2], amount: "1.5"), .notAnswered("crack")]))
        )
        #expect(final.answers["psych"] == .scale(15))
        #expect(io.output.contains("For Alcohol, type four numbers from 0 to 7"))
        #expect(io.output.contains("Please write the amount for Alcohol as a number"))
        #expect(io.output.contains("Alcohol has no days of use, so leave its amount empty."))
        #expect(
            io.output.components(separatedBy: "2 of 2. Crack:").count == 2,
            "Crack is asked once: a refused row is asked again alone, never every row")
        PlainFixture.golden.check(io.output, named: "weeks-progress-transcript.txt")
    }
}
