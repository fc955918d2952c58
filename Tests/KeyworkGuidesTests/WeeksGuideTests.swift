import Testing

@testable import KeyworkGuides

/// The weeks and progress screen types in YAML: what loads, and each mistake reported where it is.
@Suite struct WeeksGuideTests {
    static let screens = """
          - id: use
            type: weeks
            title: Using in the last four weeks
            text: For each one, on how many days in each week?
            rows:
              - id: alcohol
                label: Alcohol
                amount: units on a using day
              - id: crack
                label: Crack
          - id: psych
            type: scale
            prompt: How has your mind been?
            min: 0
            max: 20
          - id: progress
            type: progress
            title: How things have changed
            show: [use.alcohol, use.crack, psych]
        """

    @Test func weeksAndProgressScreensLoadWithTheirRowsAndAnswersToShow() throws {
        let guide = try GuideLoader.load(yaml: guideYAML(screens: Self.screens), file: "test.yaml", origin: "test.yaml")
        #expect(
            guide.screens[0].content
                == .weeks(
                    WeeksScreen(
                        text: "For each one, on how many days in each week?",
                        rows: [
                            .init(id: "alcohol", label: "Alcohol", amount: "units on a using day"),
                            .init(id: "crack", label: "Crack"),
                        ])))
        #expect(
            guide.screens[2].content
                == .progress(
                    ProgressScreen(
                        show: [
                            .init(screen: "use", row: "alcohol"), .init(screen: "use", row: "crack"),
                            .init(screen: "psych"),
                        ])))
        #expect(guide.screens[0].canonicalText.contains("row: alcohol\nlabel: Alcohol\namount: units on a using day\n"))
        #expect(guide.screens[2].canonicalText.hasSuffix("show: use.alcohol\nshow: use.crack\nshow: psych\n"))
        #expect(
            ScreenText.fields(of: guide.screens[0]).map(\.path) == [
                "title", "text", "row.alcohol.label", "row.alcohol.amount", "row.crack.label",
            ])
    }

    @Test func aWeeksScreenNeedsRowsWithUniqueIDsAndLabels() {
        let errors = loadErrors(
            guideYAML(
                screens: """
                          - id: use
                            type: weeks
                            text: How many days?
                            rows:
                              - id: alcohol
                                label: Alcohol
                                unit: units
                              - id: alcohol
                                label: Drink
                              - id: crack
                    """))
        #expect(
            errors.map { "\($0.lineColumn) \($0.message)" } == [
                "13:13 unknown key 'unit' in row 'alcohol' of screen 'use'",
                "14:17 screen 'use' rows has two with the id 'alcohol'",
                "16:13 row 'crack' of screen 'use' is missing 'label'",
            ])
        let empty = loadErrors(guideYAML(screens: "  - {id: use, type: weeks, text: Hi, rows: []}"))
        #expect(empty.map(\.message) == ["'rows' in screen 'use' is an empty list"])
    }

    @Test func aProgressScreenMayShowOnlyEarlierScalesAndWeeksRows() {
        let errors = loadErrors(
            guideYAML(
                screens: """
                          - id: goal
                            type: text
                            prompt: Why?
                          - id: use
                            type: weeks
                            text: How many days?
                            rows: [{id: alcohol, label: Alcohol}]
                          - id: psych
                            type: scale
                            prompt: How?
                            min: 0
                            max: 20
                          - id: progress
                            type: progress
                            show: [use.alcohol, use.alcohl, use, psych.mind, goal, later, "Use Alcohol", progress]
                          - id: later
                            type: scale
                            prompt: Later?
                            min: 0
                            max: 20
                    """))
        #expect(
            errors.map(\.message) == [
                "screen 'use' has no row 'alcohl'",
                "'show' of screen 'progress' names weeks screen 'use' without a row",
                "'show' of screen 'progress' names a row of scale screen 'psych', which has no rows",
                "'show' of screen 'progress' names screen 'goal', which is a text screen",
                "'show' of screen 'progress' names screen 'later', which comes later in the guide",
                "item 7 of 'show' in screen 'progress' is 'Use Alcohol', which is not a screen id or 'screen.row'",
                "'show' of screen 'progress' names the screen itself",
            ])
        #expect(errors.allSatisfy { $0.location?.line == 21 })
    }

    @Test func repeatAfterDaysMustBeAPositiveNumberOfDays() throws {
        func yaml(_ days: Int) -> String {
            guideYAML(screens: Self.screens).replacingOccurrences(
                of: "screens:", with: "repeat_after_days: \(days)\nscreens:")
        }
        let guide = try GuideLoader.load(yaml: yaml(182), file: "test.yaml", origin: "test.yaml")
        #expect(guide.repeatAfterDays == 182)
        #expect(
            loadErrors(yaml(0)).map(\.message) == [
                "'repeat_after_days' in the guide is 0, but it must be a positive number of days"
            ])
    }
}
