import KeyworkGuides

/// What a client and keyworker gave on one screen.
public enum Answer: Sendable, Equatable {
    /// A choice screen's option id, with the typed words when the option is "Something else".
    case choice(option: String, other: String?)
    /// A multi screen's option ids, in the order the guide lists them.
    case multi(options: [String])
    case text(String)
    /// An optional screen passed by on purpose.
    case skipped
    case scale(Int)
    case decision(Decision)
    case availability(Availability)
    case sure(SureCheck)
    /// A group acknowledgement: how many of those present agreed. Nobody is named.
    case acknowledged(agreed: Int, present: Int)
    /// Days in each of the last four weeks per row, or "not answered" per row.
    case weeks(WeeksAnswer)

    /// What a `when` condition compares against: the option ids chosen, or a decision's or availability's
    /// outcome (`DecisionScreen.outcomes`, `AvailabilityScreen.outcomes`).
    public var chosenOptions: [String] {
        switch self {
        case .choice(let option, _): [option]
        case .multi(let options): options
        case .decision(let decision): [decision.accepted ? DecisionScreen.accepted : DecisionScreen.notAccepted]
        case .availability(let availability):
            [availability.availableNow ? AvailabilityScreen.available : AvailabilityScreen.notAvailable]
        default: []
        }
    }
}

/// The id a choice answer uses for the typed "Something else" option.
public let otherOptionID = "other"

/// The client's preferred option, their reasons, and the keyworker's view (DESIGN.md: a justified
/// preference is accepted where possible; risks are stated and risk-reduction steps go into the plan).
public struct Decision: Sendable, Equatable {
    public enum KeyworkerView: String, Sendable, Equatable {
        case agree
        case concerns
    }

    /// The option id from the compare screen.
    public var preferred: String
    /// Why, in the client's own words.
    public var reasons: String
    public var keyworkerView: KeyworkerView
    /// The risks, stated plainly, when the keyworker has concerns.
    public var risks: String?
    /// The risk-reduction steps both agree to put in the plan.
    public var riskReductionSteps: String?
    /// Whether the preference goes into the plan.
    public var accepted: Bool
    /// Why the preference cannot be accepted; required when it is not.
    public var notAcceptedReason: String?
    /// What was agreed instead, required when the preference is not accepted: another option of the compare
    /// screen, or `otherOptionID` with the words in `agreedOther`. Nil when the preference was accepted.
    public var agreedOption: String?
    /// The words of what was agreed instead, when it is not an option of the compare screen.
    public var agreedOther: String?

    public init(
        preferred: String, reasons: String, keyworkerView: KeyworkerView = .agree, risks: String? = nil,
        riskReductionSteps: String? = nil, accepted: Bool = true, notAcceptedReason: String? = nil,
        agreedOption: String? = nil, agreedOther: String? = nil
    ) {
        self.preferred = preferred
        self.reasons = reasons
        self.keyworkerView = keyworkerView
        self.risks = risks
        self.riskReductionSteps = riskReductionSteps
        self.accepted = accepted
        self.notAcceptedReason = notAcceptedReason
        self.agreedOption = agreedOption
        self.agreedOther = agreedOther
    }

    /// The plan that goes ahead, which the availability screen asks about: the preferred option when it was
    /// accepted, else what was agreed instead.
    public var plan: Plan? {
        if accepted { return .option(preferred) }
        if agreedOption == otherOptionID, let agreedOther { return .words(agreedOther) }
        return agreedOption.map(Plan.option)
    }

    /// An option of the compare screen, or a plan in the client's and keyworker's own words.
    public enum Plan: Sendable, Equatable {
        case option(String)
        case words(String)
    }
}

/// Whether the preferred option can start now, and what happens meanwhile if not.
public struct Availability: Sendable, Equatable {
    public var availableNow: Bool
    /// How the plan differs from what was wanted.
    public var howPlanDiffers: String?
    /// Extra support offered in the meantime.
    public var extraSupport: String?
    public var transferLater: Bool?
    public var estimatedWaitWeeks: Int?
    /// How the client will be told of delays.
    public var howToldOfDelays: String?
    /// A contact name or number for the client.
    public var contact: String?

    public init(
        availableNow: Bool, howPlanDiffers: String? = nil, extraSupport: String? = nil, transferLater: Bool? = nil,
        estimatedWaitWeeks: Int? = nil, howToldOfDelays: String? = nil, contact: String? = nil
    ) {
        self.availableNow = availableNow
        self.howPlanDiffers = howPlanDiffers
        self.extraSupport = extraSupport
        self.transferLater = transferLater
        self.estimatedWaitWeeks = estimatedWaitWeeks
        self.howToldOfDelays = howToldOfDelays
        self.contact = contact
    }
}

/// The four SURE answers, and what the client chose to do when any was "no".
public struct SureCheck: Sendable, Equatable {
    public enum WayOn: String, Sendable, Equatable, CaseIterable {
        /// Pause now and continue another day.
        case pause
        /// Go back and talk it through.
        case goBack = "go_back"
        /// Continue anyway.
        case continueAnyway = "continue"
    }

    /// Yes or no to each of `SureScreen.questions`, in order.
    public var answers: [Bool]
    /// Required when any answer is no.
    public var wayOn: WayOn?

    public init(answers: [Bool], wayOn: WayOn? = nil) {
        self.answers = answers
        self.wayOn = wayOn
    }

    /// The SURE score: one point per yes. A score of 3 or less suggests decisional conflict.
    public var score: Int { answers.filter { $0 }.count }
    public var allYes: Bool { answers.count == SureScreen.questions.count && !answers.contains(false) }
}
