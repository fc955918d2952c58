import KeyworkGuides
import KeyworkSession

/// The question review page, in place of the summary's body until every noted question has been
/// answered or kept for next time: each question with where it was asked and where it stands.
enum QuestionReviewLayout {
    /// Whether the current screen can show the review page: the summary, and the consent screens,
    /// where a question noted at the last moment is looked at before going on.
    static func isOffered(on session: SessionState) -> Bool {
        switch session.currentScreen?.content {
        case .summary?, .consent?: true
        default: false
        }
    }

    static func body(_ review: QuestionReview, session: SessionState, into body: inout Body) {
        body.heading("Questions to look at")
        body.text("Before you sign, look at each question together.")
        body.gap()
        for (index, question) in session.questions.enumerated() {
            let place = session.guide.screen(question.screen).map(SummaryLayout.question) ?? question.screen
            body.item(
                question.text, mark: "\(question.number).", highlighted: index == review.highlight,
                detail: "Asked on \"\(place)\". " + state(of: question))
        }
        if session.openQuestions.isEmpty {
            body.gap()
            body.text("All questions are looked at. " + goOnHint(session), role: .emphasis)
        }
    }

    /// Where a question stands, in words, so it never depends on colour.
    static func state(of question: NotedQuestion) -> String {
        switch question.resolution {
        case .open: "Open."
        case .answered(let answer): "Answered: \"\(answer)\""
        case .carriedForward: "Kept for next time."
        }
    }

    static func footer(_ review: QuestionReview, session: SessionState, glyphs: Glyphs) -> [FooterKey] {
        var keys: [FooterKey] = []
        let questions = session.questions
        if session.openQuestions.isEmpty {
            let summary = isSummary(session)
            keys.append(
                FooterKey(
                    "Enter", summary ? "See the summary" : "Go on", short: summary ? "Summary" : "Next", priority: 0))
        } else if questions.indices.contains(review.highlight), questions[review.highlight].resolution == .open {
            keys.append(FooterKey("Enter", "Answer", priority: 0))
            keys.append(FooterKey("K", "Keep for next time", short: "Keep", priority: 0))
        }
        if questions.count > 1 { keys.append(FooterKey(glyphs.upDown, "Move", priority: 5)) }
        return keys
    }

    private static func goOnHint(_ session: SessionState) -> String {
        isSummary(session) ? "Press Enter to see the summary." : "Press Enter to go on."
    }

    private static func isSummary(_ session: SessionState) -> Bool {
        if case .summary? = session.currentScreen?.content { true } else { false }
    }
}
