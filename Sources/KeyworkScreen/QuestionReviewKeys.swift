import KeyworkSession

/// The keys of the question review page: move, answer the highlighted question, or keep it for next time.
enum QuestionReviewKeys {
    static func handle(_ key: Key, review: QuestionReview, session: SessionState, view: inout ViewState)
        -> [SessionAction]
    {
        let questions = session.questions
        let highlighted = questions.indices.contains(review.highlight) ? questions[review.highlight] : nil
        let isOpen = highlighted?.resolution == .open
        switch key {
        case .up, .backTab:
            view.questionReview?.highlight = max(0, review.highlight - 1)
        case .down, .tab:
            view.questionReview?.highlight = min(max(0, questions.count - 1), review.highlight + 1)
        case .enter where session.openQuestions.isEmpty:
            // Only the view changes: the session's own gate decides whether the summary can be passed.
            view.questionReview = nil
            view.scroll = 0
        case .enter:
            if let highlighted, isOpen {
                view.overlay = .answer(number: highlighted.number, question: highlighted.text, TextField())
            }
        case .character("k"), .character("K"):
            if let highlighted, isOpen { return [.carryForwardQuestion(number: highlighted.number)] }
        default:
            break
        }
        return []
    }
}
