import Testing

@testable import KeyworkGuides

// Each test names one kind of error and checks where it is reported (line:column) and what it says.

@Test func anUnknownScreenKeySuggestsTheClosestKey() {
    let errors = loadErrors(
        guideYAML(
            screens: """
                  - id: welcome
                    type: info
                    titel: Hello
                    body: Hi.
                """))
    #expect(errors.map(\.lineColumn) == ["9:5"])
    #expect(errors.first?.message == "unknown key 'titel' in screen 'welcome'")
    #expect(errors.first?.note?.hasPrefix("did you mean 'title'?") == true)
    #expect(errors.first?.formatted.contains("test.yaml:9:5: error: unknown key 'titel'") == true)
    #expect(errors.first?.formatted.contains("\ntest.yaml:9:5: note: did you mean 'title'?") == true)
}

@Test func unknownKeysAreReportedAtEveryLevel() {
    let errors = loadErrors(
        """
        keywork: 1
        id: test
        titel: Test
        version: "1"
        screens:
          - id: pick
            type: choice
            prompt: Pick
            options: [{id: a, label: A, detial: x}]
          - id: grid
            type: compare
            attributes: [{id: what, lable: What}]
            options: [{id: a, label: A, values: {what: x}, prso: [y]}]
          - id: agree
            type: consent
            statements: [{id: s, txt: Yes}]
          - id: later
            type: info
            body: Hi.
            when: {screen: pick, is: a, sceen: x}
        """)
    #expect(
        errors.map(\.lineColumn) == ["1:1", "3:1", "9:33", "12:18", "12:29", "13:52", "16:18", "16:26", "20:33"])
    let messages = errors.map(\.message)
    #expect(messages.contains("the guide is missing 'title'"))
    #expect(messages.contains("attribute 'what' of screen 'grid' is missing 'label'"))
    #expect(messages.contains("unknown key 'titel' in the guide"))
    #expect(messages.contains("unknown key 'detial' in option 'a' of screen 'pick'"))
    #expect(messages.contains("unknown key 'lable' in attribute 'what' of screen 'grid'"))
    #expect(messages.contains("unknown key 'prso' in option 'a' of screen 'grid'"))
    #expect(messages.contains("unknown key 'txt' in statement 's' of screen 'agree'"))
    #expect(messages.contains("unknown key 'sceen' in 'when' of screen 'later'"))
    #expect(errors.contains { $0.note?.hasPrefix("did you mean 'pros'?") == true })
}

@Test func aMappingWhereTextIsExpectedIsAWrongType() {
    let errors = loadErrors(
        guideYAML(
            screens: """
                  - id: welcome
                    type: info
                    title: {text: Hello}
                    body: Hi.
                """))
    #expect(errors.map(\.lineColumn) == ["9:12"])
    #expect(errors.first?.message == "'title' in screen 'welcome' must be text, but it is a set of 'key: value' lines")
}

@Test func aNonIntegerMinAndANonBooleanFlagAreWrongTypes() {
    let errors = loadErrors(
        guideYAML(
            screens: """
                  - id: pick
                    type: multi
                    prompt: Pick
                    options: [{id: a, label: A}, {id: b, label: B}]
                    min: two
                  - id: say
                    type: text
                    prompt: Say
                    optional: yes
                """))
    #expect(errors.map(\.lineColumn) == ["11:10", "15:15"])
    #expect(errors[0].message == "'min' in screen 'pick' must be a whole number, not 'two'")
    #expect(errors[1].message == "'optional' in screen 'say' must be true or false, not 'yes'")
}

@Test func missingRequiredGuideFieldsAreEachReported() {
    let errors = loadErrors("language: en\n")
    #expect(errors.map(\.lineColumn) == ["1:1", "1:1", "1:1", "1:1", "1:1"])
    #expect(
        errors.map(\.message) == [
            "the guide is missing 'keywork'", "the guide is missing 'id'", "the guide is missing 'title'",
            "the guide is missing 'version'", "the guide is missing 'screens'",
        ])
}

@Test func missingScreenFieldsAreReportedAtTheScreen() {
    let errors = loadErrors(
        guideYAML(
            screens: """
                  - title: No id or type
                  - id: pick
                    type: choice
                  - id: scale
                    type: scale
                    prompt: How much?
                """))
    #expect(errors.map(\.lineColumn) == ["7:5", "7:5", "8:5", "8:5", "10:5", "10:5"])
    #expect(errors[0].message == "screen 1 is missing 'id'")
    #expect(errors[1].message == "screen 1 is missing 'type'")
    #expect(errors[2].message == "screen 'pick' is missing 'prompt'")
    #expect(errors[3].message == "screen 'pick' is missing 'options'")
    #expect(errors[4].message == "screen 'scale' is missing 'min'")
    #expect(errors[5].message == "screen 'scale' is missing 'max'")
}

@Test func anUnsupportedFormatVersionIsAnError() {
    let errors = loadErrors(
        guideYAML(screens: "  - {id: a, type: info, body: Hi.}").replacingOccurrences(
            of: "keywork: 1", with: "keywork: 2"))
    #expect(errors.map(\.lineColumn) == ["1:10"])
    #expect(errors.first?.message == "unsupported guide format 'keywork: 2'")
    #expect(errors.first?.note == "this version of Keywork reads format 1; write 'keywork: 1'")
}

@Test func anUnknownScreenTypeSuggestsTheClosestType() {
    let errors = loadErrors(guideYAML(screens: "  - {id: a, type: choise, prompt: P}"))
    #expect(errors.map(\.lineColumn) == ["7:19"])
    #expect(errors.first?.message == "unknown screen type 'choise' in screen 'a'")
    #expect(errors.first?.note?.hasPrefix("did you mean 'choice'?") == true)
}

@Test func duplicateScreenOptionAndAttributeIDsPointBackAtTheFirst() {
    let errors = loadErrors(
        guideYAML(
            screens: """
                  - {id: a, type: info, body: Hi.}
                  - {id: a, type: info, body: Again.}
                  - id: pick
                    type: choice
                    prompt: P
                    options: [{id: x, label: X}, {id: x, label: Y}]
                  - id: grid
                    type: compare
                    attributes: [{id: w, label: W}, {id: w, label: V}]
                    options: [{id: o, label: O, values: {w: t}}]
                """))
    #expect(errors.map(\.lineColumn) == ["8:10", "12:39", "15:42"])
    #expect(errors[0].message == "duplicate screen id 'a'")
    #expect(errors[0].note == "the first screen 'a' is at line 7; give each screen its own id")
    #expect(errors[1].message == "screen 'pick' options has two with the id 'x'")
    #expect(errors[2].message == "screen 'grid' attributes has two with the id 'w'")
}

@Test func whenMustNameAnEarlierChoiceScreenAndOneOfItsOptions() {
    let errors = loadErrors(
        guideYAML(
            screens: """
                  - id: goal
                    type: choice
                    prompt: P
                    options: [{id: stop, label: Stop}, {id: stable, label: Stable}]
                  - {id: note, type: text, prompt: Say}
                  - {id: a, type: info, body: Hi., when: {screen: gaol, is: stop}}
                  - {id: b, type: info, body: Hi., when: {screen: later, is: stop}}
                  - {id: c, type: info, body: Hi., when: {screen: c, is: stop}}
                  - {id: d, type: info, body: Hi., when: {screen: goal, is: stpo}}
                  - {id: e, type: info, body: Hi., when: {screen: note, is_not: stop}}
                  - {id: f, type: info, body: Hi., when: {screen: goal, any_of: [stop, quit]}}
                  - {id: later, type: choice, prompt: P, options: [{id: stop, label: S}]}
                """))
    #expect(errors.map(\.lineColumn) == ["12:51", "13:51", "14:51", "15:61", "16:51", "17:72"])
    #expect(errors[0].message == "'when' of screen 'a' names screen 'gaol', but there is no screen with that id")
    #expect(errors[0].note?.hasPrefix("did you mean 'goal'?") == true)
    #expect(errors[1].message == "'when' of screen 'b' names screen 'later', which comes later in the guide")
    #expect(errors[2].message == "'when' of screen 'c' names the screen itself")
    #expect(errors[3].message == "screen 'goal' has no option 'stpo'")
    #expect(errors[3].note?.hasPrefix("did you mean 'stop'?") == true)
    #expect(errors[4].message == "'when' of screen 'e' tests screen 'note', which is a text screen")
    #expect(errors[5].message == "screen 'goal' has no option 'quit'")
}

@Test func whenNeedsExactlyOneTest() {
    let errors = loadErrors(
        guideYAML(
            screens: """
                  - {id: goal, type: choice, prompt: P, options: [{id: a, label: A}]}
                  - {id: x, type: info, body: Hi., when: {screen: goal}}
                  - {id: y, type: info, body: Hi., when: {screen: goal, is: a, is_not: a}}
                """))
    #expect(errors.map(\.lineColumn) == ["8:42", "9:64"])
    #expect(errors[0].message == "'when' of screen 'x' needs one of 'is', 'is_not' or 'any_of'")
    #expect(errors[1].message == "'when' of screen 'y' may have only one of 'is', 'is_not' or 'any_of'")
}

@Test func fromMustNameAnEarlierScreenOfTheRightType() {
    let errors = loadErrors(
        guideYAML(
            screens: """
                  - {id: intro, type: info, body: Hi.}
                  - {id: pick, type: decision, from: intro}
                  - {id: wait, type: availability, from: grid}
                  - {id: pick2, type: decision, from: nowhere}
                  - {id: grid, type: compare, attributes: [{id: w, label: W}], options: [{id: o, label: O, values: {w: t}}]}
                """))
    #expect(errors.map(\.lineColumn) == ["8:38", "9:42", "10:39"])
    #expect(errors[0].message == "'from' of screen 'pick' names screen 'intro', which is a info screen")
    #expect(errors[0].note == "a decision screen takes its options from a compare screen; name one of those")
    #expect(errors[1].message == "'from' of screen 'wait' names screen 'grid', which comes later in the guide")
    #expect(errors[2].message == "'from' of screen 'pick2' names screen 'nowhere', but there is no screen with that id")
}

@Test func emptyListsAreErrors() {
    let errors = loadErrors(
        guideYAML(
            screens: """
                  - {id: a, type: choice, prompt: P, options: []}
                  - {id: b, type: multi, prompt: P, options: []}
                  - {id: c, type: compare, attributes: [], options: []}
                  - {id: d, type: consent, statements: []}
                """))
    #expect(errors.map(\.lineColumn) == ["7:47", "8:46", "9:40", "9:53", "10:40"])
    #expect(errors.allSatisfy { $0.message.hasSuffix("is an empty list") })
    #expect(errors[0].message == "'options' in screen 'a' is an empty list")
    #expect(errors[4].message == "'statements' in screen 'd' is an empty list")
}

@Test func minAboveMaxAndOutOfRangeBoundsAreErrors() {
    let errors = loadErrors(
        guideYAML(
            screens: """
                  - {id: a, type: multi, prompt: P, options: [{id: x, label: X}, {id: y, label: Y}], min: 2, max: 1}
                  - {id: b, type: multi, prompt: P, options: [{id: x, label: X}], max: 3}
                  - {id: c, type: scale, prompt: P, min: 10, max: 0}
                """))
    #expect(errors.map(\.lineColumn) == ["7:91", "8:72", "9:42"])
    #expect(errors[0].message == "'min' (2) is above 'max' (1) in screen 'a'")
    #expect(errors[1].message == "'max' in screen 'b' is 3, but there are 1 options")
    #expect(errors[2].message == "'min' (10) must be below 'max' (0) in screen 'c'")
}

@Test func compareValuesMustNameEveryAttributeAndNoOther() {
    let errors = loadErrors(
        guideYAML(
            screens: """
                  - id: grid
                    type: compare
                    attributes: [{id: what, label: What}, {id: daily, label: Day to day}]
                    options:
                      - id: a
                        label: A
                        values: {what: x, dialy: y}
                """))
    #expect(errors.map(\.lineColumn) == ["13:17", "13:27"])
    #expect(errors[0].message == "option 'a' of screen 'grid' has no value for the attribute 'daily'")
    #expect(
        errors[1].message
            == "option 'a' of screen 'grid' has a value for 'dialy', which is not an attribute of this screen")
    #expect(errors[1].note?.hasPrefix("did you mean 'daily'?") == true)
}

@Test func datesModesSignersAndRevisitDaysAreChecked() {
    let errors = loadErrors(
        """
        keywork: 1
        id: test
        title: Test
        version: "1"
        mode: groop
        reviewed: 2026-02-30
        review_by: next year
        screens:
          - id: agree
            type: consent
            statements: [I agree]
            signers: [client, keywroker]
            meaning: {clinet: I agree}
            revisit_after_days: 0
        """)
    #expect(errors.map(\.lineColumn) == ["5:7", "6:11", "7:12", "12:23", "13:15", "14:25"])
    #expect(errors[0].message == "unknown mode 'groop'")
    #expect(errors[0].note?.hasPrefix("did you mean 'group'?") == true)
    #expect(errors[1].message == "'reviewed' in the guide must be a real date written YYYY-MM-DD, not '2026-02-30'")
    #expect(errors[2].message == "'review_by' in the guide must be a real date written YYYY-MM-DD, not 'next year'")
    #expect(errors[3].message == "'keywroker' is not a signer role")
    #expect(errors[3].note?.hasPrefix("did you mean 'keyworker'?") == true)
    #expect(errors[4].message == "'meaning' names 'clinet', which is not a signer role")
    #expect(errors[5].message.contains("must be a positive number of days"))
}

@Test func requiresSureNeedsAnEarlierSureScreen() {
    let errors = loadErrors(
        guideYAML(
            screens: """
                  - {id: agree, type: consent, statements: [I agree], requires_sure: true}
                  - {id: sure, type: sure}
                """))
    #expect(errors.map(\.lineColumn) == ["7:70"])
    #expect(errors.first?.message == "screen 'agree' has 'requires_sure: true', but no sure screen comes before it")
}

@Test func idsMustBeLowercaseLettersDigitsAndDashes() {
    let errors = loadErrors(guideYAML(screens: "  - {id: Goal Setting, type: info, body: Hi.}"))
    #expect(errors.map(\.lineColumn) == ["7:10"])
    #expect(
        errors.first?.message
            == "'id' in screen 1 is 'Goal Setting', but ids may use only lowercase letters, digits and dashes")
    #expect(errors.first?.note == "write it as 'goal-setting'")
}

@Test func allErrorsAreReportedInLineOrder() {
    let errors = loadErrors(
        guideYAML(
            screens: """
                  - {id: b, type: infoo}
                  - {id: a, type: text, prompt: P, optional: maybe}
                """))
    #expect(errors.map(\.location?.line) == [7, 8])
}

@Test func aMissingFileIsNotFoundAndNamesTheFile() {
    do {
        _ = try GuideLoader.load(contentsOf: "/nonexistent/guide.yaml")
        Issue.record("a missing file loaded")
    } catch {
        #expect(error.kind == .notFound)
        #expect(error.diagnostics.first?.formatted.hasPrefix("/nonexistent/guide.yaml: error: no such file") == true)
    }
}

@Test func controlCharactersInGuideTextAreRefusedWhereTheyAre() {
    // YAML's own escapes can put an escape code, a carriage return or a direction override in any text.
    let errors = loadErrors(
        guideYAML(
            screens: #"""
                  - id: welcome
                    type: info
                    title: "Hello\e[2J"
                    body: "Read this\r\u202Eplease"
                  - id: pick
                    type: choice
                    prompt: Pick one
                    options: [{id: a, label: "A\tB"}, {id: b, label: B}]
                """#))
    #expect(errors.map(\.lineColumn) == ["9:12", "10:11", "14:30"])
    #expect(
        errors.first?.message
            == "'title' in screen 'welcome' holds the control character \\u{1B}, which a terminal would act on "
            + "instead of showing")
    #expect(errors[1].message.contains("\\u{D}"))
    #expect(errors.last?.note == "use spaces instead of a tab")
    #expect(errors.allSatisfy { !$0.formatted.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x0D } })
}

@Test func lineBreaksInABodyAreText() throws {
    let guide = try GuideLoader.load(
        yaml: guideYAML(
            screens: """
                  - id: welcome
                    type: info
                    body: |
                      One line.

                      Another.
                """), file: "test.yaml", origin: "test.yaml")
    #expect(guide.screens.count == 1)
}
