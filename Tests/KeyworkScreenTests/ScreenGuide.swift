import KeyworkDiagnostics
import KeyworkGuides
import KeyworkSession

/// Guides built in code with every screen type, so these tests do not depend on the YAML loader.
enum ScreenGuide {
    static let location = KeyworkDiagnostics.SourceLocation(file: "screen.yaml", line: 1, column: 1)

    static func screen(_ id: String, _ title: String?, _ content: ScreenContent) -> KeyworkGuides.Screen {
        Screen(id: id, title: title, content: content, location: location, textHash: "hash-\(id)")
    }

    static let compare = CompareScreen(
        prompt: "Two ways to get support. Take your time.",
        attributes: [
            .init(id: "what", label: "What it involves"),
            .init(id: "often", label: "How often"),
        ],
        options: [
            .init(
                id: "group", label: "Group sessions",
                values: ["what": "Meeting with others who are going through the same thing", "often": "Once a week"],
                pros: ["You hear how others cope", "Company"], cons: ["It can feel busy"]),
            .init(
                id: "one", label: "One to one",
                values: ["what": "Talking with your keyworker on your own", "often": "Every two weeks"],
                pros: ["Private"], cons: ["There may be a wait"]),
        ])

    static let threeWayCompare = CompareScreen(
        attributes: [.init(id: "what", label: "What it is"), .init(id: "daily", label: "Day to day")],
        options: [
            .init(
                id: "methadone", label: "Methadone", values: ["what": "A liquid medicine", "daily": "Taken daily"],
                pros: ["Well known"], cons: ["Daily pick-up at first"]),
            .init(
                id: "buprenorphine", label: "Buprenorphine",
                values: ["what": "A tablet under the tongue", "daily": "Daily, or less often"],
                pros: ["Less sleepy for some"], cons: ["Can bring on withdrawal if started too early"]),
            .init(
                id: "injection", label: "Monthly injection",
                values: ["what": "An injection", "daily": "Nothing daily"],
                pros: ["No daily dose"], cons: ["Fewer places offer it"]),
        ])

    static let consent = ConsentScreen(
        intro: "Please read each statement. Tick it when you agree.",
        statements: [
            .init(id: "s1", text: "I have talked about this plan and I agree to it."),
            .init(id: "s2", text: "I know I can ask to change it at any time."),
        ],
        signers: [.client, .keyworker], revisitAfterDays: 28, requiresSure: true)

    static let guide = Guide(
        id: "screen-test", title: "Planning your support", version: "1",
        screens: [
            screen(
                "welcome", "Welcome",
                .info(
                    InfoScreen(
                        body: """
                            This is a conversation, not a test. There are *no wrong answers*.

                            We will go through:
                            - what you want from support
                            - the choices, side by side, with their good points and the things to think about
                            - a plan you both agree to

                            You can stop, go back or ask a question at any time.
                            """))),
            screen(
                "goal", "What you want",
                .choice(
                    ChoiceScreen(
                        prompt: "What would you most like from treatment?",
                        options: [
                            .init(id: "stop", label: "Stop using completely", detail: "Often with a detox first."),
                            .init(id: "stable", label: "Feel more stable"),
                            .init(id: "safer", label: "Use more safely"),
                        ], allowOther: true, optional: true))),
            screen(
                "worries", "Worries",
                .multi(
                    MultiScreen(
                        prompt: "What worries you most?",
                        options: [
                            .init(id: "withdrawal", label: "Withdrawal"), .init(id: "housing", label: "Housing"),
                            .init(id: "family", label: "Family"),
                        ], min: 1, max: 2))),
            screen("words", "In your words", .text(TextScreen(prompt: "What would a good week look like for you?"))),
            screen(
                "confidence", "How sure you feel",
                .scale(
                    ScaleScreen(
                        prompt: "How sure do you feel about making a change?", min: 0, max: 10, minLabel: "not at all",
                        maxLabel: "completely"))),
            screen("options", "Your options", .compare(compare)),
            screen("decide", "Your choice", .decision(DecisionScreen(from: "options"))),
            screen("wait", "Starting", .availability(AvailabilityScreen(from: "decide"))),
            screen("sure", "Checking you feel sure", .sure(SureScreen())),
            screen("review", "Looking back", .summary(SummaryScreen(intro: "Here is everything decided so far."))),
            screen("agree", "Agreeing the plan", .consent(consent)),
        ],
        origin: "test")

    static let wideGuide = Guide(
        id: "wide", title: "Wide text 広い", version: "1",
        screens: [
            screen(
                "wide", "Café, naïve, 日本語",
                .info(
                    InfoScreen(
                        body: """
                            Accents built from parts: Cafe\u{301} and nai\u{308}ve keep one cell each.

                            日本語のテキストは二つのセルを使います。한국어 문장도 마찬가지입니다。

                            Emoji take two cells: 👍 🇬🇧 👨‍👩‍👧 ❤️ and *強調* too.
                            - 一つ目の項目はとても長いので、折り返されるときに文字が半分に切られてはいけません
                            """))),
            screen("narrow", "Three options", .compare(threeWayCompare)),
        ],
        origin: "test")

    /// A session on `screenID`, with every screen before it on the path.
    static func session(at screenID: String, in guide: Guide = guide, answers: [String: Answer] = [:]) -> SessionState {
        var state = SessionState(guide: guide, context: SessionContext(keyworker: "Sam", clientReference: "C-1"))
        state.status = .inProgress
        if let index = guide.index(of: screenID) {
            state.path = guide.screens[...index].map(\.id)
        }
        state.answers = answers
        return state
    }

    static let decision = Decision(
        preferred: "one", reasons: "I talk better on my own", keyworkerView: .concerns,
        risks: "A wait of some weeks", riskReductionSteps: "Weekly phone call while waiting")
    static let availability = Availability(
        availableNow: false, howPlanDiffers: "Group sessions until a place is free", extraSupport: "A weekly call",
        transferLater: true, estimatedWaitWeeks: 6, howToldOfDelays: "A text message", contact: "Sam, 01632 960001")

    /// Answers for every question screen, as a whole walk would give them.
    static let allAnswers: [String: Answer] = [
        "goal": .choice(option: "stable", other: nil),
        "worries": .multi(options: ["withdrawal", "family"]),
        "words": .text("Getting up, seeing my kids, no chasing."),
        "confidence": .scale(7),
        "decide": .decision(decision),
        "wait": .availability(availability),
        "sure": .sure(SureCheck(answers: [true, true, false, true], wayOn: .continueAnyway)),
    ]
}
