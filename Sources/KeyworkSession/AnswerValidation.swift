import KeyworkGuides
import KeyworkWords

/// Whether an answer fits its screen. Refusals are gentle and say what to do.
enum AnswerValidation {
    static func check(_ answer: Answer, for screen: Screen, in state: SessionState) throws(SessionRefusal) {
        switch (screen.content, answer) {
        case (.choice(let choice), .skipped):
            guard choice.optional else { throw SessionRefusal(.refuseChooseOption) }
        case (.choice(let choice), .choice(let option, let other)):
            try checkChoice(choice, option: option, other: other)
        case (.multi(let multi), .multi(let options)):
            try checkMulti(multi, options: options)
        case (.text(let text), .skipped):
            guard text.optional else { throw SessionRefusal(.refuseTypeAnswer) }
        case (.text, .text(let words)):
            guard !words.isBlank else { throw SessionRefusal(.refuseTypeAnswer) }
        case (.scale(let scale), .scale(let value)):
            guard (scale.min...scale.max).contains(value) else {
                throw SessionRefusal(.refuseScaleRange, ["min": .number(scale.min), "max": .number(scale.max)])
            }
        case (.decision(let decision), .decision(let given)):
            try checkDecision(given, from: decision, in: state)
        case (.availability, .availability(let given)):
            try checkAvailability(given)
        case (.sure, .sure(let check)):
            guard check.answers.count == SureScreen.questions.count else {
                throw SessionRefusal(.refuseSureAnswers)
            }
            if !check.allYes && check.wayOn == nil {
                throw SessionRefusal(.refuseWayOn)
            }
        case (.acknowledge, .acknowledged(let agreed, let present)):
            guard present >= 1 else { throw SessionRefusal(.refuseHeadCountNow) }
            guard agreed >= 0 else { throw SessionRefusal(.refuseAgreedNumber) }
            guard agreed <= present else {
                throw SessionRefusal(.refuseMoreAgreedThanHere, ["agreed": .number(agreed), "count": .number(present)])
            }
        case (.weeks(let weeks), .weeks(let given)):
            try WeeksValidation.check(given, for: weeks)
        case (.info, _), (.compare, _), (.summary, _), (.consent, _), (.questions, _), (.progress, _):
            throw SessionRefusal(.refuseAsksNothing)
        default:
            throw SessionRefusal(.refuseAnswerDoesNotFit)
        }
    }

    private static func checkChoice(_ choice: ChoiceScreen, option: String, other: String?) throws(SessionRefusal) {
        if option == otherOptionID && choice.allowOther && !choice.options.contains(where: { $0.id == option }) {
            guard let other, !other.isBlank else {
                throw SessionRefusal(.refuseTypeOther)
            }
            return
        }
        guard choice.options.contains(where: { $0.id == option }) else {
            throw SessionRefusal(.refuseChooseOption)
        }
    }

    private static func checkMulti(_ multi: MultiScreen, options: [String]) throws(SessionRefusal) {
        let known = Set(multi.options.map(\.id))
        guard options.allSatisfy(known.contains), Set(options).count == options.count else {
            throw SessionRefusal(.refuseChooseShown)
        }
        if let min = multi.min, options.count < min {
            throw SessionRefusal(.refuseAtLeast, ["count": .number(min)])
        }
        if let max = multi.max, options.count > max {
            throw SessionRefusal(.refuseNoMoreThan, ["count": .number(max)])
        }
    }

    private static func checkDecision(
        _ given: Decision, from screen: DecisionScreen, in state: SessionState
    ) throws(SessionRefusal) {
        guard case .compare(let compare)? = state.guide.screen(screen.from)?.content,
            compare.options.contains(where: { $0.id == given.preferred })
        else { throw SessionRefusal(.refusePreferred) }
        guard !given.reasons.isBlank else {
            throw SessionRefusal(.refuseReasons)
        }
        if given.keyworkerView == .concerns {
            guard !(given.risks ?? "").isBlank else { throw SessionRefusal(.refuseRisks) }
            guard !(given.riskReductionSteps ?? "").isBlank else {
                throw SessionRefusal(.refuseSteps)
            }
        }
        if given.accepted {
            guard given.agreedOption == nil && given.agreedOther == nil else {
                throw SessionRefusal(.refuseAnswerDoesNotFit)
            }
            return
        }
        if (given.notAcceptedReason ?? "").isBlank {
            throw SessionRefusal(.refuseWhyNot)
        }
        try checkAgreedInstead(given, options: compare.options.map(\.id))
    }

    /// A refused preference needs the plan agreed instead, so the rest of the session is about a real plan.
    private static func checkAgreedInstead(_ given: Decision, options: [String]) throws(SessionRefusal) {
        guard let agreed = given.agreedOption else { throw SessionRefusal(.refuseAgreedInstead) }
        if agreed == otherOptionID && !options.contains(otherOptionID) {
            guard !(given.agreedOther ?? "").isBlank else { throw SessionRefusal(.refuseAgreedInsteadWords) }
            return
        }
        guard options.contains(agreed), agreed != given.preferred, given.agreedOther == nil else {
            throw SessionRefusal(.refuseAgreedInstead)
        }
    }

    private static func checkAvailability(_ given: Availability) throws(SessionRefusal) {
        guard !given.availableNow else { return }
        guard !(given.howPlanDiffers ?? "").isBlank else {
            throw SessionRefusal(.refuseDiffers)
        }
        guard !(given.extraSupport ?? "").isBlank else {
            throw SessionRefusal(.refuseSupport)
        }
        guard let weeks = given.estimatedWaitWeeks, weeks >= 0 else {
            throw SessionRefusal(.refuseWeeks)
        }
        guard !(given.howToldOfDelays ?? "").isBlank else {
            throw SessionRefusal(.refuseTold)
        }
        guard !(given.contact ?? "").isBlank else {
            throw SessionRefusal(.refuseContact)
        }
    }
}

extension String {
    /// Empty, or only spaces and line breaks.
    var isBlank: Bool { allSatisfy(\.isWhitespace) }
}
