import Testing

@testable import KeyworkGuides

/// Consent statements may be `required` and carry `when`, like screens, including on a decision's outcome.
@Suite struct ConsentStatementTests {
    static let flow = """
          - id: grid
            type: compare
            attributes: [{id: w, label: What}]
            options: [{id: a, label: A, values: {w: x}}, {id: b, label: B, values: {w: y}}]
          - {id: choose, type: decision, from: grid}
          - {id: wait, type: availability, from: choose}
        """

    static func guide(_ consent: String) throws -> Guide {
        try GuideLoader.load(
            yaml: guideYAML(screens: flow + "\n" + consent), file: "test.yaml", origin: "test.yaml")
    }

    @Test func aStatementMayBeRequiredAndShownOnlyAfterTheDecisionWentOneWay() throws {
        let guide = try Self.guide(
            """
              - id: agree
                type: consent
                statements:
                  - {id: chose, text: I chose this., when: {screen: choose, is: accepted}}
                  - {id: instead, text: I know what we agreed instead., when: {screen: choose, is_not: accepted}}
                  - {id: safe, text: I know how to stay safe., required: true}
                  - {id: wait, text: I know how long the wait is., when: {screen: wait, is: not-available}}
                  - Plain words.
            """)
        guard case .consent(let consent)? = guide.screen("agree")?.content else {
            Issue.record("no consent screen")
            return
        }
        #expect(consent.statements.map(\.id) == ["chose", "instead", "safe", "wait", "statement-5"])
        #expect(consent.statements.map(\.required) == [false, false, true, false, false])
        #expect(consent.statements[0].when?.screen == "choose")
        #expect(consent.statements[0].when?.test == .isOption("accepted"))
        #expect(consent.statements[1].when?.test == .isNotOption("accepted"))
        #expect(consent.statements[3].when?.test == .isOption("not-available"))
        #expect(consent.statements[4].when == nil)
    }

    @Test func requiredIsInTheScreenHashAndAStatementWhenIsInTheGuideHash() throws {
        let plain = try Self.guide("  - {id: agree, type: consent, statements: [{id: s, text: I agree.}]}")
        let required = try Self.guide(
            "  - {id: agree, type: consent, statements: [{id: s, text: I agree., required: true}]}")
        let conditional = try Self.guide(
            "  - {id: agree, type: consent, statements: [{id: s, text: I agree., when: {screen: choose, is: accepted}}]}"
        )
        #expect(plain.screen("agree")?.textHash != required.screen("agree")?.textHash)
        #expect(plain.screen("agree")?.textHash == conditional.screen("agree")?.textHash)
        #expect(plain.contentHash != conditional.contentHash)
        #expect(ContentHash.canonicalMetadata(of: conditional).contains("statement_when: s choose is accepted\n"))
        #expect(required.screen("agree")?.canonicalText.contains("text: I agree.\nrequired: true\n") == true)
    }

    @Test func aStatementWhenIsCheckedLikeAScreenWhen() {
        let errors = loadErrors(
            guideYAML(
                screens: Self.flow + "\n"
                    + """
                      - id: agree
                        type: consent
                        statements:
                          - {id: a, text: A, when: {screen: choose, is: acepted}}
                          - {id: b, text: B, when: {screen: later, is: x}}
                          - {id: c, text: C, when: {screen: grid, is: a}}
                          - {id: d, text: D, when: {screen: wait, is: now}}
                          - {id: e, text: E, required: yes}
                      - {id: later, type: choice, prompt: P, options: [{id: x, label: X}]}
                    """))
        let messages = errors.map(\.message)
        #expect(messages.contains("screen 'choose' has no outcome 'acepted'"))
        #expect(
            errors.first { $0.message == "screen 'choose' has no outcome 'acepted'" }?.note?.hasPrefix(
                "did you mean 'accepted'?") == true)
        #expect(
            messages.contains(
                "'when' of statement 'b' of screen 'agree' names screen 'later', which comes later in the guide"))
        #expect(
            messages.contains(
                "'when' of statement 'c' of screen 'agree' tests screen 'grid', which is a compare screen"))
        #expect(messages.contains("screen 'wait' has no outcome 'now'"))
        #expect(messages.contains("'required' in statement 'e' of screen 'agree' must be true or false, not 'yes'"))
    }

    @Test func anAcknowledgeStatementTakesNeitherRequiredNorWhen() {
        let errors = loadErrors(
            """
            keywork: 1
            id: test
            title: Test
            version: "1"
            mode: group
            participants: count
            sources: [Test]
            screens:
              - {id: rules, type: acknowledge, statements: [{id: a, text: Be kind., required: true}]}
            """)
        #expect(errors.map(\.message) == ["unknown key 'required' in statement 'a' of screen 'rules'"])
    }

    @Test func lintWarnsWhenALineSayingTheClientChoseCanFollowARefusedPreference() throws {
        let guide = try Self.guide(
            """
              - id: agree
                type: consent
                statements:
                  - {id: chose, text: "I chose the way forward that feels right for me now."}
                  - {id: helped, text: "I helped choose the medicine.", when: {screen: choose, is: accepted}}
                  - {id: mine, text: "It was my own choice.", when: {screen: choose, is_not: not-accepted}}
                  - {id: choosy, text: "We choose together; I am choosy."}
                  - {id: also, text: "Also chosen by me, whatever happened."}
            """)
        let warnings = GuideLinter.lint(guide, today: GuideDate(year: 2026, month: 11, day: 27))
            .filter { $0.message.contains("says the client chose") }
        #expect(
            warnings.map(\.message) == [
                "statement 'chose' of screen 'agree' says the client chose, but it is also shown when decision "
                    + "'choose' did not accept their preference",
                "statement 'also' of screen 'agree' says the client chose, but it is also shown when decision "
                    + "'choose' did not accept their preference",
            ])
        #expect(warnings.first?.location?.line == 16)
        #expect(warnings.first?.note?.contains("when: {screen: choose, is: accepted}") == true)
    }

    @Test func aClaimOfChoiceIsFoundOnlyAtTheStartOfAWord() {
        #expect(FreeChoiceClaims.claimsFreeChoice("I chose this"))
        #expect(FreeChoiceClaims.claimsFreeChoice("This is My Choice."))
        #expect(FreeChoiceClaims.claimsFreeChoice("I’ve chosen it"))
        #expect(FreeChoiceClaims.claimsFreeChoice("Wybieram wsparcie, które mi pasuje."))
        #expect(!FreeChoiceClaims.claimsFreeChoice("Hi chose is not a phrase"))
        #expect(!FreeChoiceClaims.claimsFreeChoice("We talked it through."))
    }
}
