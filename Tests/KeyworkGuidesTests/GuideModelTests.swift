import KeyworkDiagnostics
import Testing

@testable import KeyworkGuides

/// The guide with locations and hashes cleared, to compare only what was decoded.
private func contentOnly(_ guide: Guide) -> Guide {
    var guide = guide
    guide.fieldLocations = [:]
    guide.contentHash = ""
    for index in guide.screens.indices {
        guide.screens[index].fieldLocations = [:]
        guide.screens[index].textHash = ""
        guide.screens[index].location = KeyworkDiagnostics.SourceLocation(file: "", line: 0, column: 0)
        guide.screens[index].when?.location = KeyworkDiagnostics.SourceLocation(file: "", line: 0, column: 0)
    }
    return guide
}

@Test func aGoodGuideLoadsIntoTheExpectedModel() throws {
    let path = fixturePath("good.yaml")
    let guide = try GuideLoader.load(contentsOf: path)
    let nowhere = KeyworkDiagnostics.SourceLocation(file: "", line: 0, column: 0)
    let expected = Guide(
        id: "good", title: "A good guide", version: "2026-11", language: "en", mode: .session,
        reviewed: GuideDate(year: 2026, month: 11, day: 1), reviewBy: GuideDate(year: 2027, month: 11, day: 1),
        sources: ["Option Grid"],
        screens: [
            Screen(
                id: "goal",
                content: .choice(
                    ChoiceScreen(
                        prompt: "What would help?",
                        options: [
                            Option(id: "talk", label: "Talk", detail: "Someone to listen"),
                            Option(id: "plan", label: "Plan"),
                        ])), location: nowhere),
            Screen(
                id: "worries", when: Condition(screen: "goal", test: .anyOf(["talk"]), location: nowhere),
                content: .multi(
                    MultiScreen(
                        prompt: "Any worries?", options: [Option(id: "a", label: "A"), Option(id: "b", label: "B")],
                        min: 1,
                        max: 2)), location: nowhere),
            Screen(
                id: "grid",
                content: .compare(
                    CompareScreen(
                        attributes: [.init(id: "what", label: "What it is")],
                        options: [
                            .init(id: "x", label: "X", values: ["what": "x thing"], pros: ["good"], cons: ["bad"])
                        ])),
                location: nowhere),
            Screen(id: "pick", content: .decision(DecisionScreen(from: "grid")), location: nowhere),
            Screen(id: "sure", content: .sure(SureScreen()), location: nowhere),
            Screen(
                id: "agree",
                content: .consent(
                    ConsentScreen(
                        statements: [.init(id: "statement-1", text: "I agree"), .init(id: "own", text: "I own this")],
                        signers: [.client], meanings: [.client: "Yes"], revisitAfterDays: 30, requiresSure: true)),
                location: nowhere),
        ], origin: path)
    #expect(contentOnly(guide) == expected)
    #expect(guide.screens.map(\.location.line) == [9, 15, 22, 27, 30, 32])
    #expect(guide.screens[1].when?.location == KeyworkDiagnostics.SourceLocation(file: path, line: 18, column: 11))
    #expect(guide.screens.allSatisfy { $0.textHash.count == 64 })
    #expect(guide.contentHash.count == 64)
}

@Test func lintWarnsAboutABadlyWrittenGuideAtTheRightLines() throws {
    let guide = try GuideLoader.load(contentsOf: fixturePath("badly-written.yaml"))
    let warnings = GuideLinter.lint(guide, today: GuideDate(year: 2026, month: 11, day: 27))
    #expect(warnings.allSatisfy { $0.severity == .warning })
    let summary = warnings.map { "\($0.location?.line ?? 0): \($0.message)" }
    #expect(
        summary == [
            "1: the guide names no 'sources'",
            "5: the review date 2025-01-01 has passed",
            "9: a sentence of 23 words in screen 'intro' (\"Your keyworker will discuss the psychosocial …\")",
            "9: 'psychosocial' is jargon (screen 'intro')",
            "13: 'titrate' is jargon (screen 'dose')",
            "18: the options of screen 'grid' have between 1 and 3 pros",
            "18: option 'a' of screen 'grid' has 3 pros and 0 cons",
        ])
    #expect(warnings.contains { $0.note == "say 'talking support' instead, or explain the word" })
}

@Test func lowReadingEaseIsAWarningOnLongHardText() throws {
    let guide = try GuideLoader.load(
        yaml: guideYAML(
            screens: """
                  - id: hard
                    type: info
                    body: |
                      Consideration of medication alternatives necessitates comprehensive understanding.
                      Individualised therapeutic arrangements accommodate variable circumstances.
                      Organisational responsibilities encompass documentation, communication and coordination.
                      Additional information regarding eligibility is obtainable.
                      Appropriate consideration facilitates satisfactory therapeutic outcomes and individualised recommendations.
                """), file: "hard.yaml", origin: "hard.yaml")
    let warnings = GuideLinter.lint(guide, today: GuideDate(year: 2026, month: 1, day: 1))
    #expect(warnings.contains { $0.message.hasPrefix("screen 'hard' is hard to read") && $0.location?.line == 7 })
}

@Test func readabilityCountsSyllablesSentencesAndWords() {
    #expect(Readability.syllables(in: "table") == 2)
    #expect(Readability.syllables(in: "make") == 1)
    #expect(Readability.syllables(in: "planned") == 1)
    #expect(Readability.syllables(in: "medication") == 4)
    #expect(Readability.sentences(in: "One. Two!\n\n- three\n- four").count == 4)
    #expect(Readability.words(in: "It's *day-to-day* help.") == ["It's", "day-to-day", "help"])
    let score = Readability.fleschReadingEase(sentences: ["The cat sat on the mat."])
    #expect(score.map { $0 > 100 } == true)
}
