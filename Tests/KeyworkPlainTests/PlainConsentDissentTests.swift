import KeyworkGuides
import KeyworkPlain
import KeyworkScreen
import KeyworkSession
import KeyworkTestSupport
import Testing

/// In the line mode a "no" to a consent statement is kept as a "no": the statement is marked not agreed and
/// the client's words are asked for; a required one not agreed ends the session as "no agreement yet".
@Suite struct PlainConsentDissentTests {
    /// The whole tour up to its first consent statement, as `PlainFixture.wholeTour` answers it.
    static var beforeTicks: [String] {
        guard let index = PlainFixture.wholeTour.firstIndex(of: "J.D.") else { return [] }
        return Array(PlainFixture.wholeTour[..<(index - 3)])
    }

    @Test func aNoMarksTheStatementNotAgreedAndAsksForTheClientsWords() throws {
        let lines = Self.beforeTicks + ["yes", "yes", "no", "We never said when", "J.D.", "Sam Keyworker", "", ""]
        let io = ScriptedIO(lines)
        let recorder = MemoryRecorder()
        let runner = PlainSessionRunner(
            state: PlainFixture.state(try PlainFixture.tour()), io: io, recorder: recorder, words: .english)
        guard case .completed(let final) = runner.run(firstActions: [.start]) else {
            Issue.record("the session did not complete; the output ends:\n\(io.output.suffix(1500))")
            return
        }
        let text = "We can look at this plan again at any time."
        #expect(final.notAgreed["agree"] == ["statement-3": NotAgreed(text: text, words: "We never said when")])
        #expect(
            recorder.events.contains(
                .statementNotAgreed(screen: "agree", statement: "statement-3", text: text, words: "We never said when"))
        )
        #expect(io.output.contains("Statement 3 of 3: \(text) Type yes if you agree, or no if you do not."))
        #expect(io.output.contains("Marked not agreed. In the client's own words, what is not right?"))
        #expect(io.output.contains("Noted: not agreed."))
        #expect(
            io.output.contains(
                "Client signs. This means: I agree to this plan for the week. I did not agree to 1 line of it; "
                    + "my words about it are in the record."))
        #expect(final.signatures["agree"]?.first?.meaning.hasSuffix("my words about it are in the record.") == true)
    }

    @Test func aRequiredStatementNotAgreedEndsAsNoAgreementYetAndALineCanBeAnsweredAgain() throws {
        let lines =
            Self.beforeTicks + [
                "yes", "no", "", "no", "Not sure yet",
                // The end step: a line's number answers it again; then the keyworker's name ends the session.
                "3", "yes", "again", "Sam Keyworker",
            ]
        let io = ScriptedIO(lines)
        let runner = PlainSessionRunner(
            state: PlainFixture.state(try PlainFixture.tour()), io: io, recorder: MemoryRecorder(), words: .english)
        guard case .completed(let final) = runner.run(firstActions: [.start]) else {
            Issue.record("the session did not complete; the output ends:\n\(io.output.suffix(1500))")
            return
        }
        #expect(final.endedWithoutAgreement == "agree")
        #expect(
            final.mark(of: "statement-2", on: "agree")
                == .notAgreed(
                    NotAgreed(text: "My keyworker will do what we agreed today.", words: nil)))
        #expect(final.mark(of: "statement-3", on: "agree") == .agreed)
        #expect(final.signatures["agree"]?.map(\.role) == [.keyworker])
        #expect(io.output.contains("No agreement yet: the client did not agree to a line this agreement needs."))
        #expect(io.output.contains("2. My keyworker will do what we agreed today. (Not agreed (no words given).)"))
    }
}
