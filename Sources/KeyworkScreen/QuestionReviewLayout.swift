import KeyworkGuides
import KeyworkSession
import KeyworkWords

/// The question review page, in place of the summary's body until every noted question has been
/// answered or kept for next time: each question with where it was asked and where it stands.
package enum QuestionReviewLayout {
    /// Whether the current screen can show the review page: the summary, and the consent screens,
    /// where a question noted at the last moment is looked at before going on.
    static func isOffered(on session: SessionState) -> Bool {
        switch session.currentScreen?.content {
        case .summary?, .consent?: true
        default: false
        }
    }

    static func body(_ review: QuestionReview, session: SessionState, into body: inout Body) {
        let words = body.words
        body.heading(words[.reviewTitle])
        body.text(words[.reviewIntro])
        body.gap()
        for (index, question) in session.questions.enumerated() {
            let place =
                session.guide.screen(question.screen).map(SummaryLayout.question).map(body.options.actionNaming.text)
                ?? question.screen
            body.item(
                question.text, mark: "\(question.number).", highlighted: index == review.highlight,
                detail: words(.askedOn, ["place": .text(place)]) + state(of: question, words: words))
        }
        if session.openQuestions.isEmpty {
            body.gap()
            body.text(words[.allQuestionsLookedAt] + goOnHint(session, words: words), role: .emphasis)
        }
    }

    /// Where a question stands, in words, so it never depends on colour.
    package static func state(of question: NotedQuestion, words: Words) -> String {
        switch question.resolution {
        case .open: words[.questionOpen]
        case .answered(let answer): words(.questionAnswered, ["answer": .text(answer)])
        case .carriedForward: words[.questionKept]
        }
    }

    static func footer(_ review: QuestionReview, session: SessionState, glyphs: Glyphs, words: Words) -> [FooterKey] {
        var keys: [FooterKey] = []
        let questions = session.questions
        if session.openQuestions.isEmpty {
            let summary = isSummary(session)
            keys.append(
                FooterKey(
                    words[.keyEnter], words[summary ? .footerSeeSummary : .footerGoOn],
                    short: words[summary ? .footerSummary : .footerNext], priority: 0))
        } else if questions.indices.contains(review.highlight), questions[review.highlight].resolution == .open {
            keys.append(FooterKey(words[.keyEnter], words[.footerAnswer], priority: 0))
            // K stays K in every language: the key handler listens for it.
            keys.append(FooterKey("K", words[.footerKeepForNextTime], short: words[.footerKeep], priority: 0))
        }
        if questions.count > 1 { keys.append(FooterKey(glyphs.upDown, words[.footerMove], priority: 5)) }
        return keys
    }

    private static func goOnHint(_ session: SessionState, words: Words) -> String {
        words[isSummary(session) ? .pressEnterForSummary : .pressEnterToGoOn]
    }

    private static func isSummary(_ session: SessionState) -> Bool {
        if case .summary? = session.currentScreen?.content { true } else { false }
    }
}
