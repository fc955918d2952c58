import KeyworkTestSupport
import Testing

@testable import KeyworkGuides

// Guide text names actions, not keys: `{key:question}` is drawn by each front end in its own way.

@Test func eachActionHasTheKeyOfTheKeyTable() {
    #expect(GuideAction.allCases.map(\.keyCap) == ["F2", "F3", "F4", "F10", "F1", "F5", "F9"])
    #expect(GuideAction(rawValue: "not-sure") == .notSure)
    #expect(GuideAction.named(byKeyCap: "F10") == .pause)
}

@Test func placeholdersAreNamedEachTheirOwnWay() {
    let text = "Press {key:question} to ask, or {key:pause} to stop."
    #expect(ActionPlaceholder.withKeyCaps(text) == "Press F2 to ask, or F10 to stop.")
    #expect(
        ActionPlaceholder.resolve(text) { "type \($0.rawValue)" }
            == "Press type question to ask, or type pause to stop.")
}

@Test func aNameThatStartsASentenceGetsACapital() {
    let text = "{key:question}: ask.\n- {key:back}: go back.\nDone. {key:pause} stops. Or {key:help}."
    #expect(
        ActionPlaceholder.resolve(text) { "type \($0.rawValue)" }
            == "Type question: ask.\n- Type back: go back.\nDone. Type pause stops. Or type help.")
    #expect(ActionPlaceholder.withKeyCaps(text) == "F2: ask.\n- F4: go back.\nDone. F10 stops. Or F1.")
}

@Test func textWithoutPlaceholdersIsUnchanged() {
    let text = "Nothing {here} to {key name}."
    #expect(ActionPlaceholder.placeholders(in: text).isEmpty)
    #expect(ActionPlaceholder.withKeyCaps(text) == text)
}

@Test func unknownAndUnclosedPlaceholdersAreFoundAndLeftAsWritten() {
    let text = "Press {key:qestion} now. Then {key:back"
    let found = ActionPlaceholder.placeholders(in: text)
    #expect(found.map(\.name) == ["qestion", "back"])
    #expect(found.map(\.action) == [nil, nil])
    #expect(ActionPlaceholder.withKeyCaps(text) == text)
}

@Test func theLoaderRefusesAnUnknownActionWhereItIs() {
    let errors = loadErrors(
        guideYAML(
            screens: """
                  - id: hi
                    type: info
                    title: Hello
                    body: |
                      Press {key:qestion} to ask.
                """))
    #expect(errors.map(\.message) == ["unknown action '{key:qestion}' in screen 'hi'"])
    #expect(errors.first?.lineColumn == "10:11")
    #expect(errors.first?.note == "did you mean 'question'? write {key:NAME} with one of: \(GuideAction.choices)")
}

@Test func lintWarnsAboutAKeyNamedInGuideTextAndSuggestsTheAction() throws {
    let guide = try GuideLoader.load(
        yaml: guideYAML(screens: "  - {id: hi, type: info, body: \"Press F2 to ask. Press {key:back} to go back.\"}"),
        file: "test.yaml", origin: "test.yaml")
    let warnings = GuideLinter.lint(guide, today: GuideDate(year: 2026, month: 12, day: 7))
    #expect(warnings.map(\.message) == ["screen 'hi' names the key F2; the line mode has no keys"])
    #expect(warnings.first?.note?.hasPrefix("name the action instead: {key:question}") == true)
}

/// Lint looks for key names with a regex only in text where a byte scan found an F before a digit from 1 to 9: the
/// scan must let through every text the regex would find a key in, and may skip only texts where it finds none.
@Test func theKeyNameScanSkipsOnlyTextsWithoutAKeyName() {
    let keyName = #/\bF(10|[1-9])\b/#
    let pieces = [
        "F", "F1", "F10", "F11", "F0", "1", "0", "9", " ", "_", "a", "é", "\u{301}", "Ф", ".", ",", "-", "🙂", "\n",
    ]
    var generator = SeededRandom(seed: 22)
    var texts = ["Press F2 to ask.", "F10", "(F9)", "Press {key:question}", "FF1", "F-1", "Éf5", ""]
    for _ in 0..<3_000 {
        texts.append(
            (0..<Int.random(in: 1...8, using: &generator)).map { _ in
                pieces[Int.random(in: pieces.indices, using: &generator)]
            }.joined())
    }
    for text in texts {
        let found = !text.matches(of: keyName).isEmpty
        let mayName = GuideLinter.mayNameFunctionKey(text)
        if found { #expect(mayName, "the scan skipped a key name in \(text.debugDescription)") }
        // By scalars, not Characters: an F1 with a combining mark on the 1 still lets the text through.
        let scalars = Array(text.unicodeScalars)
        let fThenDigit = zip(scalars, scalars.dropFirst()).contains { $0 == "F" && ("1"..."9").contains($1) }
        #expect(mayName == fThenDigit, "\(text.debugDescription)")
    }
}

@Test func aHandoutIsReadLintedAndHashedButNotShownOnTheScreen() throws {
    let yaml = guideYAML(
        screens: """
              - id: hi
                type: info
                body: Hello.
                handout: Call 999 if someone cannot be woken.
            """)
    let guide = try GuideLoader.load(yaml: yaml, file: "test.yaml", origin: "test.yaml")
    let screen = try #require(guide.screen("hi"))
    #expect(screen.handout == "Call 999 if someone cannot be woken.")
    #expect(!screen.canonicalText.contains("999"))
    #expect(ScreenText.fields(of: screen).last == ScreenText.Field(path: "handout", text: screen.handout ?? ""))
    #expect(screen.fieldLocations["handout"]?.line == 10)
    let without = try GuideLoader.load(
        yaml: yaml.replacingOccurrences(of: "\n    handout: Call 999 if someone cannot be woken.", with: ""),
        file: "test.yaml", origin: "test.yaml")
    #expect(without.screens[0].textHash == screen.textHash)
    #expect(without.contentHash != guide.contentHash)
}

@Test func anEmptyHandoutIsAnError() {
    let errors = loadErrors(guideYAML(screens: "  - {id: hi, type: info, body: Hello., handout: \"\"}"))
    #expect(errors.map(\.message) == ["'handout' in screen 'hi' is empty"])
}
