import KeyworkGuides
import KeyworkScreen
import KeyworkSession
import KeyworkWords

/// What the line mode asks for next on the screen on show: one prompt, and how a line answers it.
/// Worked out afresh from the session after every line, so it can never drift from the session.
enum PlainStep: Equatable {
    /// Nothing to answer: Enter goes on (information, comparison, summary, a signed consent).
    case goOn
    case choice(ChoiceScreen)
    /// The words for "Something else", after its number was typed.
    case otherWords(ChoiceScreen)
    case multi(MultiScreen)
    case text(TextScreen)
    case scale(ScaleScreen)
    /// One field of a decision, availability, SURE or group acknowledgement form.
    case formField(PlainForm.Field, number: Int)
    /// The group's questions, one a line, until an empty line; `noted` are already on this screen.
    case groupQuestion(noted: Int)
    /// A consent statement to answer yes (agreed) or no (not agreed, then the client's words).
    case tick(ConsentScreen.Statement, number: Int, of: Int)
    /// A signature; with `canAnswerAgain` (a line is not agreed and nobody has signed) a line's number
    /// asks that line again.
    case sign(SignerRole, meaning: String, canAnswerAgain: Bool)
    /// A required statement is not agreed: the keyworker's name ends the session as "no agreement yet".
    case endWithoutAgreement
    /// A noted question to answer or keep, before going on from a summary or consent screen.
    case review(NotedQuestion)
    case privacy
    /// One row of a weeks screen: four numbers of days, and the amount when the row asks one.
    case weeksRow(WeeksScreen.Row, number: Int, of: Int)

    /// The step for the session as it stands; `pendingOther`, `form`/`asked` and `answeringAgain` (a
    /// consent statement whose number was typed to answer it again) carry what the line mode holds between
    /// lines, and `forms` lays out a form's fields in the chosen language.
    static func current(
        _ session: SessionState, pendingOther: Bool, form: FormState, asked: Set<String>, forms: PlainForm,
        answeringAgain: String? = nil, weeksDone: Int = 0
    ) -> PlainStep {
        guard !session.isPrivate else { return .privacy }
        guard let screen = session.currentScreen else { return .goOn }
        switch screen.content {
        case .summary, .consent:
            if let open = session.openQuestions.first { return .review(open) }
        default:
            break
        }
        switch screen.content {
        case .info, .compare, .summary, .progress:
            return .goOn
        case .weeks(let weeks):
            guard weeks.rows.indices.contains(weeksDone) else { return .goOn }
            return .weeksRow(weeks.rows[weeksDone], number: weeksDone + 1, of: weeks.rows.count)
        case .choice(let choice):
            return pendingOther ? .otherWords(choice) : .choice(choice)
        case .multi(let multi):
            return .multi(multi)
        case .text(let text):
            return .text(text)
        case .scale(let scale):
            return .scale(scale)
        case .decision, .availability, .sure, .acknowledge:
            let fields = forms.fields(screen, session: session, form: form)
            guard let index = fields.firstIndex(where: { !asked.contains($0.id) }) else { return .goOn }
            return .formField(fields[index], number: index + 1)
        case .questions:
            return .groupQuestion(noted: session.questions.filter { $0.screen == screen.id }.count)
        case .consent(let consent):
            let shown = session.shownStatements(of: consent)
            if let index = shown.firstIndex(where: {
                $0.id == answeringAgain || session.mark(of: $0.id, on: screen.id) == .open
            }) {
                return .tick(shown[index], number: index + 1, of: shown.count)
            }
            if !session.requiredNotAgreed(on: screen.id).isEmpty { return .endWithoutAgreement }
            let signed = Set((session.signatures[screen.id] ?? []).map(\.role))
            if let signer = consent.signers.first(where: { !signed.contains($0) }) {
                return .sign(
                    signer, meaning: session.signatureMeaning(for: signer, on: screen),
                    canAnswerAgain: signed.isEmpty && !session.notAgreedStatements(on: screen.id).isEmpty)
            }
            return .goOn
        }
    }

    /// The words of the prompt, before the input marker.
    func hint(_ plain: PlainWords) -> String {
        switch self {
        case .goOn:
            return plain.pressEnter
        case .choice(let choice):
            return plain.chooseByNumber + (choice.optional ? " " + plain.skipHint : "")
        case .otherWords:
            return plain.typeOther
        case .multi(let multi):
            return plain.multiHint + (multi.min == nil ? " " + plain.multiNone : "")
        case .text(let text):
            return plain.typeAnswer + (text.optional ? " " + plain.skipHint : "")
        case .scale(let scale):
            return plain.scaleHint(min: scale.min, max: scale.max)
        case .formField(let field, let number):
            var hint = (field.note.map { $0 + " " } ?? "") + "\(number). \(plain.sentence(field.label))"
            if let choices = field.choices {
                hint += " " + choices.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: " ")
                hint += ". " + plain.pickHint
            } else {
                hint += field.isNumber ? " " + plain.numberHint : " " + plain.formFieldHint
            }
            if let value = field.value {
                hint += " " + field.valueLabel + ": " + value + ". " + field.keepHint
            }
            return hint
        case .groupQuestion(let noted):
            // The whole hint once; after a question, a shorter one, so a screen reader is not read it every time.
            return noted == 0 ? plain.groupQuestionHint : plain.nextGroupQuestion
        case .tick(let statement, let number, let total):
            return "\(plain.statementOf(number, total)): \(statement.text) \(plain.tickHint)"
        case .sign(let role, let meaning, let canAnswerAgain):
            return plain.signAs(plain.words[role.labelPhrase], meaning: meaning) + " " + plain.signHint
                + (canAnswerAgain ? " " + plain.answerAgain : "")
        case .endWithoutAgreement:
            return plain.endWithoutAgreement
        case .review(let question):
            return plain.questionLine(question.number, question.text) + " " + plain.answerOrKeep
        case .privacy:
            return plain.privacyOn
        case .weeksRow(let row, let number, let count):
            let asks: [String: WordArgument] = [
                "row": .text(row.label), "number": .number(number), "count": .number(count),
            ]
            return plain.words(.plainWeeksRow, asks)
                + (row.amount.map { " " + plain.words(.plainWeeksAmount, ["unit": .text($0)]) } ?? "")
        }
    }
}
