import KeyworkGuides

/// Whether an answer fits its screen. Refusals are gentle and say what to do.
enum AnswerValidation {
    static func check(_ answer: Answer, for screen: Screen, in state: SessionState) throws(SessionRefusal) {
        switch (screen.content, answer) {
        case (.choice(let choice), .skipped):
            guard choice.optional else { throw SessionRefusal("Please choose one of the options.") }
        case (.choice(let choice), .choice(let option, let other)):
            try checkChoice(choice, option: option, other: other)
        case (.multi(let multi), .multi(let options)):
            try checkMulti(multi, options: options)
        case (.text(let text), .skipped):
            guard text.optional else { throw SessionRefusal("Please type an answer.") }
        case (.text, .text(let words)):
            guard !words.isBlank else { throw SessionRefusal("Please type an answer.") }
        case (.scale(let scale), .scale(let value)):
            guard (scale.min...scale.max).contains(value) else {
                throw SessionRefusal("Please choose a number from \(scale.min) to \(scale.max).")
            }
        case (.decision(let decision), .decision(let given)):
            try checkDecision(given, from: decision, in: state)
        case (.availability, .availability(let given)):
            try checkAvailability(given)
        case (.sure, .sure(let check)):
            guard check.answers.count == SureScreen.questions.count else {
                throw SessionRefusal("Please answer yes or no to each of the four questions.")
            }
            if !check.allYes && check.wayOn == nil {
                throw SessionRefusal("Please choose how you would like to go on.")
            }
        case (.acknowledge, .acknowledged(let agreed, let present)):
            guard present >= 1 else { throw SessionRefusal("Please type how many people are here now.") }
            guard agreed >= 0 else { throw SessionRefusal("Please type how many agreed, as a number.") }
            guard agreed <= present else {
                throw SessionRefusal(
                    "\(agreed) agreed, but only \(present) \(present == 1 ? "is" : "are") here. Please count again.")
            }
        case (.info, _), (.compare, _), (.summary, _), (.consent, _), (.questions, _):
            throw SessionRefusal("This screen asks nothing. Press Enter to go on.")
        default:
            throw SessionRefusal("That answer does not fit this screen.")
        }
    }

    private static func checkChoice(_ choice: ChoiceScreen, option: String, other: String?) throws(SessionRefusal) {
        if option == otherOptionID && choice.allowOther && !choice.options.contains(where: { $0.id == option }) {
            guard let other, !other.isBlank else {
                throw SessionRefusal("Please type what else you mean, or choose another option.")
            }
            return
        }
        guard choice.options.contains(where: { $0.id == option }) else {
            throw SessionRefusal("Please choose one of the options.")
        }
    }

    private static func checkMulti(_ multi: MultiScreen, options: [String]) throws(SessionRefusal) {
        let known = Set(multi.options.map(\.id))
        guard options.allSatisfy(known.contains), Set(options).count == options.count else {
            throw SessionRefusal("Please choose from the options shown.")
        }
        if let min = multi.min, options.count < min {
            throw SessionRefusal(min == 1 ? "Please choose at least one." : "Please choose at least \(min).")
        }
        if let max = multi.max, options.count > max {
            throw SessionRefusal(max == 1 ? "Please choose only one." : "Please choose no more than \(max).")
        }
    }

    private static func checkDecision(
        _ given: Decision, from screen: DecisionScreen, in state: SessionState
    ) throws(SessionRefusal) {
        guard case .compare(let compare)? = state.guide.screen(screen.from)?.content,
            compare.options.contains(where: { $0.id == given.preferred })
        else { throw SessionRefusal("Please choose the option you prefer.") }
        guard !given.reasons.isBlank else {
            throw SessionRefusal("Please say, in your own words, why this option.")
        }
        if given.keyworkerView == .concerns {
            guard !(given.risks ?? "").isBlank else { throw SessionRefusal("Please write down the risks, plainly.") }
            guard !(given.riskReductionSteps ?? "").isBlank else {
                throw SessionRefusal("Please write down the steps you both agree to, to make it safer.")
            }
        }
        if !given.accepted && (given.notAcceptedReason ?? "").isBlank {
            throw SessionRefusal("Please record why this choice cannot be accepted.")
        }
    }

    private static func checkAvailability(_ given: Availability) throws(SessionRefusal) {
        guard !given.availableNow else { return }
        guard !(given.howPlanDiffers ?? "").isBlank else {
            throw SessionRefusal("Please say how the plan differs from what was wanted.")
        }
        guard !(given.extraSupport ?? "").isBlank else {
            throw SessionRefusal("Please say what extra support there will be while waiting.")
        }
        guard let weeks = given.estimatedWaitWeeks, weeks >= 0 else {
            throw SessionRefusal("Please give the wait in weeks, as a best estimate.")
        }
        guard !(given.howToldOfDelays ?? "").isBlank else {
            throw SessionRefusal("Please say how the client will be told about any delay.")
        }
        guard !(given.contact ?? "").isBlank else {
            throw SessionRefusal("Please give a contact name or number.")
        }
    }
}

extension String {
    /// Empty, or only spaces and line breaks.
    var isBlank: Bool { allSatisfy(\.isWhitespace) }
}
