import KeyworkGuides
import KeyworkSession

/// The summary before signing: every answer on the path in words (option labels, not ids), the
/// decision, the wait, the SURE result, the questions and the flags.
enum SummaryLayout {
    static func body(_ summary: SummaryScreen, session: SessionState, into body: inout Body) {
        if let intro = summary.intro {
            body.add(GuideText.lines(intro, width: body.width, options: body.options))
            body.gap()
        }
        // A revisit's answers are its differences from last time, shown side by side.
        let isRevisit = session.context.revisiting != nil
        if isRevisit { RevisitChangesLayout.table(session.statementOutcomes, into: &body) }
        let answers = isRevisit ? [] : session.answersOnPath
        if answers.isEmpty && !isRevisit {
            body.text("Nothing has been answered yet.", role: .dim)
        }
        for (screen, answer) in answers {
            switch answer {
            case .decision(let decision):
                section("The decision", into: &body)
                decisionLines(decision, session: session, into: &body)
            case .availability(let availability):
                section("Starting and waiting", into: &body)
                availabilityLines(availability, into: &body)
            case .sure(let check):
                section("The SURE check", into: &body)
                let score = "\(check.score) of \(SureScreen.questions.count) answered yes"
                pair("Result", check.allYes ? score + "." : score + ". " + wayOnWords(check.wayOn), into: &body)
            default:
                pair(question(screen), words(for: answer, on: screen), into: &body)
            }
        }
        if !session.questions.isEmpty {
            section("Questions", into: &body)
            for question in session.questions {
                let resolution: String
                switch question.resolution {
                case .open: resolution = "Still to talk about."
                case .answered(let answer): resolution = "Answer: " + answer
                case .carriedForward: resolution = "Carried forward to next time."
                }
                pair("\(question.number). \(question.text)", resolution, into: &body)
            }
        }
        if !session.flags.isEmpty {
            section("Not sure or disagree", into: &body)
            for flag in session.flags {
                let place = session.guide.screen(flag.screen).map(question) ?? flag.screen
                pair(place, flag.words ?? "(no words given)", into: &body)
            }
            body.gap()
            body.text("! Please talk about each of these before signing.", role: .warning)
        }
        body.gap()
        body.text("Press Enter when you have both read this.", role: .dim)
    }

    /// How a screen is named in the summary: its title, or its prompt.
    static func question(_ screen: Screen) -> String {
        if let title = screen.title, !title.isEmpty { return title }
        switch screen.content {
        case .choice(let choice): return choice.prompt
        case .multi(let multi): return multi.prompt
        case .text(let text): return text.prompt
        case .scale(let scale): return scale.prompt
        default: return screen.id
        }
    }

    /// An answer in words, with labels in place of option ids.
    static func words(for answer: Answer, on screen: Screen) -> String {
        switch (answer, screen.content) {
        case (.choice(let option, let other), .choice(let choice)):
            if let label = choice.options.first(where: { $0.id == option })?.label { return label }
            return "Something else: " + (other ?? "")
        case (.multi(let options), .multi(let multi)):
            let labels = multi.options.filter { options.contains($0.id) }.map(\.label)
            return labels.isEmpty ? "None" : labels.joined(separator: ", ")
        case (.text(let text), _):
            return text
        case (.skipped, _):
            return "Skipped"
        case (.scale(let value), .scale(let scale)):
            return "\(value) (from \(scale.min) to \(scale.max))"
        case (.acknowledged(let agreed, let present), _):
            return "\(agreed) of \(present) agreed"
        default:
            return "Answered"
        }
    }

    private static func section(_ title: String, into body: inout Body) {
        body.gap()
        body.text(title, role: .emphasis)
    }

    private static func pair(_ label: String, _ value: String, into body: inout Body) {
        body.runs([StyledRun(label + ": ", role: .emphasis), StyledRun(value)], indent: 2)
    }

    private static func decisionLines(_ decision: Decision, session: SessionState, into body: inout Body) {
        let label = ScreenLayout.allCompareOptions(in: session).first { $0.id == decision.preferred }?.label
        pair("Preferred", label ?? decision.preferred, into: &body)
        pair("Why", decision.reasons, into: &body)
        pair("Keyworker", decision.keyworkerView == .agree ? "Agrees" : "Has concerns", into: &body)
        if let risks = decision.risks, !risks.isEmpty { pair("Risks", risks, into: &body) }
        if let steps = decision.riskReductionSteps, !steps.isEmpty {
            pair("Steps to make it safer", steps, into: &body)
        }
        pair(
            "Accepted",
            decision.accepted ? "Yes" : "No. " + (decision.notAcceptedReason ?? ""), into: &body)
    }

    private static func availabilityLines(_ availability: Availability, into body: inout Body) {
        guard !availability.availableNow else {
            pair("Can start now", "Yes", into: &body)
            return
        }
        pair("Can start now", "No", into: &body)
        if let differs = availability.howPlanDiffers { pair("How the plan differs", differs, into: &body) }
        if let support = availability.extraSupport { pair("Extra support meanwhile", support, into: &body) }
        if let transfer = availability.transferLater {
            pair("Can move to it later", transfer ? "Yes" : "No", into: &body)
        }
        if let weeks = availability.estimatedWaitWeeks {
            pair("Estimated wait", weeks == 1 ? "1 week" : "\(weeks) weeks", into: &body)
        }
        if let told = availability.howToldOfDelays { pair("How delays will be told", told, into: &body) }
        if let contact = availability.contact { pair("Contact", contact, into: &body) }
    }

    private static func wayOnWords(_ wayOn: SureCheck.WayOn?) -> String {
        switch wayOn {
        case .pause?: "Chose to pause and carry on another day."
        case .goBack?: "Chose to go back and talk it through."
        case .continueAnyway?: "Chose to carry on anyway."
        case nil: ""
        }
    }
}
