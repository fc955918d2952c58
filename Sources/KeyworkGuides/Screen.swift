/// One screen of a guide: an id, an optional title and condition, and what the screen asks or shows.

import KeyworkDiagnostics

public struct Screen: Sendable, Equatable {
    public var id: String
    public var title: String?
    /// Shown only when this holds; nil means always shown.
    public var when: Condition?
    /// What the client's copy or the group handout keeps from this screen, `handout:`: a few plain lines to take
    /// home, such as a safety message. Not shown on the screen itself.
    public var handout: String?
    public var content: ScreenContent
    /// Where the screen starts in its guide file.
    public var location: SourceLocation
    /// SHA-256 (hex) of the screen's canonical text, so a transcript can prove what was shown.
    public var textHash: String
    /// Where each text field is in the guide file, keyed by the field paths of `ScreenText.fields(of:)`
    /// (`"title"`, `"option.stop.label"`, ...); lint uses these to put a line number on its warnings.
    public var fieldLocations: [String: SourceLocation]

    public init(
        id: String, title: String? = nil, when: Condition? = nil, handout: String? = nil, content: ScreenContent,
        location: SourceLocation, textHash: String = "", fieldLocations: [String: SourceLocation] = [:]
    ) {
        self.id = id
        self.title = title
        self.when = when
        self.handout = handout
        self.content = content
        self.location = location
        self.textHash = textHash
        self.fieldLocations = fieldLocations
    }

    /// The `type:` of the screen as written in a guide.
    public var type: ScreenType { content.type }
}

/// The screen types of guide format 1.
public enum ScreenType: String, Sendable, Equatable, CaseIterable {
    case info, choice, multi, text, scale, compare, decision, availability, sure, consent, summary
    /// Group walkthroughs only: a count of who agreed, and anonymous questions.
    case acknowledge, questions
    /// Days in each of the last four weeks, per row (the TOP form).
    case weeks
    /// This client's earlier answers to the same guide, drawn as charts with numbers.
    case progress
}

public enum ScreenContent: Sendable, Equatable {
    case info(InfoScreen)
    case choice(ChoiceScreen)
    case multi(MultiScreen)
    case text(TextScreen)
    case scale(ScaleScreen)
    case compare(CompareScreen)
    case decision(DecisionScreen)
    case availability(AvailabilityScreen)
    case sure(SureScreen)
    case consent(ConsentScreen)
    case summary(SummaryScreen)
    case acknowledge(AcknowledgeScreen)
    case questions(QuestionsScreen)
    case weeks(WeeksScreen)
    case progress(ProgressScreen)

    public var type: ScreenType {
        switch self {
        case .info: .info
        case .choice: .choice
        case .multi: .multi
        case .text: .text
        case .scale: .scale
        case .compare: .compare
        case .decision: .decision
        case .availability: .availability
        case .sure: .sure
        case .consent: .consent
        case .summary: .summary
        case .acknowledge: .acknowledge
        case .questions: .questions
        case .weeks: .weeks
        case .progress: .progress
        }
    }
}

/// `when: {screen: goal, is: stop}`, or `is_not`, or `any_of: [a, b]`.
public struct Condition: Sendable, Equatable {
    public enum Test: Sendable, Equatable {
        case isOption(String)
        case isNotOption(String)
        case anyOf([String])
    }

    public var screen: String
    public var test: Test
    public var location: SourceLocation

    public init(screen: String, test: Test, location: SourceLocation) {
        self.screen = screen
        self.test = test
        self.location = location
    }
}

/// A choice option: `{id, label, detail?}`.
public struct Option: Sendable, Equatable {
    public var id: String
    public var label: String
    public var detail: String?

    public init(id: String, label: String, detail: String? = nil) {
        self.id = id
        self.label = label
        self.detail = detail
    }
}

/// Title and body text. The body has paragraphs, `*emphasis*` and "- " bullets.
public struct InfoScreen: Sendable, Equatable {
    public var body: String
    public init(body: String) { self.body = body }
}

/// One option from a list; `allow_other` adds a typed "Something else".
public struct ChoiceScreen: Sendable, Equatable {
    public var prompt: String
    public var options: [Option]
    public var allowOther: Bool
    public var optional: Bool

    public init(prompt: String, options: [Option], allowOther: Bool = false, optional: Bool = false) {
        self.prompt = prompt
        self.options = options
        self.allowOther = allowOther
        self.optional = optional
    }
}

/// Several options; at least `min` and at most `max` when given.
public struct MultiScreen: Sendable, Equatable {
    public var prompt: String
    public var options: [Option]
    public var min: Int?
    public var max: Int?

    public init(prompt: String, options: [Option], min: Int? = nil, max: Int? = nil) {
        self.prompt = prompt
        self.options = options
        self.min = min
        self.max = max
    }
}

/// A typed answer; `optional: true` allows skipping.
public struct TextScreen: Sendable, Equatable {
    public var prompt: String
    public var optional: Bool

    public init(prompt: String, optional: Bool = false) {
        self.prompt = prompt
        self.optional = optional
    }
}

/// A whole number from `min` to `max`, with words for each end.
public struct ScaleScreen: Sendable, Equatable {
    public var prompt: String
    public var min: Int
    public var max: Int
    public var minLabel: String?
    public var maxLabel: String?

    public init(prompt: String, min: Int, max: Int, minLabel: String? = nil, maxLabel: String? = nil) {
        self.prompt = prompt
        self.min = min
        self.max = max
        self.minLabel = minLabel
        self.maxLabel = maxLabel
    }
}

/// An Option Grid: attributes are rows, options are columns.
public struct CompareScreen: Sendable, Equatable {
    public struct Attribute: Sendable, Equatable {
        public var id: String
        public var label: String
        public init(id: String, label: String) {
            self.id = id
            self.label = label
        }
    }

    public struct Column: Sendable, Equatable {
        public var id: String
        public var label: String
        /// The text for each attribute, by attribute id.
        public var values: [String: String]
        public var pros: [String]
        public var cons: [String]

        public init(id: String, label: String, values: [String: String], pros: [String] = [], cons: [String] = []) {
            self.id = id
            self.label = label
            self.values = values
            self.pros = pros
            self.cons = cons
        }
    }

    public var prompt: String?
    public var attributes: [Attribute]
    public var options: [Column]

    public init(prompt: String? = nil, attributes: [Attribute], options: [Column]) {
        self.prompt = prompt
        self.attributes = attributes
        self.options = options
    }
}

/// The client's preferred option from the compare screen `from`, with reasons and the keyworker's view.
public struct DecisionScreen: Sendable, Equatable {
    /// What a `when` can test on a decision: whether the client's preference was accepted.
    public static let outcomes = [accepted, notAccepted]
    public static let accepted = "accepted"
    public static let notAccepted = "not-accepted"

    public var from: String
    public var prompt: String?

    public init(from: String, prompt: String? = nil) {
        self.from = from
        self.prompt = prompt
    }
}

/// Whether the plan agreed on the decision screen `from` is available, and the wait if not.
public struct AvailabilityScreen: Sendable, Equatable {
    /// What a `when` can test on an availability screen: whether the plan can start now.
    public static let outcomes = [available, notAvailable]
    public static let available = "available"
    public static let notAvailable = "not-available"

    public var from: String?
    public var prompt: String?

    public init(from: String? = nil, prompt: String? = nil) {
        self.from = from
        self.prompt = prompt
    }
}

/// The four SURE questions about decisional conflict.
public struct SureScreen: Sendable, Equatable {
    public var intro: String?
    public init(intro: String? = nil) { self.intro = intro }

    /// The four questions of the SURE test, in order, in plain words.
    public static let questions: [String] = [
        "Do you feel sure about the best choice for you?",
        "Do you know the good points and the risks of each option?",
        "Are you clear about which good points and risks matter most to you?",
        "Do you have enough support and advice to make a choice?",
    ]
}

/// Who signs a consent screen.
public enum SignerRole: String, Sendable, Equatable, Hashable, CaseIterable {
    case client, keyworker, facilitator

    /// The meaning of the signature when the guide gives none.
    public var defaultMeaning: String {
        switch self {
        case .client: "I agree to this plan"
        case .keyworker: "I explained this plan and answered the questions"
        case .facilitator: "I ran this group and recorded it faithfully"
        }
    }
}

/// Statements each agreed or not agreed, then a typed signature from each signer.
public struct ConsentScreen: Sendable, Equatable {
    public struct Statement: Sendable, Equatable {
        public var id: String
        public var text: String
        /// The agreement cannot stand without it: when it is not agreed, the session ends as "no agreement yet".
        public var required: Bool
        /// Shown only when this holds, like a screen's `when`; nil means always shown.
        public var when: Condition?

        public init(id: String, text: String, required: Bool = false, when: Condition? = nil) {
            self.id = id
            self.text = text
            self.required = required
            self.when = when
        }
    }

    public var intro: String?
    public var statements: [Statement]
    public var signers: [SignerRole]
    /// What each signature means, by role; a role missing here uses `SignerRole.defaultMeaning`.
    public var meanings: [SignerRole: String]
    public var revisitAfterDays: Int?
    /// The SURE check must have been answered before this consent is signed.
    public var requiresSure: Bool

    public init(
        intro: String? = nil, statements: [Statement], signers: [SignerRole] = [.client, .keyworker],
        meanings: [SignerRole: String] = [:], revisitAfterDays: Int? = nil, requiresSure: Bool = false
    ) {
        self.intro = intro
        self.statements = statements
        self.signers = signers
        self.meanings = meanings
        self.revisitAfterDays = revisitAfterDays
        self.requiresSure = requiresSure
    }

    public func meaning(for role: SignerRole) -> String {
        meanings[role] ?? role.defaultMeaning
    }
}

/// Everything decided, flags and open questions, shown before signing.
public struct SummaryScreen: Sendable, Equatable {
    public var intro: String?
    public init(intro: String? = nil) { self.intro = intro }
}
