import KeyworkBuiltinGuides
import KeyworkGuides
import KeyworkNcurses
import KeyworkScreen
import KeyworkSession
import KeyworkTestSupport
import Testing

/// Every screen type of the tour (and the outcome review's weeks and progress) as the terminal draws it in each theme: the characters, then what
/// each cell looks like (attributes, then colour). KEYWORK_UPDATE_GOLDEN=1 records them and fails; read the diff.
@Suite struct ThemeGoldenTests {
    static let golden = GoldenFiles()

    static func state(after actions: [SessionAction], guideID: String = "tour") throws -> SessionState {
        let guide = try #require(BuiltinGuides.guide(id: guideID))
        var state = SessionState(guide: guide, context: SessionContext(keyworker: "Sam", clientReference: "C-1042"))
        for action in [.start] + actions { try Session.reduce(&state, action) }
        return state
    }

    /// The tour's path through every screen type; a flag on the way makes the summary show its warning.
    static let toText: [SessionAction] = [.proceed, .submit(.choice(option: "talk", other: nil))]
    static let toScale = toText + [.proceed]
    static let toCompare = toScale + [.submit(.scale(7))]
    static let toDecision = toCompare + [.proceed]
    static let toAvailability =
        toDecision + [
            .submit(.decision(Decision(preferred: "phone", reasons: "From home"))),
            .flag(words: "Not sure about phone calls"),
        ]
    static let toSure = toAvailability + [.submit(.availability(Availability(availableNow: true)))]
    static let toSummary = toSure + [.submit(.sure(SureCheck(answers: [true, true, true, true])))]
    static let toConsent = toSummary + [.proceed, .tick(statement: "statement-1", ticked: true)]

    /// top-review's path to its first weeks screen, and on to the progress screen with alcohol, one row
    /// "not answered" on every weeks screen, and the three ratings.
    static let toWeeks: [SessionAction] = [.submit(.choice(option: "review", other: nil)), .proceed]
    static let toProgress =
        toWeeks + [
            .submit(
                .weeks(
                    WeeksAnswer(
                        rows: [.init(id: "alcohol", days: [3, 2, 0, 7], amount: "6")]
                            + ["opiates", "crack", "cocaine", "amphetamines", "cannabis", "other", "tobacco"].map {
                                .notAnswered($0)
                            }))),
            .submit(.weeks(WeeksAnswer(rows: [.notAnswered("injected")]))),
            .submit(.choice(option: "no", other: nil)), .submit(.choice(option: "no", other: nil)),
            .submit(
                .weeks(
                    WeeksAnswer(rows: ["shoplifting", "selling", "vehicle", "property-theft"].map { .notAnswered($0) }))
            ),
            .submit(.scale(12)),
            .submit(.weeks(WeeksAnswer(rows: [.notAnswered("paid-work"), .notAnswered("college")]))),
            .submit(.scale(14)), .submit(.choice(option: "no", other: nil)), .submit(.choice(option: "no", other: nil)),
            .submit(.scale(15)),
        ]

    /// A screen to draw: the session actions to reach it, and what the view adds (a refusal, an overlay).
    struct Sample: Sendable {
        var name: String
        var actions: [SessionAction]
        var guideID = "tour"
        var notice: String? = nil
        var helpOverlay = false
        /// Tall enough for the whole screen, so that nothing that matters is below the fold.
        var rows = 24
    }

    static let samples: [Sample] = [
        Sample(name: "info", actions: []),
        Sample(name: "choice", actions: [.proceed]),
        Sample(
            name: "multi-refused", actions: [.proceed, .submit(.choice(option: "practical", other: nil))],
            notice: "Please pick at least 1."),
        Sample(name: "text", actions: toText),
        Sample(name: "scale", actions: toScale),
        Sample(name: "compare", actions: toCompare),
        Sample(name: "decision", actions: toDecision),
        Sample(name: "availability", actions: toAvailability),
        Sample(name: "sure", actions: toSure),
        Sample(name: "summary-flagged", actions: toSummary, rows: 40),
        Sample(name: "consent", actions: toConsent),
        Sample(name: "help", actions: [], helpOverlay: true),
        Sample(name: "weeks", actions: toWeeks, guideID: "top-review", rows: 30),
        Sample(name: "progress", actions: toProgress, guideID: "top-review", rows: 30),
    ]

    static func frame(_ sample: Sample) throws -> Frame {
        let state = try state(after: sample.actions, guideID: sample.guideID)
        var view = ViewState(for: state)
        view.notice = sample.notice
        if sample.helpOverlay { view.overlay = .help }
        return SessionScreen.render(
            state, view, size: TerminalSize(columns: 80, rows: sample.rows), options: RenderOptions())
    }

    /// One letter for a cell's attributes.
    static func attributeMark(_ attributes: StyleAttributes.Attributes) -> Character {
        switch attributes {
        case []: " "
        case .reverse: "R"
        case .bold: "B"
        case .underline: "U"
        case .dim: "D"
        case [.reverse, .bold]: "X"
        case [.underline, .bold]: "V"
        default: "?"
        }
    }

    /// The characters, then one letter per cell for its attributes, then one for its colour.
    static func layers(of frame: Frame, theme: Theme) -> String {
        var attributes: [String] = []
        var colours: [String] = []
        for row in 0..<frame.size.rows {
            var attributeLine = ""
            var colourLine = ""
            for column in 0..<frame.size.columns where !frame[row, column].isContinuation {
                let look = StyleAttributes.for(frame[row, column].role, theme: theme)
                attributeLine.append(attributeMark(look.attributes))
                colourLine.append(look.color?.mark ?? " ")
            }
            attributes.append(attributeLine)
            colours.append(colourLine)
        }
        return frame.text
            + "\n--- attributes (R reverse, B bold, U underline, D dim, X reverse+bold, V underline+bold) ---\n"
            + attributes.joined(separator: "\n")
            + "\n--- colour (w black on yellow, y black on bright yellow; blank: the terminal's own) ---\n"
            + colours.joined(separator: "\n") + "\n"
    }

    @Test(arguments: Theme.allCases)
    func everyScreenTypeMatchesItsGoldenInEachTheme(theme: Theme) throws {
        for sample in Self.samples {
            let actual = Self.layers(of: try Self.frame(sample), theme: theme)
            Self.golden.check(actual, named: "\(sample.name)-80x\(sample.rows)-\(theme.rawValue).txt")
        }
    }

    @Test func theSamplesReachTheScreenTypesTheyAreNamedFor() throws {
        let expected = [
            "info": "welcome", "choice": "focus", "multi-refused": "practical-help", "text": "in-your-words",
            "scale": "how-it-feels", "compare": "ways", "decision": "choose", "availability": "can-we",
            "sure": "how-sure", "summary-flagged": "check", "consent": "agree", "help": "welcome", "weeks": "use",
            "progress": "progress",
        ]
        for sample in Self.samples {
            let state = try Self.state(after: sample.actions, guideID: sample.guideID)
            #expect(state.currentScreenID == expected[sample.name], "\(sample.name)")
        }
    }
}
