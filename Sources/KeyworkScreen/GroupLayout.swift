import KeyworkGuides
import KeyworkSession
import KeyworkWords

/// The two group screens: an acknowledgement counted by hand ("7 of 8 agreed"), and the anonymous
/// question step, where the facilitator types in the group's questions one by one. Nobody is named on either.
enum GroupLayout {
    /// The statements read out to the group, as a bulleted list above the count fields.
    static func statements(_ acknowledge: AcknowledgeScreen, into body: inout Body) {
        if let intro = acknowledge.intro {
            body.runs(GuideText.emphasis(intro))
            body.gap()
        }
        for statement in acknowledge.statements {
            body.add(
                TextWrap.wrap(
                    [StyledRun(statement.text)], width: body.width, prefix: [StyledRun("  \(body.glyphs.bullet) ")]))
        }
    }

    /// The questions already typed on this screen, numbered, then the field for the next.
    static func questions(
        _ questions: QuestionsScreen, screen: Screen, session: SessionState, view: ViewState,
        into body: inout Body
    ) {
        body.runs(GuideText.emphasis(questions.prompt))
        body.gap()
        let noted = session.questions.filter { $0.screen == screen.id }
        if noted.isEmpty {
            body.text(body.words[.groupNoQuestionsYet], role: .dim)
        } else {
            body.text(body.words(.groupQuestionsSoFar, ["count": .number(noted.count)]), role: .dim)
            for (index, question) in noted.enumerated() {
                body.runs([StyledRun("\(index + 1). "), StyledRun(question.text)], indent: 2)
            }
        }
        body.gap()
        body.text(body.words[.groupNextQuestion], role: .dim)
        body.field(view.input, active: true, indent: 0)
        body.gap()
        body.text(body.words[.groupQuestionsHint], role: .dim)
    }

    /// Keys on the question step: typing goes into the field; Enter adds the question, or goes on when empty.
    static func questionKeys(_ key: Key, view: inout ViewState) -> [SessionAction] {
        guard key == .enter else {
            _ = view.input.edit(key)
            return []
        }
        let words = view.input.text
        guard !words.allSatisfy(\.isWhitespace) else { return [.proceed] }
        view.input = TextField()
        return [.noteQuestion(words)]
    }
}
