import KeyworkGuides
import KeyworkSession
import KeyworkWords

/// The summary before signing: every answer on the path in words (option labels, not ids), the
/// decision, the wait, the SURE result, the questions and the flags.
package enum SummaryLayout {
    package static func body(_ summary: SummaryScreen, session: SessionState, into body: inout Body) {
        if let intro = summary.intro {
            body.add(GuideText.lines(intro, width: body.width, options: body.options))
            body.gap()
        }
        let words = body.words
        // A revisit's answers are its differences from last time, shown side by side.
        let isRevisit = session.context.revisiting != nil
        if isRevisit { RevisitChangesLayout.table(session.statementOutcomes, into: &body) }
        let answers = isRevisit ? [] : session.answersOnPath
        var hasDoubts = !session.flags.isEmpty
        if answers.isEmpty && !isRevisit {
            body.text(words[.nothingAnswered], role: .dim)
        }
        for (screen, answer) in answers {
            switch answer {
            case .decision(let decision):
                section(words[.sectionDecision], into: &body)
                decisionLines(decision, session: session, into: &body)
            case .availability(let availability):
                section(words[.sectionStarting], into: &body)
                availabilityLines(availability, into: &body)
            case .sure(let check):
                section(words[.sectionSure], into: &body)
                let score = words(
                    .sureScore, ["score": .number(check.score), "total": .number(SureScreen.questions.count)])
                pair(
                    words[.result], check.allYes ? score + "." : score + ". " + wayOnWords(check.wayOn, words: words),
                    into: &body)
                // A "no" is a doubt to talk about before signing, marked as flags are.
                for (question, yes) in zip(SessionForm.sureQuestions, check.answers) where !yes {
                    hasDoubts = true
                    body.text(words(.sureAnsweredNo, ["question": .text(words[question])]), role: .warning, indent: 2)
                }
            default:
                let shown = body.options.actionNaming.screen(screen)
                pair(question(shown), Self.words(for: answer, on: shown, words: words), into: &body)
            }
        }
        if !session.questions.isEmpty {
            section(words[.sectionQuestions], into: &body)
            for question in session.questions {
                let resolution: String
                switch question.resolution {
                case .open: resolution = words[.stillToTalkAbout]
                case .answered(let answer): resolution = words(.answerPrefix, ["answer": .text(answer)])
                case .carriedForward: resolution = words[.carriedForward]
                }
                pair("\(question.number). \(question.text)", resolution, into: &body)
            }
        }
        if !session.flags.isEmpty {
            section(words[.sectionNotSure], into: &body)
            for flag in session.flags {
                let place =
                    session.guide.screen(flag.screen).map(question).map(body.options.actionNaming.text) ?? flag.screen
                pair(place, flag.words ?? words[.noWordsGiven], into: &body)
            }
        }
        // Lines marked not agreed on a consent screen already reached, such as after going back from it to here.
        let notAgreed = session.guide.screens.flatMap { session.notAgreedStatements(on: $0.id) }
        if !notAgreed.isEmpty {
            section(words[.sectionNotAgreed], into: &body)
            for (statement, dissent) in notAgreed {
                pair(body.options.actionNaming.text(statement.text), dissent.words ?? words[.noWordsGiven], into: &body)
            }
        }
        if hasDoubts || !notAgreed.isEmpty {
            body.gap()
            body.text(words[.talkBeforeSigning], role: .warning)
        }
        body.gap()
        // A group has a facilitator and many people, not two who read it together.
        let group = session.context.participants != nil
        body.text(words[group ? .readSummaryHintGroup : .readSummaryHint], role: .dim)
    }

    /// How a screen is named in the summary: its title, or its prompt.
    package static func question(_ screen: Screen) -> String {
        if let title = screen.title, !title.isEmpty { return title }
        switch screen.content {
        case .choice(let choice): return choice.prompt
        case .multi(let multi): return multi.prompt
        case .text(let text): return text.prompt
        case .scale(let scale): return scale.prompt
        case .weeks(let weeks): return weeks.text
        default: return screen.id
        }
    }

    /// An answer in words, with labels in place of option ids.
    package static func words(for answer: Answer, on screen: Screen, words: Words) -> String {
        switch (answer, screen.content) {
        case (.choice(let option, let other), .choice(let choice)):
            if let label = choice.options.first(where: { $0.id == option })?.label { return label }
            return words(.somethingElseAnswer, ["words": .text(other ?? "")])
        case (.multi(let options), .multi(let multi)):
            let labels = multi.options.filter { options.contains($0.id) }.map(\.label)
            return labels.isEmpty ? words[.none] : labels.joined(separator: ", ")
        case (.text(let text), _):
            return text
        case (.skipped, _):
            return words[.skipped]
        case (.scale(let value), .scale(let scale)):
            return words(.scaleAnswer, ["value": .number(value), "min": .number(scale.min), "max": .number(scale.max)])
        case (.acknowledged(let agreed, let present), _):
            return words(.acknowledgedCount, ["agreed": .number(agreed), "present": .number(present)])
        case (.weeks(let given), .weeks(let weeks)):
            return given.lines(for: weeks, words: words).joined(separator: "; ")
        default:
            return words[.answered]
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
        let words = body.words
        let label = ScreenLayout.allCompareOptions(in: session).first { $0.id == decision.preferred }?.label
        pair(words[.preferred], label ?? decision.preferred, into: &body)
        pair(words[.why], decision.reasons, into: &body)
        pair(words[.keyworker], words[decision.keyworkerView == .agree ? .agrees : .hasConcerns], into: &body)
        if let risks = decision.risks, !risks.isEmpty { pair(words[.risks], risks, into: &body) }
        if let steps = decision.riskReductionSteps, !steps.isEmpty {
            pair(words[.stepsToMakeSafer], steps, into: &body)
        }
        pair(
            words[.accepted],
            decision.accepted
                ? words[.yes] : words(.notAcceptedBecause, ["reason": .text(decision.notAcceptedReason ?? "")]),
            into: &body)
        if !decision.accepted, let plan = decision.plan {
            pair(words[.agreedInstead], ScreenLayout.planLabel(plan, in: session), into: &body)
        }
    }

    private static func availabilityLines(_ availability: Availability, into body: inout Body) {
        let words = body.words
        guard !availability.availableNow else {
            pair(words[.canStartNow], words[.yes], into: &body)
            return
        }
        pair(words[.canStartNow], words[.no], into: &body)
        if let differs = availability.howPlanDiffers { pair(words[.howPlanDiffers], differs, into: &body) }
        if let support = availability.extraSupport { pair(words[.extraSupportMeanwhile], support, into: &body) }
        if let transfer = availability.transferLater {
            pair(words[.canMoveLater], words[transfer ? .yes : .no], into: &body)
        }
        if let weeks = availability.estimatedWaitWeeks {
            pair(words[.estimatedWait], words(.weeks, ["count": .number(weeks)]), into: &body)
        }
        if let told = availability.howToldOfDelays { pair(words[.howDelaysTold], told, into: &body) }
        if let contact = availability.contact { pair(words[.contact], contact, into: &body) }
    }

    private static func wayOnWords(_ wayOn: SureCheck.WayOn?, words: Words) -> String {
        switch wayOn {
        case .pause?: words[.choseToPause]
        case .goBack?: words[.choseToGoBack]
        case .continueAnyway?: words[.choseToContinue]
        case nil: ""
        }
    }
}
