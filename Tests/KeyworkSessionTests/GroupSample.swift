import KeyworkGuides
import KeyworkSession

/// A group guide built in code: welcome, ground rules by count, anonymous questions, a summary and the
/// facilitator's sign-off.
enum GroupSample {
    static let rules = AcknowledgeScreen(
        intro: "Read each rule out.",
        statements: [.init(id: "respect", text: "We respect each other."), .init(id: "quiet", text: "One at a time.")])

    static let signOff = ConsentScreen(
        statements: [.init(id: "kept", text: "Every question is in the record.")], signers: [.facilitator])

    static let guide = Guide(
        id: "group-sample", title: "Group sample", version: "1", mode: .group, participants: .initials,
        screens: [
            SampleGuide.screen("welcome", .info(InfoScreen(body: "Welcome, everyone."))),
            SampleGuide.screen("rules", .acknowledge(rules)),
            SampleGuide.screen("cards", .questions(QuestionsScreen(prompt: "What would you like to ask?"))),
            SampleGuide.screen("review", .summary(SummaryScreen())),
            SampleGuide.screen("sign-off", .consent(signOff)),
        ],
        origin: "test")

    static let eight = Participants(headCount: 8)
    static let context = SessionContext(keyworker: "Fran Facilitator", clientReference: nil, participants: eight)
}
