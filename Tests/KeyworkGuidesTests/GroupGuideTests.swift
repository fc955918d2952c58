import Testing

@testable import KeyworkGuides

// The group screen types (acknowledge, questions), `participants`, and the rules that keep them to groups.

private func groupYAML(participants: String = "", screens: String) -> String {
    """
    keywork: 1
    id: test
    title: Test
    version: "1"
    mode: group
    \(participants)
    screens:
    \(screens)
    """
}

@Test func aGroupGuideLoadsItsAcknowledgeAndQuestionScreens() throws {
    let guide = try GuideLoader.load(
        yaml: groupYAML(
            participants: "participants: initials",
            screens: """
                  - id: rules
                    type: acknowledge
                    title: Ground rules
                    intro: Read them out.
                    statements: ["Be kind.", {id: quiet, text: One at a time.}]
                    prompt: How many agree?
                  - id: cards
                    type: questions
                    prompt: What would you like to ask?
                """), file: "test.yaml", origin: "test.yaml")
    #expect(guide.mode == .group)
    #expect(guide.participants == .initials)
    #expect(
        guide.screens.map(\.content) == [
            .acknowledge(
                AcknowledgeScreen(
                    intro: "Read them out.",
                    statements: [
                        .init(id: "statement-1", text: "Be kind."), .init(id: "quiet", text: "One at a time."),
                    ],
                    prompt: "How many agree?")),
            .questions(QuestionsScreen(prompt: "What would you like to ask?")),
        ])
    #expect(
        guide.screens[0].canonicalText
            == "type: acknowledge\nid: rules\ntitle: Ground rules\nintro: Read them out.\nstatement: statement-1\n"
            + "text: Be kind.\nstatement: quiet\ntext: One at a time.\nprompt: How many agree?\n")
    #expect(guide.screens[1].canonicalText == "type: questions\nid: cards\nprompt: What would you like to ask?\n")
    #expect(ContentHash.canonicalMetadata(of: guide).contains("mode: group\nparticipants: initials\n"))
    #expect(guide.screens[0].fieldLocations["statement.quiet"]?.line == 12)
    #expect(
        ScreenText.fields(of: guide.screens[0]).map(\.path) == [
            "title", "intro", "statement.statement-1", "statement.quiet", "prompt",
        ])
}

@Test func changingAGroupScreensWordsOrParticipantsChangesTheHashes() throws {
    let screens = """
          - id: rules
            type: acknowledge
            statements: ["Be kind."]
        """
    let plain = try GuideLoader.load(yaml: groupYAML(screens: screens), file: "a", origin: "a")
    let initials = try GuideLoader.load(
        yaml: groupYAML(participants: "participants: initials", screens: screens), file: "a", origin: "a")
    let reworded = try GuideLoader.load(
        yaml: groupYAML(screens: screens.replacingOccurrences(of: "Be kind.", with: "Be nice.")), file: "a",
        origin: "a")
    #expect(plain.contentHash != initials.contentHash)
    #expect(plain.screens[0].textHash != reworded.screens[0].textHash)
}

@Test func groupScreensInAOneToOneGuideAreErrorsAtTheirType() {
    let errors = loadErrors(
        guideYAML(
            screens: """
                  - id: rules
                    type: acknowledge
                    statements: ["Be kind."]
                  - id: cards
                    type: questions
                    prompt: Ask
                """))
    #expect(errors.map(\.lineColumn) == ["8:11", "11:11"])
    #expect(errors.first?.message == "screen 'rules' is a acknowledge screen, which only a group walkthrough has")
    #expect(errors.first?.note == "add 'mode: group' to the guide, or use a consent or text screen instead")
}

@Test func participantsIsOnlyForGroupsAndIsCountOrInitials() {
    let inSession = loadErrors(
        """
        keywork: 1
        id: test
        title: Test
        version: "1"
        participants: count
        screens: [{id: a, type: info, body: Hi.}]
        """)
    #expect(inSession.map(\.lineColumn) == ["5:15"])
    #expect(inSession.first?.message == "'participants' is only for group guides")
    let unknown = loadErrors(
        groupYAML(participants: "participants: names", screens: "  - {id: a, type: info, body: Hi.}"))
    #expect(unknown.map(\.lineColumn) == ["6:15"])
    #expect(unknown.first?.message == "unknown participants 'names'")
}

@Test func aGroupConsentSignedByTheClientIsAnError() {
    let errors = loadErrors(
        groupYAML(
            screens: """
                  - id: sign
                    type: consent
                    statements: ["All done."]
                """))
    #expect(errors.map(\.lineColumn) == ["8:9"])
    #expect(
        errors.first?.message
            == "screen 'sign' is signed by client and keyworker, but in a group walkthrough only the facilitator signs")
    #expect(
        errors.first?.note == "write 'signers: [facilitator]'; record the group's agreement with an acknowledge screen")
}

@Test func anAcknowledgeScreenNeedsStatementsAndAQuestionsScreenAPrompt() {
    let errors = loadErrors(
        groupYAML(
            screens: """
                  - id: rules
                    type: acknowledge
                    statements: []
                  - id: cards
                    type: questions
                """))
    #expect(
        errors.map(\.message) == [
            "'statements' in screen 'rules' is an empty list", "screen 'cards' is missing 'prompt'",
        ])
}
