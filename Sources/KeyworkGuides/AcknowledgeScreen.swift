/// A group acknowledgement, such as ground rules: the statements are read out, and the facilitator
/// records how many of those present agreed ("7 of 8 agreed"). Nobody is named. Group guides only.
public struct AcknowledgeScreen: Sendable, Equatable {
    public var intro: String?
    public var statements: [ConsentScreen.Statement]
    /// The question above the count; `defaultPrompt` when the guide gives none.
    public var prompt: String?

    public static let defaultPrompt = "How many of the group agreed?"

    public init(intro: String? = nil, statements: [ConsentScreen.Statement], prompt: String? = nil) {
        self.intro = intro
        self.statements = statements
        self.prompt = prompt
    }
}
