import KeyworkFrontEnd
import KeyworkGuides
import KeyworkScreen
import KeyworkSession
import KeyworkWords

/// The line mode's loop around a session: print each screen once, print a prompt, read a line, turn
/// it into the same actions the full screen sends, record their events, and let the state move on.
/// The session, the journal and the seal are exactly those of the full screen.
public final class PlainSessionRunner {
    public private(set) var state: SessionState
    private let io: any PlainIO
    private let recorder: any SessionRecorder
    private let speaker: (any Speaker)?
    private let speakEveryScreen: Bool
    /// The line mode's own words, screens and forms, in the chosen language.
    private let plain: PlainWords
    private let screens: PlainScreen
    private let forms: PlainForm
    /// The screen whose text was printed last; another screen on show is printed once.
    private var printedScreen: String?
    private var printedPrivate = false
    /// Whether a prompt has named the commands since the screen was printed: once per screen is enough.
    private var commandsNamed = false
    /// "Something else" was chosen and its words come next.
    private var pendingOther = false
    /// A consent statement whose number was typed, to be answered again.
    private var answeringAgain: String?
    /// The form being filled in, field by field, and the fields already asked on this pass.
    private var form = FormState()
    private var asked: Set<String> = []
    /// The rows of a weeks screen answered so far, in order.
    private var weeksRows: [WeeksAnswer.Row] = []
    private var formScreen: String?

    /// `words` are the program's words in the chosen language. `speaker` reads a screen aloud on `read`;
    /// with `speakEveryScreen` (`--speak`) it reads each new screen.
    public init(
        state: SessionState, io: any PlainIO, recorder: any SessionRecorder, words: Words,
        speaker: (any Speaker)? = nil, speakEveryScreen: Bool = false
    ) {
        self.state = state
        self.plain = PlainWords(words)
        self.screens = PlainScreen(words)
        self.forms = PlainForm(words)
        self.io = io
        self.recorder = recorder
        self.speaker = speaker
        self.speakEveryScreen = speakEveryScreen
    }

    /// Runs until the session completes or pauses; the end of input pauses, with everything saved.
    public func run(firstActions: [SessionAction]) -> SessionOutcome {
        defer { speaker?.stop() }
        if let outcome = perform(firstActions) { return outcome }
        while true {
            printScreenIfNew()
            let step = currentStep()
            io.write(prompt(for: step) + "\n" + PlainWords.inputMarker)
            guard let line = io.readText(plain) else {
                io.write("\n" + plain.endOfInput + "\n")
                if let outcome = perform([.pause]) { return outcome }
                return .paused(state)
            }
            speaker?.stop()
            let trimmed = line.trimmingCharacters()
            let actions: [SessionAction]
            if let command = PlainCommand(line: trimmed, words: plain.words) {
                actions = handle(command)
            } else {
                actions = answer(trimmed, step: step)
            }
            if let outcome = perform(actions) { return outcome }
        }
    }

    // MARK: Printing

    private func printScreenIfNew() {
        syncForm()
        guard state.currentScreenID != printedScreen || state.isPrivate != printedPrivate else { return }
        printScreen()
    }

    private func printScreen() {
        printedScreen = state.currentScreenID
        printedPrivate = state.isPrivate
        commandsNamed = false
        let text = screens.text(state, form: form)
        io.write("\n" + text + "\n")
        if speakEveryScreen && !state.isPrivate, let speaker, !speaker.speak(text) {
            io.write(plain.readAloudUnavailable + "\n")
        }
        recordOptionsPrinted()
    }

    /// A comparison is printed whole, every option in turn, so the record says each was shown; nothing is
    /// shown behind the privacy screen. Not a person's action: a refusal is not shown to anyone.
    private func recordOptionsPrinted() {
        guard !state.isPrivate, case .compare(let compare)? = state.currentScreen?.content,
            case .moved(let next) = recorder.take(.shown(options: compare.options.map(\.id), page: nil), from: state)
        else { return }
        state = next
    }

    private func prompt(for step: PlainStep) -> String {
        var hint = step.hint(plain)
        if let screen = state.currentScreen, state.answers[screen.id] != nil {
            switch step {
            case .choice, .multi, .text, .scale: hint += " " + plain.keepEarlier
            default: break
            }
        }
        guard !commandsNamed else { return hint }
        commandsNamed = true
        return hint + " " + plain.commandsShort
    }

    // MARK: Lines

    private func currentStep() -> PlainStep {
        syncForm()
        return PlainStep.current(
            state, pendingOther: pendingOther, form: form, asked: asked, forms: forms, answeringAgain: answeringAgain,
            weeksDone: weeksRows.count)
    }

    /// A new screen starts a fresh form, filled in from any earlier answer.
    private func syncForm() {
        guard formScreen != state.currentScreenID else { return }
        formScreen = state.currentScreenID
        form = PlainForm.prefilled(state)
        asked = []
        weeksRows = []
        pendingOther = false
        answeringAgain = nil
    }

    private func handle(_ command: PlainCommand) -> [SessionAction] {
        switch command {
        case .help:
            let width = plain.commands.map(\.command.count).max() ?? 0
            let lines = plain.commands.map { $0.command.padding(to: width) + "  " + $0.meaning }
            io.write(lines.joined(separator: "\n") + "\n")
            return []
        case .again:
            printScreen()
            return []
        case .question(let words):
            guard !state.isPrivate else { return [] }
            let text = words ?? ask(plain.noteQuestionPrompt)
            guard let text, !text.isEmpty else {
                io.write(plain.questionCancelled + "\n")
                return []
            }
            return [.noteQuestion(text)]
        case .notSure:
            guard !state.isPrivate else { return [] }
            let words = ask(plain.flagPrompt)
            return [.flag(words: (words ?? "").isEmpty ? nil : words)]
        case .back:
            return [.back]
        case .read:
            if state.isPrivate || !(speaker?.speak(screens.text(state, form: form)) ?? false) {
                io.write(plain.readAloudUnavailable + "\n")
            }
            return []
        case .privacy:
            return [.togglePrivacy]
        case .pause:
            return [.pause]
        }
    }

    /// Asks for one more line; nil when input has ended.
    private func ask(_ question: String) -> String? {
        io.write(question + "\n" + PlainWords.inputMarker)
        return io.readText(plain)?.trimmingCharacters()
    }

    private func answer(_ line: String, step: PlainStep) -> [SessionAction] {
        switch step {
        case .privacy:
            io.write(plain.privacyOn + "\n")
            return []
        case .goOn:
            guard line.isEmpty else { return unfit() }
            // A form whose fields have all been asked is sent as one answer.
            if let screen = state.currentScreen, screen.type.isForm { return submitForm(screen) }
            return [.proceed]
        case .choice(let choice):
            if line.isEmpty { return [.proceed] }
            guard let number = Int(line), (1...screens.choiceLabels(choice).count).contains(number) else {
                return unfit()
            }
            if number > choice.options.count {
                pendingOther = true
                return []
            }
            return [.submit(.choice(option: choice.options[number - 1].id, other: nil))]
        case .otherWords:
            pendingOther = false
            if line.isEmpty { return [] }
            return [.submit(.choice(option: otherOptionID, other: line))]
        case .multi(let multi):
            if line.isEmpty { return [.proceed] }
            if plain.isNone(line) { return [.submit(.multi(options: []))] }
            let numbers = line.split(whereSeparator: { $0 == " " || $0 == "," }).map { Int($0) }
            guard numbers.allSatisfy({ $0.map { (1...multi.options.count).contains($0) } ?? false }) else {
                return unfit()
            }
            let picked = Set(numbers.compactMap { $0 })
            return [
                .submit(
                    .multi(
                        options: multi.options.indices.filter { picked.contains($0 + 1) }.map { multi.options[$0].id }))
            ]
        case .text:
            return line.isEmpty ? [.proceed] : [.submit(.text(line))]
        case .scale:
            if line.isEmpty { return [.proceed] }
            guard let value = WholeNumber.parse(line) else { return unfit() }
            return [.submit(.scale(value))]
        case .formField(let field, _):
            if line.isEmpty {
                guard field.value != nil || field.choices == nil else { return unfit() }
            } else if !forms.fill(field, with: line, into: &form) {
                return unfit()
            }
            asked.insert(field.id)
            if currentStep() == .goOn, let screen = state.currentScreen { return submitForm(screen) }
            return []
        case .tick(let statement, _, _):
            if plain.isYes(line) {
                answeringAgain = nil
                return [.tick(statement: statement.id, ticked: true)]
            }
            guard plain.isNo(line) else {
                io.write(plain.tickHint + "\n")
                return []
            }
            answeringAgain = nil
            // A "no" is kept as a "no": the statement is marked not agreed, with the client's words if given.
            let words = ask(plain.notAgreedPrompt) ?? ""
            return [.markNotAgreed(statement: statement.id, words: words.isEmpty ? nil : words)]
        case .sign(let role, _, let canAnswerAgain):
            guard !line.isEmpty else { return unfit() }
            if canAnswerAgain, answerAgain(line) { return [] }
            return [.sign(role: role, name: line)]
        case .endWithoutAgreement:
            guard !line.isEmpty else { return unfit() }
            if answerAgain(line) { return [] }
            return [.endWithoutAgreement(name: line)]
        case .groupQuestion:
            // The same actions as the full-screen question step: each line is one question, noted without
            // saying who asked; an empty line goes on.
            return line.isEmpty ? [.proceed] : [.noteQuestion(line)]
        case .weeksRow(let row, let number, _):
            if number == 1, state.answers[state.currentScreenID ?? ""] != nil, plain.isKeep(line) { return [.proceed] }
            guard let answered = PlainWeeks.row(row, from: line) else {
                io.write(plain.words(.plainWeeksUnfit, ["row": .text(row.label)]) + "\n")
                return []
            }
            // Refused at its own line, so only this row is asked again, not every row after the last one.
            if let refusal = WeeksValidation.refusal(of: answered, for: row) {
                io.write(refusal.message(in: plain.words) + "\n")
                return []
            }
            weeksRows.append(answered)
            guard currentStep() == .goOn else { return [] }
            return [.submit(.weeks(WeeksAnswer(rows: weeksRows)))]
        case .review(let question):
            if line.isEmpty { return unfit() }
            if plain.isKeep(line) { return [.carryForwardQuestion(number: question.number)] }
            return [.answerQuestion(number: question.number, answer: line)]
        }
    }

    /// Whether the line is the number of a consent statement shown, which is then asked again.
    private func answerAgain(_ line: String) -> Bool {
        guard let number = Int(line), let screen = state.currentScreenID else { return false }
        let shown = state.shownStatements(on: screen)
        guard shown.indices.contains(number - 1) else { return false }
        answeringAgain = shown[number - 1].id
        return true
    }

    /// The filled form as one answer; a missing pick starts the form again from the top.
    private func submitForm(_ screen: Screen) -> [SessionAction] {
        switch forms.answer(screen, session: state, form: form) {
        case .success(let answer):
            return [.submit(answer)]
        case .failure(let message):
            io.write(message.text + "\n")
            asked = []
            return []
        }
    }

    private func unfit() -> [SessionAction] {
        io.write(plain.unknownCommand + "\n")
        return []
    }

    // MARK: Session

    /// Applies actions in order; a refusal is printed and stops the rest. Returns an outcome when the loop must end.
    private func perform(_ actions: [SessionAction]) -> SessionOutcome? {
        let (reached, outcome) = recorder.perform(
            actions, from: state,
            refused: { refusal in
                io.write(refusal.message + "\n")
                // A refused form is asked again from the top, with what was typed kept.
                asked = []
                weeksRows = []
            },
            moved: { previous, next in
                state = next
                report(from: previous)
            })
        state = reached
        return outcome
    }

    /// A short word for what changed without a new screen, so a screen reader hears that it worked.
    private func report(from previous: SessionState) {
        if state.questions.count > previous.questions.count, case .questions? = state.currentScreen?.content {
            let screen = state.currentScreenID
            io.write(plain.groupQuestionNoted(state.questions.filter { $0.screen == screen }.count) + "\n")
        } else if state.questions.count > previous.questions.count {
            io.write(plain.questionNoted(state.questions.count) + "\n")
        } else if state.flags.count > previous.flags.count {
            io.write(plain.flagNoted(state.flags.count) + "\n")
        } else if state.notAgreed.values.map(\.count).reduce(0, +)
            > previous.notAgreed.values.map(\.count).reduce(0, +)
        {
            io.write(plain.notAgreedNoted + "\n")
        }
    }
}

extension ScreenType {
    /// Whether the screen is asked as a form, field by field.
    fileprivate var isForm: Bool {
        switch self {
        case .decision, .availability, .sure, .acknowledge: true
        default: false
        }
    }
}

extension String {
    fileprivate func trimmingCharacters() -> String {
        var text = Substring(self)
        while text.first?.isWhitespace == true { text.removeFirst() }
        while text.last?.isWhitespace == true { text.removeLast() }
        return String(text)
    }

    fileprivate func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
