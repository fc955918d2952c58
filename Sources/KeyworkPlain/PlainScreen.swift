import KeyworkGuides
import KeyworkScreen
import KeyworkSession
import KeyworkWords

/// A session's current screen as plain text, for the line-by-line mode (`--plain`) and for read-aloud:
/// title, position, body, numbered choices, each comparison option as a list. Lines are not wrapped
/// (screen readers, braille displays and terminals wrap for themselves) and there is no markup, no
/// box drawing and no escape sequence, so what is printed is exactly what is read.
public struct PlainScreen: SpokenScreen {
    /// The line mode's own words, in the chosen language.
    public let plain: PlainWords
    /// How the actions guide text names with `{key:...}` are said: the word to type in the line mode, the key
    /// when the full screen reads its screen aloud.
    public let actionNaming: ActionNaming

    public init(_ words: Words, actionNaming: ActionNaming? = nil) {
        plain = PlainWords(words)
        self.actionNaming = actionNaming ?? .typedCommands(words)
    }

    /// The whole screen on show, ending with a newline; the privacy notice while privacy is on.
    public func text(_ session: SessionState, form: FormState? = nil) -> String {
        guard !session.isPrivate else { return plain.privacyOn + "\n" }
        guard let screen = session.currentScreenAsShown.map(actionNaming.screen) else { return "" }
        var lines: [String] = []
        let title = screen.title.map { $0.last.map(\.isPunctuation) == true ? $0 + " " : $0 + ". " }
        lines.append(
            (title ?? "")
                + plain.screenPosition(
                    session.progress.position, session.progress.total, isEstimate: session.progress.isEstimate) + ".")
        lines.append("")
        lines += body(of: screen, session: session, form: form ?? prefilledForm(session))
        if !session.openQuestions.isEmpty && session.isQuestionReviewPoint {
            lines.append("")
            lines += questionReview(session)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The body of one screen, without its title line.
    func body(of screen: Screen, session: SessionState, form: FormState) -> [String] {
        var lines: [String] = []
        let earlier = session.answers[screen.id]
        switch screen.content {
        case .info(let info):
            lines += guideText(info.body)
        case .choice(let choice):
            lines.append(choice.prompt)
            lines += numbered(choiceLabels(choice, details: true))
            if let earlier {
                lines.append(
                    "\(plain.earlierAnswer): \(SummaryLayout.words(for: earlier, on: screen, words: plain.words))"
                )
            }
        case .multi(let multi):
            lines.append(multi.prompt)
            lines.append(ScreenLayout.multiHint(multi, words: plain.words))
            lines += numbered(multi.options.map { label($0) })
            if let earlier {
                lines.append(
                    "\(plain.earlierAnswer): \(SummaryLayout.words(for: earlier, on: screen, words: plain.words))"
                )
            }
        case .text(let text):
            lines.append(text.prompt)
            if let earlier {
                lines.append(
                    "\(plain.earlierAnswer): \(SummaryLayout.words(for: earlier, on: screen, words: plain.words))"
                )
            }
        case .scale(let scale):
            lines.append(scale.prompt)
            let ends = scaleEnds(scale)
            if !ends.isEmpty { lines.append(ends) }
            if let earlier {
                lines.append(
                    "\(plain.earlierAnswer): \(SummaryLayout.words(for: earlier, on: screen, words: plain.words))"
                )
            }
        case .compare(let compare):
            lines += compareLines(compare)
        case .decision, .availability, .sure:
            lines += formLines(screen, session: session, form: form)
        case .consent(let consent):
            lines += consentLines(consent, screen: screen, session: session)
        case .summary(let summary):
            var body = Body(
                width: unwrapped, options: RenderOptions(unicode: false, words: plain.words, actionNaming: actionNaming)
            )
            SummaryLayout.body(summary, session: session, into: &body)
            lines += body.lines.map { $0.text.trimmingSpaces() }
        case .acknowledge(let acknowledge):
            if let intro = acknowledge.intro { lines += guideText(intro) + [""] }
            lines.append(plain.statementsReadOut + ":")
            lines += numbered(acknowledge.statements.map(\.text))
            lines.append("")
            lines += formLines(screen, session: session, form: form)
        case .questions(let questions):
            lines += groupQuestionLines(questions, screen: screen, session: session)
        case .weeks(let weeks):
            lines.append(weeks.text)
            lines += numbered(weeks.rows.map { row in row.amount.map { "\(row.label) (\($0))" } ?? row.label })
            if let earlier {
                lines.append(plain.earlierAnswer + ":")
                if case .weeks(let given) = earlier { lines += given.lines(for: weeks, words: plain.words) }
            }
        case .progress(let progress):
            if let text = progress.text { lines += guideText(text) + [""] }
            let shown = session.progressShown[screen.id] ?? ProgressShown.of(progress, earlier: session.context.earlier)
            if shown.sessions.isEmpty { lines += [plain.words[.progressFirstOne], ""] }
            let charts = ProgressSeries.of(screen, in: session)
            lines += ProgressLayout.lines(of: charts, width: unwrapped, unicode: false, words: plain.words).map {
                $0.text.trimmingSpaces()
            }
            for leftOut in shown.leftOut { lines += ["", ProgressLayout.leftOutWords(leftOut, words: plain.words)] }
        }
        return lines
    }

    /// The labels a choice screen numbers: its options, then "Something else" when the guide allows.
    public func choiceLabels(_ choice: ChoiceScreen, details: Bool = false) -> [String] {
        choice.options.map { details ? label($0) : $0.label } + (choice.allowOther ? [plain.somethingElse] : [])
    }

    /// The words at each end of a scale, such as "0 means Not hopeful. 10 means Very hopeful."; empty without labels.
    func scaleEnds(_ scale: ScaleScreen) -> String {
        let low = scale.minLabel.map { plain.scaleEnd(scale.min, means: $0) }
        let high = scale.maxLabel.map { plain.scaleEnd(scale.max, means: $0) }
        return [low, high].compactMap { $0 }.joined(separator: " ")
    }

    private func label(_ option: Option) -> String {
        option.detail.map { "\(option.label). \($0)" } ?? option.label
    }

    private func numbered(_ labels: [String]) -> [String] {
        labels.enumerated().map { "\($0.offset + 1). \($0.element)" }
    }

    /// A guide's body text: paragraphs on one line each, bullets as "- ", emphasis marks dropped.
    func guideText(_ text: String) -> [String] {
        var lines: [String] = []
        for block in GuideText.blocks(text) {
            switch block {
            case .blank: if lines.last?.isEmpty == false { lines.append("") }
            case .paragraph(let text): lines.append(plain(text))
            case .bullet(let text): lines.append("- " + plain(text))
            }
        }
        return lines
    }

    private func plain(_ text: String) -> String {
        GuideText.emphasis(text).map(\.text).joined()
    }

    private func compareLines(_ compare: CompareScreen) -> [String] {
        var lines: [String] = []
        if let prompt = compare.prompt { lines.append(prompt) }
        for (index, option) in compare.options.enumerated() {
            if !lines.isEmpty { lines.append("") }
            lines.append(plain.optionHeading(index + 1, of: compare.options.count, label: option.label))
            for attribute in compare.attributes {
                lines.append("\(attribute.label): \(option.values[attribute.id] ?? "")")
            }
            if !option.pros.isEmpty { lines.append("\(plain.goodPoints): " + option.pros.joined(separator: " ")) }
            if !option.cons.isEmpty {
                lines.append("\(plain.thingsToThinkAbout): " + option.cons.joined(separator: " "))
            }
        }
        return lines
    }

    private func formLines(_ screen: Screen, session: SessionState, form: FormState) -> [String] {
        var lines: [String] = []
        var body = Body(width: unwrapped, options: RenderOptions(unicode: false, words: plain.words))
        ScreenLayout.formIntro(screen, session: session, into: &body)
        lines += body.lines.map { $0.text.trimmingSpaces() }.filter { !$0.isEmpty }
        let fields = formFields(screen, session: session, form: form)
        for (index, field) in fields.enumerated() {
            if let note = field.note { lines.append(note) }
            var line = "\(index + 1). \(field.label)"
            if let choices = field.choices { line += " (" + choices.joined(separator: " / ") + ")" }
            if let value = field.value { line += " " + field.valueLabel + ": " + value + "." }
            lines.append(line)
        }
        return lines
    }

    private func consentLines(_ consent: ConsentScreen, screen: Screen, session: SessionState) -> [String] {
        var lines: [String] = []
        if let intro = consent.intro { lines += guideText(intro) + [""] }
        lines.append(plain.statementsHeading + ":")
        for (index, statement) in session.shownStatements(of: consent).enumerated() {
            let state: String
            switch session.mark(of: statement.id, on: screen.id) {
            case .open: state = plain.notTicked + "."
            case .agreed: state = plain.ticked + "."
            case .notAgreed(let notAgreed): state = ConsentLayout.notAgreedLine(notAgreed, words: plain.words)
            }
            lines.append("\(index + 1). \(statement.text) (\(state))")
        }
        if !session.requiredNotAgreed(on: screen.id).isEmpty {
            lines += ["", plain.words[.noAgreementYet] + ". " + plain.words[.noAgreementExplained]]
            return lines
        }
        let signatures = session.signatures[screen.id] ?? []
        for signer in consent.signers {
            lines.append("")
            lines.append(
                plain.signAs(
                    plain.words[signer.labelPhrase], meaning: session.signatureMeaning(for: signer, on: screen)))
            if let signature = signatures.first(where: { $0.role == signer }) {
                lines.append("\(plain.signedBy) \(signature.name).")
            }
        }
        return lines
    }

    /// The question step's prompt, then the questions already typed on it, numbered. Nobody is named.
    private func groupQuestionLines(_ questions: QuestionsScreen, screen: Screen, session: SessionState)
        -> [String]
    {
        var lines = guideText(questions.prompt) + [""]
        let noted = session.questions.filter { $0.screen == screen.id }
        if noted.isEmpty {
            lines.append(plain.noGroupQuestionsYet)
        } else {
            lines.append(plain.groupQuestionsSoFar(noted.count) + ":")
            lines += numbered(noted.map(\.text))
        }
        return lines
    }

    /// The open questions to look at before going on, each with where it was asked.
    func questionReview(_ session: SessionState) -> [String] {
        var lines = [plain.questionsHeading + ".", plain.questionsIntro]
        for question in session.questions {
            let place =
                session.guide.screen(question.screen).map(SummaryLayout.question).map(actionNaming.text)
                ?? question.screen
            lines.append(
                plain.questionLine(question.number, question.text) + " (\(plain.askedOn) \"\(place)\". "
                    + QuestionReviewLayout.state(of: question, words: plain.words) + ")")
        }
        return lines
    }

    /// Wide enough that nothing the plain text reuses from the full screen is wrapped.
    private let unwrapped = 100_000
}
