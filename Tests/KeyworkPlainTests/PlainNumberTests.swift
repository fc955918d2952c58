import KeyworkGuides
import KeyworkPlain
import KeyworkScreen
import KeyworkSession
import KeyworkTestSupport
import Testing

/// The line mode reads numbers as the full screen does: a whole number in any script, never the digits
/// taken out of a sentence.
@Suite struct PlainNumberTests {
    @Test func wordsInTheWaitFieldAreAskedAgainAndNothingIsRecorded() throws {
        var lines = PlainFixture.wholeTour
        // The wait in weeks: first as words, then as Devanagari digits.
        let weeks = try #require(lines.firstIndex(of: "By text message")) - 1
        lines[weeks] = "about 3 months"
        lines.insert("२", at: weeks + 1)
        let io = ScriptedIO(lines)
        let recorder = MemoryRecorder()
        guard
            case .completed(let final) = PlainSessionRunner(
                state: PlainFixture.state(try PlainFixture.tour()), io: io, recorder: recorder, words: .english
            ).run(firstActions: [.start])
        else {
            Issue.record("the session did not complete; the output ends:\n\(io.output.suffix(1500))")
            return
        }
        guard case .availability(let wait)? = final.answers["can-we"] else {
            Issue.record("no wait was recorded")
            return
        }
        #expect(wait.estimatedWaitWeeks == 2, "२ is two; \"about 3 months\" was never read as 3")
        #expect(
            !recorder.events.contains { event in
                if case .answered(_, .availability(let given)) = event { given.estimatedWaitWeeks == 3 } else { false }
            })
    }
}
