import KeyworkDiagnostics
import KeyworkGuides

/// A guide built in code with every screen type, so these tests do not depend on the YAML loader.
enum SampleGuide {
    static let location = KeyworkDiagnostics.SourceLocation(file: "sample.yaml", line: 1, column: 1)

    static func screen(_ id: String, _ content: ScreenContent, when: Condition? = nil) -> KeyworkGuides.Screen {
        Screen(
            id: id, title: "Title of \(id)", when: when, content: content, location: location, textHash: "hash-\(id)")
    }

    static let compare = CompareScreen(
        attributes: [.init(id: "what", label: "What it involves")],
        options: [
            .init(id: "group", label: "Group", values: ["what": "Meet weekly"], pros: ["Company"], cons: ["Busy"]),
            .init(
                id: "one", label: "One to one", values: ["what": "Meet a keyworker"], pros: ["Private"], cons: ["Wait"]),
        ])

    static let consent = ConsentScreen(
        statements: [.init(id: "s1", text: "I agree to the plan."), .init(id: "s2", text: "I can ask to change it.")],
        signers: [.client, .keyworker], revisitAfterDays: 28, requiresSure: true)

    static let guide = Guide(
        id: "sample", title: "Sample", version: "1",
        screens: [
            screen("welcome", .info(InfoScreen(body: "Hello."))),
            screen(
                "goal",
                .choice(
                    ChoiceScreen(
                        prompt: "What do you want?",
                        options: [.init(id: "stop", label: "Stop"), .init(id: "stable", label: "Feel stable")],
                        allowOther: true))),
            screen(
                "stop-plan", .text(TextScreen(prompt: "How will you stop?")),
                when: Condition(screen: "goal", test: .isOption("stop"), location: location)),
            screen(
                "worries",
                .multi(
                    MultiScreen(
                        prompt: "What worries you?",
                        options: [.init(id: "a", label: "A"), .init(id: "b", label: "B"), .init(id: "c", label: "C")],
                        min: 1, max: 2))),
            screen("notes", .text(TextScreen(prompt: "Anything else?", optional: true))),
            screen("confidence", .scale(ScaleScreen(prompt: "How sure?", min: 0, max: 10))),
            screen("options", .compare(compare)),
            screen("decide", .decision(DecisionScreen(from: "options"))),
            screen("wait", .availability(AvailabilityScreen(from: "decide"))),
            screen("sure", .sure(SureScreen())),
            screen("review", .summary(SummaryScreen())),
            screen("agree", .consent(consent)),
        ],
        origin: "test")
}
