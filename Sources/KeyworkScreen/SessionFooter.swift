import KeyworkGuides
import KeyworkSession
import KeyworkWords

/// The keys that work on each screen, for the footer: only those, never a key that does nothing here.
enum SessionFooter {
    static func keys(
        for screen: Screen, session: SessionState, view: ViewState, scrollable: Bool, moreBelow: Bool,
        narrowCompare: Bool, glyphs: Glyphs, words: Words
    ) -> [FooterKey] {
        if let review = view.questionReview, QuestionReviewLayout.isOffered(on: session) {
            // The page lists what was noted, so the keys need not count it.
            return QuestionReviewLayout.footer(review, session: session, glyphs: glyphs, words: words)
                + everywhere(on: screen, session: session, counting: false, glyphs: glyphs, words: words)
        }
        if DissentReviewLayout.isShown(session, view) {
            return DissentReviewLayout.footer(words: words)
                + everywhere(on: screen, session: session, counting: false, glyphs: glyphs, words: words)
        }
        var keys: [FooterKey] = []
        let enter = words[.keyEnter]
        let space = words[.keySpace]
        let move = FooterKey(glyphs.upDown, words[.footerMove], priority: 5)
        let scroll = FooterKey(glyphs.upDown, words[.footerScroll], priority: 5)
        // One word per action on every screen and at every width, so the keys are learnt once.
        let next = FooterKey(enter, words[.footerNext], priority: 0)
        // On long text Enter shows the next page first, and says so.
        let nextPage = FooterKey(enter, words[.footerNextPage], short: words[.footerMore], priority: 0)
        switch screen.content {
        case .info, .summary, .progress:
            keys.append(moreBelow ? nextPage : next)
            if scrollable { keys.append(scroll) }
        case .compare(let compare):
            if moreBelow {
                keys.append(nextPage)
            } else if ScreenKeys.nextOption(compare, session: session, view: view) != nil {
                keys.append(FooterKey(enter, words[.footerNextOption], short: words[.footerNext], priority: 0))
            } else {
                keys.append(narrowCompare ? FooterKey(enter, words[.footerGoOn], priority: 0) : next)
            }
            if narrowCompare {
                keys.append(
                    FooterKey(glyphs.leftRight, words[.footerOtherOptions], short: words[.footerOptions], priority: 1))
            }
            if scrollable { keys.append(scroll) }
        case .choice(let choice):
            let typing = choice.allowOther && view.highlight == choice.options.count
            if !typing {
                keys.append(FooterKey(space, words[.footerChoose], short: words[.footerChooseShort], priority: 0))
            }
            keys.append(next)
            keys.append(move)
            let count = min(9, ScreenLayout.choiceItems(choice, words: words).count)
            if !typing { keys.append(FooterKey("1-\(count)", words[.footerPick], priority: 6)) }
        case .multi:
            keys.append(FooterKey(space, words[.footerTick], priority: 0))
            keys.append(FooterKey(enter, words[.footerDone], priority: 0))
            keys.append(move)
        case .text:
            keys.append(FooterKey(enter, words[.footerDone], priority: 0))
        case .questions:
            let empty = view.input.text.allSatisfy(\.isWhitespace)
            keys.append(
                FooterKey(
                    enter, words[empty ? .footerNoMoreQuestions : .footerAddQuestion],
                    short: words[empty ? .footerDone : .footerAdd], priority: 0))
        case .scale:
            keys.append(FooterKey(glyphs.leftRight, words[.footerChoose], priority: 1))
            keys.append(FooterKey(enter, words[.footerDone], priority: 0))
        case .weeks(let weeks):
            // Enter on an empty row that is not the last moves to the next row (WeeksKeys), so it says Next there.
            let cells = WeeksGrid.cells(weeks)
            let row = cells.isEmpty ? 0 : cells[min(max(0, view.form.active), cells.count - 1)].row
            let movesOn = row < weeks.rows.count - 1 && WeeksGrid.isEmpty(row: row, in: weeks, form: view.form)
            keys.append(FooterKey(enter, words[movesOn ? .footerNext : .footerDone], priority: 0))
            keys.append(FooterKey(glyphs.leftRight, words[.footerFields], priority: 1))
        case .decision, .availability, .sure, .acknowledge:
            let fields = SessionForm.fields(for: screen, in: session, form: view.form, words: words) ?? []
            let active = min(max(0, view.form.active), max(0, fields.count - 1))
            let last = active == fields.count - 1
            keys.append(
                FooterKey(enter, words[last ? .footerDone : .footerNext], priority: 0))
            // The focused field's own keys outlast F2 and F3, which help lists too.
            let field = fields.indices.contains(active) ? fields[active] : nil
            if field?.listsVertically == true {
                keys.append(FooterKey(glyphs.upDown, words[.footerChoose], priority: 1))
            } else {
                if case .pick? = field?.kind {
                    keys.append(FooterKey(glyphs.leftRight, words[.footerChoose], priority: 1))
                }
                keys.append(FooterKey(glyphs.upDown, words[.footerFields], priority: 5))
            }
        case .consent(let consent):
            let items = ConsentLayout.items(consent, screen: screen, session: session)
            if session.isFullySigned(screen.id) {
                keys.append(FooterKey(enter, words[.footerFinish], priority: 0))
            } else if items.indices.contains(view.highlight), case .statement = items[view.highlight] {
                keys.append(FooterKey(space, words[.footerTick], priority: 0))
                keys.append(FooterKey(enter, words[.footerNext], priority: 1))
                keys.append(move)
                // F3 here marks the highlighted line not agreed, so the footer says so before the general F3.
                if let notAgreed = glyphs.functionKey(3) {
                    keys.append(FooterKey(notAgreed, words[.footerNotAgreed], priority: 1))
                }
                return keys + everywhere(on: screen, session: session, glyphs: glyphs, words: words, notSure: false)
            } else if items.indices.contains(view.highlight), items[view.highlight] == .endWithoutAgreement {
                keys.append(FooterKey(enter, words[.footerEndSession], short: words[.footerEnd], priority: 0))
                keys.append(move)
            } else if items.indices.contains(view.highlight) {
                keys.append(FooterKey(enter, words[.footerSign], priority: 0))
                keys.append(move)
            } else {
                keys.append(FooterKey(space, words[.footerTick], priority: 0))
                keys.append(FooterKey(enter, words[.footerNext], priority: 1))
                keys.append(move)
            }
        }
        // A group's question step lists its questions on the screen, so its keys need not count them.
        return keys
            + everywhere(
                on: screen, session: session, counting: screen.type != .questions, glyphs: glyphs, words: words)
    }

    /// The keys that work on every screen, by the names this terminal has for them (vt100 pauses with Ctrl-Q).
    private static func everywhere(
        on screen: Screen, session: SessionState, counting: Bool = true, glyphs: Glyphs, words: Words,
        notSure: Bool = true
    ) -> [FooterKey] {
        var keys: [FooterKey] = []
        // Pause and help are what a frightened client or a rushed keyworker must always find, so they
        // are kept as long as the screen's own main key, at every width Keywork draws. Asking and
        // disagreeing are what the program is for, so they outlast back and the arrow keys (which help
        // lists) when the footer has to be thinned.
        // Once anyone has signed, the session refuses to go back, so F4 is not offered.
        let signed = !(session.signatures[screen.id] ?? []).isEmpty
        if session.path.count > 1 && !signed, let back = glyphs.functionKey(4) {
            keys.append(FooterKey(back, words[.footerBack], priority: 4))
        }
        // What was noted stays counted beside its key until it is looked at: open questions until the
        // question review, flags until the summary lists them.
        func counted(_ phrase: Phrase, _ count: Int) -> String {
            count > 0 ? words(.footerCounted, ["label": .text(words[phrase]), "count": .number(count)]) : words[phrase]
        }
        let questions = counting ? session.openQuestions.count : 0
        let flags = counting && !session.flags.isEmpty && !hasShownSummary(session) ? session.flags.count : 0
        if let question = glyphs.functionKey(2) {
            keys.append(FooterKey(question, counted(.footerAsk, questions), priority: 2))
        }
        if notSure, let unsure = glyphs.functionKey(3) {
            keys.append(
                FooterKey(unsure, counted(.footerUnsure, flags), priority: 2))
        }
        keys.append(FooterKey(glyphs.helpKey, words[.footerHelp], priority: 0))
        keys.append(FooterKey(glyphs.pauseKey, words[.footerPause], priority: 0))
        return keys
    }

    /// Whether a summary screen, which lists the flags, has been shown. Every frame asks, so it looks each screen up
    /// once, not once for each screen on the path.
    private static func hasShownSummary(_ session: SessionState) -> Bool {
        var summaries: Set<String> = []
        for screen in session.guide.screens where screen.type == .summary { summaries.insert(screen.id) }
        return !summaries.isEmpty && session.path.contains(where: summaries.contains)
    }
}
