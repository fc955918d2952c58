import KeyworkGuides
import KeyworkSession
import KeyworkWords

/// The list of flags on a consent screen, brought back by F3 as F2 brings back the questions: every "not
/// sure / I disagree" of the session and every statement marked not agreed, each with the client's words.
enum DissentReviewLayout {
    static func isShown(_ session: SessionState, _ view: ViewState) -> Bool {
        guard view.dissentReview, case .consent? = session.currentScreen?.content else { return false }
        return true
    }

    static func body(_ session: SessionState, into body: inout Body) {
        let words = body.words
        body.heading(words[.flagsReviewTitle])
        body.text(words[.flagsReviewIntro])
        body.gap()
        for flag in session.flags {
            let place =
                session.guide.screen(flag.screen).map(SummaryLayout.question).map(body.options.actionNaming.text)
                ?? flag.screen
            body.item(
                place + ": " + (flag.words.map { "\"\($0)\"" } ?? words[.noWordsGiven]), mark: "!", highlighted: false)
        }
        if let screenID = session.currentScreenID {
            for (statement, notAgreed) in session.notAgreedStatements(on: screenID) {
                body.item(
                    statement.text, mark: ConsentLayout.mark(.notAgreed(notAgreed)), highlighted: false,
                    detail: ConsentLayout.notAgreedLine(notAgreed, words: words))
            }
        }
        body.gap()
        let start = body.count
        body.text(words[.flagsReviewBack], role: .emphasis)
        body.focusFrom(start)
    }

    static func footer(words: Words) -> [FooterKey] {
        [FooterKey(words[.keyEnter], words[.footerBackToAgreement], priority: 0)]
    }
}
