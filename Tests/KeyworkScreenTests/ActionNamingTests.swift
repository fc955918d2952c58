import KeyworkDiagnostics
import KeyworkGuides
import KeyworkScreen
import KeyworkSession
import KeyworkWords
import Testing

/// Guide text names actions, not keys: `{key:question}` is F2 on the full screen and the word to type in the
/// line mode, in the chosen language, wherever guide text is drawn.
@Suite struct ActionNamingTests {
    static let location = KeyworkDiagnostics.SourceLocation(file: "keys.yaml", line: 1, column: 1)

    static let guide = Guide(
        id: "keys", title: "Keys", version: "1",
        screens: [
            Screen(
                id: "welcome", title: "Welcome",
                content: .info(
                    InfoScreen(body: "- {key:question}: note a question.\n- {key:back}: go back. Or {key:pause}.")),
                location: location, textHash: "hash-welcome"),
            Screen(
                id: "agree", title: "Agree",
                content: .consent(
                    ConsentScreen(
                        statements: [.init(id: "ask", text: "I know {key:question} notes a question.")],
                        signers: [.client])),
                location: location, textHash: "hash-agree"),
        ], origin: "keys.yaml")

    static func started() throws -> SessionState {
        var state = SessionState(guide: guide, context: SessionContext(keyworker: "Sam", clientReference: "C-1"))
        try Session.reduce(&state, .start)
        return state
    }

    @Test func theFullScreenNamesTheKeys() throws {
        let frame = SessionScreen.render(
            try Self.started(), ViewState(), size: TerminalSize(columns: 80, rows: 24), options: RenderOptions())
        #expect(frame.text.contains("F2: note a question."))
        #expect(frame.text.contains("F4: go back. Or F10."))
        #expect(!frame.text.contains("{key:"))
    }

    /// The line mode's text of a screen (KeyworkPlain's PlainScreen) names actions through these namings.
    @Test func theLineModeSaysWhatToTypeInItsLanguage() throws {
        let body = "- {key:question}: note a question.\n- {key:back}: go back. Or {key:pause}."
        #expect(
            ActionNaming.typedCommands(.english).text(body)
                == "- Type question: note a question.\n- Type back: go back. Or type pause.")
        #expect(
            ActionNaming.typedCommands(Words(.polish)).text(body)
                == "- Wpisz „pytanie”: note a question.\n- Wpisz „wstecz”: go back. Or wpisz „pauza”.")
    }

    @Test func readingTheFullScreenAloudNamesTheKeysItShows() throws {
        #expect(ActionNaming.keys.text("- {key:question}: note a question.") == "- F2: note a question.")
    }

    @Test func consentStatementsNameActionsTooButTheRecordKeepsTheGuidesWords() throws {
        var state = try Self.started()
        try Session.reduce(&state, .proceed)
        let shown = try #require(state.currentScreenAsShown)
        guard case .consent(let consent) = ActionNaming.typedCommands(.english).screen(shown).content else {
            Issue.record("the agreement is not a consent screen")
            return
        }
        #expect(consent.statements.map(\.text) == ["I know type question notes a question."])
        let frame = SessionScreen.render(
            state, ViewState(), size: TerminalSize(columns: 80, rows: 24), options: RenderOptions())
        #expect(frame.text.contains("I know F2 notes a question."))
        // The hash recorded as shown is of the guide's own words, whatever the front end.
        #expect(state.currentScreenAsShown?.textHash == "hash-agree")
    }
}
