import Testing

@testable import KeyworkGuides

/// Text that the English checks flag: jargon, and a screen too hard to read by Flesch Reading Ease.
private let hardScreens = """
      - id: hard
        type: info
        body: |
          Consideration of psychosocial alternatives necessitates comprehensive understanding.
          Individualised therapeutic arrangements accommodate variable circumstances.
          Organisational responsibilities encompass documentation, communication and coordination.
          Additional information regarding eligibility is obtainable.
          Appropriate consideration facilitates satisfactory therapeutic outcomes and individualised recommendations.
    """

private func warnings(language: String?) throws -> [String] {
    var yaml = guideYAML(screens: hardScreens)
    if let language {
        yaml = yaml.replacingOccurrences(
            of: "version: \"1\"\n", with: "version: \"1\"\nlanguage: \(language)\nreviewed: 2026-11-01\n")
    }
    let guide = try GuideLoader.load(yaml: yaml, file: "test.yaml", origin: "test.yaml")
    return GuideLinter.lint(guide, today: GuideDate(year: 2026, month: 11, day: 27)).map(\.message)
}

@Test func englishGuidesGetTheJargonAndReadingEaseChecks() throws {
    for language in [nil, "en", "en-GB"] {
        let messages = try warnings(language: language)
        #expect(messages.contains { $0.contains("'psychosocial' is jargon") }, "\(language ?? "default"): \(messages)")
        #expect(messages.contains { $0.contains("is hard to read") }, "\(language ?? "default"): \(messages)")
    }
}

@Test func otherLanguagesSkipTheEnglishOnlyChecksButKeepTheRest() throws {
    let messages = try warnings(language: "pl")
    #expect(!messages.contains { $0.contains("jargon") || $0.contains("hard to read") }, "\(messages)")
    #expect(
        messages.contains { $0.contains("does not say who reviewed it") }, "the language-free checks still run")
}
