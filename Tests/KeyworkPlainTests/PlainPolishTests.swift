import KeyworkBuiltinGuides
import KeyworkGuides
import KeyworkPlain
import KeyworkScreen
import KeyworkSession
import KeyworkTestSupport
import KeyworkWords
import Testing

/// The line mode in Polish: its own words come from the Polish table, and it takes the Polish words
/// its hints name.
@Suite struct PlainPolishTests {
    let polish = Words(.polish)

    static func tour() throws -> Guide {
        try #require(BuiltinGuides.guide(id: "tour-pl"))
    }

    /// Every line of a whole walk through `tour-pl`, typed in Polish.
    static let wholeTour: [String] = [
        "",  // welcome
        "4", "Trochę spokoju",  // focus: something else, with words
        "wstecz",  // from in-your-words back to focus
        "2",  // focus: day to day things
        "1 3",  // practical-help
        "",  // in-your-words: skipped
        "pytanie Kogo zobaczę?",  // a question with its words on the same line
        "nie wiem", "Jeszcze nie wiem",  // a flag with words
        "7",  // how-it-feels
        "",  // ways
        "2", "Mogę rozmawiać z domu", "1", "tak",  // choose
        "nie", "Telefon co tydzień na razie", "Spotkanie w piątki", "tak", "2", "SMS-em", "Sam, 0123 456",
        "tak", "tak", "tak", "tak",  // how-sure
        "zostaw",  // the question review: keep it for next time
        "",  // check
        "tak", "tak", "tak",  // tick each statement
        "J.D.", "Sam Keyworker",  // signatures
        "",  // agree
        "",  // next
    ]

    @Test func aWholeTourIsAnsweredInPolishToCompletion() throws {
        let guide = try Self.tour()
        let io = ScriptedIO(Self.wholeTour)
        let recorder = MemoryRecorder()
        let runner = PlainSessionRunner(state: PlainFixture.state(guide), io: io, recorder: recorder, words: polish)

        guard case .completed(let final) = runner.run(firstActions: [.start]) else {
            Issue.record("the session did not complete; the output ends:\n\(io.output.suffix(1500))")
            return
        }
        #expect(io.linesRead == Self.wholeTour.count)
        #expect(final.answers["focus"] == .choice(option: "practical", other: nil))
        #expect(final.answers["practical-help"] == .multi(options: ["forms", "home"]))
        #expect(final.answers["how-it-feels"] == .scale(7))
        guard case .availability(let availability)? = final.answers["can-we"] else {
            Issue.record("no availability answer")
            return
        }
        #expect(availability.availableNow == false)
        #expect(availability.transferLater == true)
        #expect(final.answers["how-sure"] == .sure(SureCheck(answers: [true, true, true, true])))
        #expect(
            final.questions == [
                NotedQuestion(number: 1, screen: "how-it-feels", text: "Kogo zobaczę?", resolution: .carriedForward)
            ])
        #expect(final.flags == [DissentFlag(screen: "how-it-feels", words: "Jeszcze nie wiem")])
        #expect(final.signatures["agree"]?.map(\.name) == ["J.D.", "Sam Keyworker"])
        #expect(Session.replay(guide: guide, context: final.context, events: recorder.events) == final)
        PlainFixture.golden.check(io.output, named: "tour-pl-transcript.txt")
    }

    /// No fixed English sentence of the line mode is left in a Polish walk.
    @Test func aPolishWalkPrintsNoneOfTheLineModesEnglishWords() throws {
        let io = ScriptedIO(Self.wholeTour + ["pomoc"])
        _ = PlainSessionRunner(
            state: PlainFixture.state(try Self.tour()), io: io, recorder: MemoryRecorder(), words: polish
        ).run(firstActions: [.start])
        let english = PlainWords(.english)
        let sentences = [
            english.pressEnter, english.chooseByNumber, english.typeAnswer, english.keepEarlier, english.commandsShort,
            english.earlierAnswer, english.goodPoints, english.thingsToThinkAbout, english.statementsHeading,
            english.tickHint, english.signHint, english.questionsHeading, english.answerOrKeep, english.pickHint,
            english.formFieldHint, english.questionNoted(1), english.flagNoted(1), english.flagPrompt,
            english.scaleHint(min: 0, max: 10), english.optionHeading(1, of: 3, label: ""), " means ",
            english.signAs("Client", meaning: ""), english.screenPosition(1, 13),
        ]
        for sentence in sentences {
            #expect(!io.output.contains(sentence), "English in the Polish line mode: \(sentence)")
        }
        #expect(io.output.contains("Opcja 1 z 3: "))
        #expect(io.output.contains("0 oznacza: Żadnej nadziei. 10 oznacza: Dużo nadziei."))
        #expect(io.output.contains("Podpisuje się: Klient. To znaczy: Zgadzam się na ten plan na ten tydzień."))
    }

    @Test func englishWordsStillWorkInPolish() throws {
        let io = ScriptedIO(["", "back", "", "1", "question", "Why?", "pause"])
        let recorder = MemoryRecorder()
        let outcome = PlainSessionRunner(
            state: PlainFixture.state(try Self.tour()), io: io, recorder: recorder, words: polish
        ).run(firstActions: [.start])
        guard case .paused(let state) = outcome else {
            Issue.record("pause did not pause")
            return
        }
        #expect(recorder.events.contains(.wentBack(from: "focus", to: "welcome")))
        #expect(state.answers["focus"] == .choice(option: "talk", other: nil))
        #expect(state.questions.map(\.text) == ["Why?"])
        #expect(io.output.contains(PlainWords(polish).questionNoted(1)))
    }

    @Test func nicChoosesNoneOfAMultiChoiceThatAllowsNone() throws {
        let guide = try GuideLoader.load(
            yaml: """
                keywork: 1
                id: pick
                title: Wybór
                version: "1"
                language: pl
                mode: session
                reviewed: 2026-11-01
                review_by: 2027-11-01
                sources: ["Test"]
                screens:
                  - id: things
                    type: multi
                    title: Rzeczy
                    prompt: Co pomaga?
                    options:
                      - {id: walk, label: Spacer}
                      - {id: tea, label: Herbata}
                  - id: end
                    type: info
                    title: Koniec
                    body: Dziękujemy.
                """, file: "pick.yaml", origin: "test")
        let io = ScriptedIO(["nic"])
        let runner = PlainSessionRunner(
            state: PlainFixture.state(guide), io: io, recorder: MemoryRecorder(), words: polish)
        _ = runner.run(firstActions: [.start])
        #expect(io.output.contains(polish[.plainMultiNone]))
        #expect(runner.state.answers["things"] == .multi(options: []))
    }

    @Test func answerWordsAreTakenInPolishAndInEnglish() {
        let plain = PlainWords(polish)
        for yes in ["tak", "TAK", "t", "yes", "y"] { #expect(plain.isYes(yes), "\(yes)") }
        for no in ["nie", "n", "no", "N"] { #expect(plain.isNo(no), "\(no)") }
        #expect(!plain.isYes("nie") && !plain.isNo("tak"))
        #expect(plain.isNone("nic") && plain.isNone("none") && !plain.isNone("nie"))
        #expect(plain.isKeep("Zostaw") && plain.isKeep("keep") && !plain.isKeep("zostań"))
        let english = PlainWords(.english)
        #expect(!english.isYes("tak") && !english.isNone("nic") && !english.isKeep("zostaw"))
    }

    @Test func aMenuSaysInPolishWhenALineIsNotOneOfItsNumbersAndHelpsOnPomoc() {
        let io = ScriptedIO(["pomoc", "9", " 2 "])
        let menu = MenuView(title: "Keywork", items: ["Zacznij sesję", "Wyjdź"], description: ["Co chcesz zrobić?"])
        #expect(PlainDialog(io: io, words: polish).choose(menu) == 1)
        let plain = PlainWords(polish)
        #expect(io.output.components(separatedBy: plain.notOnTheMenu).count - 1 == 1)
        // `pomoc` (help) says how a menu is answered, and nothing else of the session's commands.
        #expect(io.output.contains(polish[.plainDialogHelp]))
        #expect(!io.output.contains(plain.unknownCommand))
        #expect(io.output.contains("1. Zacznij sesję\n2. Wyjdź\n" + plain.chooseByNumber))
    }

    @Test func thePolishHelpListsThePolishCommands() throws {
        let io = ScriptedIO(["pomoc"])
        _ = PlainSessionRunner(
            state: PlainFixture.state(try Self.tour()), io: io, recorder: MemoryRecorder(), words: polish
        ).run(firstActions: [.start])
        for (command, meaning) in PlainWords(polish).commands {
            #expect(io.output.contains(command))
            #expect(io.output.contains(meaning))
        }
        #expect(io.output.contains("pomoc lub ?"))
        #expect(io.output.contains(polish[.plainEndOfInput]))
    }
}
