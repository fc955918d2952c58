import Testing

@testable import KeyworkGuides

private let base = guideYAML(
    screens: """
          - id: goal
            type: choice
            prompt: What would help?
            options: [{id: talk, label: Someone to talk to}, {id: plan, label: A plan}]
          - {id: note, type: text, prompt: "Anything else?", when: {screen: goal, is: talk}}
        """)

private func load(_ yaml: String) throws -> Guide {
    try GuideLoader.load(yaml: yaml, file: "h.yaml", origin: "h.yaml")
}

@Test func theSameYAMLGivesTheSameHashes() throws {
    let first = try load(base)
    let second = try load(base)
    #expect(first.contentHash == second.contentHash)
    #expect(first.screens.map(\.textHash) == second.screens.map(\.textHash))
}

@Test func changingOneCharacterOfALabelChangesThatScreenAndTheGuide() throws {
    let original = try load(base)
    let changed = try load(base.replacingOccurrences(of: "Someone to talk to", with: "Someone to talk too"))
    #expect(changed.screens[0].textHash != original.screens[0].textHash)
    #expect(changed.screens[1].textHash == original.screens[1].textHash)
    #expect(changed.contentHash != original.contentHash)
}

@Test func formattingAndCommentsDoNotChangeTheHashes() throws {
    let original = try load(base)
    let reformatted = try load(
        "# a comment\n"
            + base.replacingOccurrences(
                of: "prompt: What would help?", with: "prompt: \"What would help?\"  # asked first"))
    #expect(reformatted.screens.map(\.textHash) == original.screens.map(\.textHash))
    #expect(reformatted.contentHash == original.contentHash)
}

@Test func aChangedConditionChangesTheGuideHashButNoScreensText() throws {
    let original = try load(base)
    let reflowed = try load(base.replacingOccurrences(of: "is: talk", with: "is_not: plan"))
    #expect(reflowed.screens.map(\.textHash) == original.screens.map(\.textHash))
    #expect(reflowed.contentHash != original.contentHash)
}

@Test func theCanonicalTextIsOneEscapedLinePerField() throws {
    let guide = try load(
        guideYAML(
            screens: """
                  - id: hi
                    type: info
                    title: Hello
                    body: "Line one\\nback\\\\slash"
                """))
    #expect(guide.screens[0].canonicalText == "type: info\nid: hi\ntitle: Hello\nbody: Line one\\nback\\\\slash\n")
    #expect(guide.screens[0].textHash == ContentHash.sha256Hex("keywork-screen/1\n" + guide.screens[0].canonicalText))
    #expect(
        ContentHash.canonicalMetadata(of: guide)
            == "id: test\ntitle: Test\nversion: 1\nlanguage: en\nmode: session\nsource: Test\nscreen: hi \(guide.screens[0].textHash)\n"
    )
}

@Test func sha256IsLowercaseHex() {
    #expect(ContentHash.sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
}
