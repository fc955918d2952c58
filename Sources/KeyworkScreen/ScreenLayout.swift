import KeyworkGuides
import KeyworkSession
import KeyworkWords

/// Lays out the body of each screen type for a width; the chrome around it (title, footer, scrolling)
/// is `PageChrome`'s.
package enum ScreenLayout {
    static func body(
        for screen: Screen, session: SessionState, view: ViewState, width: Int, options: RenderOptions
    ) -> Body {
        let screen = options.actionNaming.screen(screen)
        var body = Body(width: width, options: options)
        if let review = view.questionReview, QuestionReviewLayout.isOffered(on: session) {
            QuestionReviewLayout.body(review, session: session, into: &body)
            return body
        }
        if DissentReviewLayout.isShown(session, view) {
            DissentReviewLayout.body(session, into: &body)
            return body
        }
        body.heading(screen.title)
        if let doubts = session.doubtsToTalkThrough {
            talkThroughNote(doubts, into: &body)
        }
        switch screen.content {
        case .info(let info):
            body.add(GuideText.lines(info.body, width: width, options: options))
        case .choice(let choice):
            if let change = session.proposedChange(on: screen.id) {
                // The keyworker marks the new words agreed or not with both wordings in front of them.
                body.runs([StyledRun(body.words[.revisitLastTime] + ": ", role: .emphasis), StyledRun(change.earlier)])
                body.runs([
                    StyledRun(body.words[.revisitNewWording] + " ", role: .emphasis), StyledRun(change.proposed),
                ])
                body.gap()
            }
            choiceBody(choice, view: view, into: &body)
        case .multi(let multi):
            multiBody(multi, view: view, into: &body)
        case .text(let text):
            body.runs(GuideText.emphasis(text.prompt))
            body.gap()
            body.field(view.input, active: true, indent: 0)
            body.gap()
            body.text(body.words[text.optional ? .textHintOptional : .textHint], role: .dim)
        case .scale(let scale):
            scaleBody(scale, view: view, into: &body)
        case .compare(let compare):
            CompareLayout.body(compare, column: view.compareColumn, into: &body)
        case .decision, .availability, .sure:
            formBody(screen, session: session, view: view, into: &body)
        case .consent(let consent):
            ConsentLayout.body(consent, screen: screen, session: session, view: view, into: &body)
        case .summary(let summary):
            SummaryLayout.body(summary, session: session, into: &body)
        case .acknowledge(let acknowledge):
            GroupLayout.statements(acknowledge, into: &body)
            formBody(screen, session: session, view: view, into: &body)
        case .questions(let questions):
            GroupLayout.questions(questions, screen: screen, session: session, view: view, into: &body)
        case .weeks(let weeks):
            WeeksLayout.body(weeks, view: view, into: &body)
        case .progress(let progress):
            ProgressLayout.body(progress, screen: screen, session: session, into: &body)
        }
        return body
    }

    /// Why the people are back on this screen: the SURE check's "go back and talk it through", with the
    /// questions answered no.
    private static func talkThroughNote(_ doubts: [Int], into body: inout Body) {
        body.text(body.words[.talkThroughHere], role: .emphasis)
        for index in doubts where SessionForm.sureQuestions.indices.contains(index) {
            body.add(
                TextWrap.wrap(
                    [StyledRun(body.words[SessionForm.sureQuestions[index]])], width: body.width,
                    prefix: [StyledRun("  \(body.glyphs.bullet) ")]))
        }
        body.gap()
    }

    /// The items of a choice screen: its options, then "Something else" and "Skip" when the guide allows.
    static func choiceItems(_ choice: ChoiceScreen, words: Words) -> [String] {
        choice.options.map(\.label) + (choice.allowOther ? [words[.somethingElse]] : [])
            + (choice.optional ? [words[.skipThisQuestion]] : [])
    }

    private static func choiceBody(_ choice: ChoiceScreen, view: ViewState, into body: inout Body) {
        body.runs(GuideText.emphasis(choice.prompt))
        body.gap()
        for (index, label) in choiceItems(choice, words: body.words).enumerated() {
            let highlighted = index == view.highlight
            let detail = index < choice.options.count ? choice.options[index].detail : nil
            body.item(label, mark: index == view.chosen ? "(o)" : "( )", highlighted: highlighted, detail: detail)
            let isOther = choice.allowOther && index == choice.options.count
            if isOther && (highlighted || (view.chosen == index && !view.input.text.isEmpty)) {
                body.text(body.words[.typeItHere], role: .dim, indent: 6)
                body.field(view.input, active: highlighted, indent: 6)
            }
        }
        body.gap()
        body.text(body.words[choice.optional ? .choiceHintOptional : .choiceHint], role: .dim)
    }

    /// "Choose 1 to 2" and the like, from a multi screen's limits.
    package static func multiHint(_ multi: MultiScreen, words: Words) -> String {
        switch (multi.min, multi.max) {
        case (let min?, let max?) where min == max: words(.multiExactly, ["count": .number(min)])
        case (let min?, let max?): words(.multiRange, ["min": .number(min), "max": .number(max)])
        case (let min?, nil): words(.multiAtLeast, ["min": .number(min)])
        case (nil, let max?): words(.multiUpTo, ["max": .number(max)])
        case (nil, nil): words[.multiAny]
        }
    }

    private static func multiBody(_ multi: MultiScreen, view: ViewState, into body: inout Body) {
        body.runs(GuideText.emphasis(multi.prompt))
        body.text(multiHint(multi, words: body.words) + " " + body.words[.multiHintKeys], role: .dim)
        body.gap()
        for (index, option) in multi.options.enumerated() {
            let mark = view.ticked.contains(option.id) ? "[x]" : "[ ]"
            body.item(option.label, mark: mark, highlighted: index == view.highlight, detail: option.detail)
        }
    }

    private static func scaleBody(_ scale: ScaleScreen, view: ViewState, into body: inout Body) {
        body.runs(GuideText.emphasis(scale.prompt))
        body.gap()
        let values = Array(scale.min...max(scale.min, scale.max))
        let digits = values.map { String($0).count }.max() ?? 1
        let cellWidth = digits + 2
        let perLine = max(1, body.width / cellWidth)
        let start = body.count
        for row in stride(from: 0, to: values.count, by: perLine) {
            var runs: [StyledRun] = []
            for value in values[row..<min(values.count, row + perLine)] {
                let number = String(value)
                let pad = String(repeating: " ", count: digits - number.count)
                if value == view.scaleValue {
                    runs.append(StyledRun(pad))
                    runs.append(StyledRun("[" + number + "]", role: .selected))
                } else {
                    runs.append(StyledRun(pad + " " + number + " "))
                }
            }
            body.add(StyledLine(runs))
        }
        body.focusFrom(start)
        if values.count <= perLine {
            labelsUnderTheirNumbers(scale, cellWidth: cellWidth, digits: digits, into: &body)
        } else {
            // Wrapped onto several rows, the ends are not on one line to point at.
            labelsInWords(scale, into: &body)
        }
        body.gap()
        let picked = view.scaleValue.map { body.words(.scaleChosen, ["value": .number($0)]) } ?? ""
        body.text(picked + body.words[.scaleHint], role: .dim)
    }

    /// A scale's end labels pointing up at their own numbers, so "very" can never be read as the label of 6 or 7:
    /// `↑ not at all` starts under the lowest number and `completely ↑` ends under the highest, on one line when
    /// both fit and on two when not.
    private static func labelsUnderTheirNumbers(
        _ scale: ScaleScreen, cellWidth: Int, digits: Int, into body: inout Body
    ) {
        let up = body.glyphs.up
        // Each number is right-aligned in its cell after one space; an arrow goes under its first digit.
        let top = max(scale.min, scale.max)
        let minColumn = 1 + digits - String(scale.min).count
        let maxColumn = (top - scale.min) * cellWidth + 1 + digits - String(top).count
        let left = scale.minLabel.map { String(repeating: " ", count: minColumn) + up + " " + $0 }
        let right = scale.maxLabel.map { $0 + " " + up }
        let rightStart = right.map { maxColumn + DisplayWidth.of(up) - DisplayWidth.of($0) }
        let fits = (left.map { DisplayWidth.of($0) <= body.width } ?? true) && (rightStart.map { $0 >= 0 } ?? true)
        switch (left, right, rightStart) {
        case _ where !fits:
            labelsInWords(scale, into: &body)
        case (let left?, let right?, let start?) where DisplayWidth.of(left) + 2 <= start:
            let gap = String(repeating: " ", count: start - DisplayWidth.of(left))
            body.add(StyledLine(left + gap + right, role: .dim))
        default:
            if let left { body.add(StyledLine(left, role: .dim)) }
            if let right, let start = rightStart {
                body.add(StyledLine(String(repeating: " ", count: start) + right, role: .dim))
            }
        }
    }

    /// "0 = not at all" and "10 = completely", wrapped: for a scale whose ends cannot be pointed at.
    private static func labelsInWords(_ scale: ScaleScreen, into body: inout Body) {
        if let minLabel = scale.minLabel { body.text("\(scale.min) = \(minLabel)", role: .dim) }
        if let maxLabel = scale.maxLabel { body.text("\(scale.max) = \(maxLabel)", role: .dim) }
    }

    /// The words above a form's fields: the SURE intro, the decision's question, or the choice being checked.
    package static func formIntro(_ screen: Screen, session: SessionState, into body: inout Body) {
        let words = body.words
        switch screen.content {
        case .sure(let sure):
            body.text(sure.intro ?? words[.sureIntro])
        case .decision(let decision) where decision.prompt == nil:
            body.text(words[.decisionIntro])
        case .availability:
            // It asks about the plan that goes ahead: the choice when accepted, else what was agreed instead.
            if case .decision(let given)? = preferredDecision(in: session), let plan = given.plan {
                let lead = words[given.accepted ? .theChoice : .thePlanAgreed]
                body.runs([StyledRun(lead), StyledRun(planLabel(plan, in: session), role: .emphasis)])
            }
        default:
            break
        }
    }

    private static func formBody(_ screen: Screen, session: SessionState, view: ViewState, into body: inout Body) {
        let words = body.words
        let fields = SessionForm.fields(for: screen, in: session, form: view.form, words: words) ?? []
        formIntro(screen, session: session, into: &body)
        body.gap()
        let active = min(max(0, view.form.active), max(0, fields.count - 1))
        for (index, field) in fields.enumerated() {
            let isActive = index == active
            if field.id == "wayOn" {
                body.text(words[.takeMoreTime])
            }
            let start = body.count
            let label = TextWrap.wrap(
                [StyledRun(field.label)], width: body.width, prefix: [StyledRun(isActive ? "> " : "  ")])
            body.add(isActive ? label.map { $0.restyled(.selected) } : label)
            switch field.kind {
            case .pick(let choices):
                let picked = view.form.picks[field.id]
                if !field.listsVertically {
                    let line = choices.enumerated().map { ($0 == picked ? "(o) " : "( ) ") + $1 }.joined(
                        separator: "    ")
                    body.add(StyledLine("    " + line))
                } else {
                    for (choiceIndex, choice) in choices.enumerated() {
                        body.runs([StyledRun((choiceIndex == picked ? "(o) " : "( ) ") + choice)], indent: 4)
                    }
                }
                if isActive { body.focusFrom(start) }
            case .text, .digits:
                body.field(view.form.texts[field.id] ?? TextField(), active: isActive, indent: 4)
                if isActive { body.focus = start..<body.count }
            }
            body.gap()
        }
        body.text(words[.formHint], role: .dim)
    }

    /// The decision on the path, for showing the chosen option's label.
    static func preferredDecision(in session: SessionState) -> Answer? {
        session.answersOnPath.last { if case .decision = $0.answer { true } else { false } }?.answer
    }

    /// A decision's plan in words: the option's label, or the words agreed.
    static func planLabel(_ plan: Decision.Plan, in session: SessionState) -> String {
        switch plan {
        case .option(let id): allCompareOptions(in: session).first { $0.id == id }?.label ?? id
        case .words(let words): words
        }
    }

    /// Every option of every compare screen, for turning option ids into labels.
    static func allCompareOptions(in session: SessionState) -> [CompareScreen.Column] {
        session.guide.screens.flatMap { screen -> [CompareScreen.Column] in
            if case .compare(let compare) = screen.content { compare.options } else { [] }
        }
    }
}
