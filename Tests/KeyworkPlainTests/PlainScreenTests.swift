import KeyworkGuides
import KeyworkPlain
import KeyworkSession
import KeyworkWords
import Testing

/// The plain text of every screen type, from the tour, which has one of each.
@Suite struct PlainScreenTests {
    /// The tour walked with the session alone, keeping each screen's plain text as first shown.
    func walk() throws -> (texts: [String: String], final: SessionState) {
        var state = PlainFixture.state(try PlainFixture.tour())
        var texts: [String: String] = [:]
        func record() {
            if let id = state.currentScreenID, texts[id] == nil { texts[id] = PlainScreen(.english).text(state) }
        }
        let actions: [SessionAction] = [
            .start, .proceed, .submit(.choice(option: "practical", other: nil)),
            .submit(.multi(options: ["forms", "home"])), .noteQuestion("Who will I see?"), .proceed,
            .submit(.scale(7)), .proceed,
            .submit(.decision(Decision(preferred: "phone", reasons: "I can talk from home"))),
            .submit(.availability(Availability(availableNow: true))),
            .submit(.sure(SureCheck(answers: [true, true, false, true], wayOn: .continueAnyway))),
        ]
        for action in actions {
            try Session.reduce(&state, action)
            record()
        }
        return (texts, state)
    }

    /// The line mode says what to type, in its language; read aloud for the full screen, the same text names keys.
    @Test func actionsAreNamedAsTypedWordsOrAsKeys() throws {
        var state = PlainFixture.state(try PlainFixture.tour())
        try Session.reduce(&state, .start)
        #expect(PlainScreen(.english).text(state).contains("- Type question: note a question, at any time."))
        #expect(PlainScreen(Words(.polish)).text(state).contains("- Wpisz „pytanie”: note a question, at any time."))
        let spoken = PlainScreen(.english, actionNaming: .keys).text(state)
        #expect(spoken.contains("- F2: note a question, at any time."))
        #expect(!spoken.contains("{key:"))
    }

    @Test func everyScreenTypeHasPlainText() throws {
        let (texts, _) = try walk()
        let order = [
            "welcome", "focus", "practical-help", "in-your-words", "how-it-feels", "ways", "choose", "can-we",
            "how-sure", "check",
        ]
        #expect(Set(texts.keys) == Set(order))
        PlainFixture.golden.check(order.compactMap { texts[$0] }.joined(separator: "----\n"), named: "tour-screens.txt")
    }

    @Test func theComparisonIsAListPerOption() throws {
        let (texts, _) = try walk()
        let ways = try #require(texts["ways"])
        #expect(ways.contains("Option 1 of 3: Drop in\nWhat it is: You come to the centre when it suits you."))
        #expect(ways.contains("Option 3 of 3: Booked visit"))
        #expect(ways.contains("Good points: You pick the day."))
        #expect(ways.contains("Things to think about: You need to get to the centre."))
    }

    @Test func infoTextDropsEmphasisMarksAndKeepsBullets() throws {
        let (texts, _) = try walk()
        let welcome = try #require(texts["welcome"])
        #expect(welcome.hasPrefix("Welcome. Screen 1 of"))
        #expect(welcome.contains("- Type not sure: say you are not sure, or do not agree."))
        #expect(!welcome.contains("*"))
    }

    @Test func theSummaryListsOpenQuestionsToLookAt() throws {
        let (texts, _) = try walk()
        let check = try #require(texts["check"])
        #expect(check.contains("Day to day things: Filling in forms, A safe place to live"))
        #expect(check.contains(PlainWords(.english).questionsHeading))
        #expect(check.contains("Question 1: Who will I see? (Asked on \"In your own words\". Open.)"))
    }

    @Test func consentShowsWhatIsTickedAndWhoHasSigned() throws {
        var (_, state) = try walk()
        try Session.reduce(&state, .answerQuestion(number: 1, answer: "Sam"))
        try Session.reduce(&state, .proceed)
        try Session.reduce(&state, .tick(statement: "statement-1", ticked: true))
        let before = PlainScreen(.english).text(state)
        #expect(before.contains("1. I chose the support that suits me this week. (Ticked.)"))
        #expect(before.contains("2. My keyworker will do what we agreed today. (Not ticked yet.)"))
        #expect(before.contains("Client signs. This means: I agree to this plan for the week."))
        for statement in ["statement-2", "statement-3"] {
            try Session.reduce(&state, .tick(statement: statement, ticked: true))
        }
        try Session.reduce(&state, .sign(role: .client, name: "J.D."))
        #expect(PlainScreen(.english).text(state).contains("Signed by J.D."))
    }

    @Test func aFormShowsItsFieldsAndAnEarlierAnswer() throws {
        var (_, state) = try walk()
        while state.currentScreenID != "choose" { try Session.reduce(&state, .back) }
        let text = PlainScreen(.english).text(state)
        #expect(
            text.contains(
                "1. Which way would suit you best this week? Say why in your own words. (Drop in / Phone call / Booked visit) Earlier answer: Phone call."
            ))
        #expect(text.contains("2. Why, in your own words Earlier answer: I can talk from home."))
    }

    @Test func thePrivacyScreenShowsNothingOfTheSession() throws {
        var (_, state) = try walk()
        try Session.reduce(&state, .togglePrivacy)
        #expect(PlainScreen(.english).text(state) == PlainWords(.english).privacyOn + "\n")
    }
}
