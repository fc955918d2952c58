/// The anonymous question step of a group walkthrough: the facilitator types in any number of questions
/// the group raised (from cards, say), none of them linked to a person. Group guides only.
public struct QuestionsScreen: Sendable, Equatable {
    public var prompt: String

    public init(prompt: String) {
        self.prompt = prompt
    }
}
