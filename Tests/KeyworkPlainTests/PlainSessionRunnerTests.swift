import KeyworkFrontEnd
import KeyworkGuides
import KeyworkPlain
import KeyworkScreen
import KeyworkSession
import KeyworkTestSupport
import Testing

@Suite struct PlainSessionRunnerTests {
    @Test func aWholeTourIsAnsweredLineByLineToCompletion() throws {
        let guide = try PlainFixture.tour()
        let io = ScriptedIO(PlainFixture.wholeTour)
        let recorder = MemoryRecorder()
        let runner = PlainSessionRunner(state: PlainFixture.state(guide), io: io, recorder: recorder, words: .english)

        guard case .completed(let final) = runner.run(firstActions: [.start]) else {
            Issue.record("the session did not complete; the output ends:\n\(io.output.suffix(1500))")
            return
        }
        #expect(io.linesRead == PlainFixture.wholeTour.count)
        #expect(final.answers["focus"] == .choice(option: "practical", other: nil))
        #expect(final.answers["practical-help"] == .multi(options: ["forms", "home"]))
        #expect(final.answers["in-your-words"] == .skipped)
        #expect(final.answers["how-it-feels"] == .scale(7))
        #expect(
            final.answers["choose"]
                == .decision(Decision(preferred: "phone", reasons: "I can talk from home", riskReductionSteps: nil)))
        #expect(
            final.answers["can-we"]
                == .availability(
                    Availability(
                        availableNow: false, howPlanDiffers: "A call each week for now",
                        extraSupport: "A drop-in on Fridays", transferLater: true, estimatedWaitWeeks: 2,
                        howToldOfDelays: "By text message", contact: "Sam, 0123 456")))
        #expect(final.answers["how-sure"] == .sure(SureCheck(answers: [true, true, true, true])))
        #expect(
            final.questions == [
                NotedQuestion(
                    number: 1, screen: "how-it-feels", text: "Who will I see?",
                    resolution: .answered("You will see Sam."))
            ])
        #expect(final.flags == [DissentFlag(screen: "how-it-feels", words: "I am not sure yet")])
        #expect(final.signatures["agree"]?.map(\.name) == ["J.D.", "Sam Keyworker"])
        #expect(
            recorder.events.contains(
                .answerChanged(
                    screen: "focus", from: .choice(option: "other", other: "A bit of quiet"),
                    to: .choice(option: "practical", other: nil))))
        #expect(Session.replay(guide: guide, context: final.context, events: recorder.events) == final)
        #expect(
            recorder.events.contains(.optionsShown(screen: "ways", options: ["drop-in", "phone", "visit"])),
            "the comparison is printed whole, so the record says every option was shown")
        PlainFixture.golden.check(io.output, named: "tour-transcript.txt")
    }

    @Test func aLineWithBytesThatAreNotTextIsShownBackAndAskedAgainNeverRecorded() throws {
        let guide = try PlainFixture.tour()
        // What Swift.readLine hands over for "I can talk from h\xF4me" typed in a Latin-1 terminal.
        var lines = PlainFixture.wholeTour
        let reasons = try #require(lines.firstIndex(of: "I can talk from home"))
        lines.insert("I can talk from h\u{FFFD}me", at: reasons)
        lines.insert("4\u{FFFD}", at: try #require(lines.firstIndex(of: "2")))
        let io = ScriptedIO(lines)
        let runner = PlainSessionRunner(
            state: PlainFixture.state(guide), io: io, recorder: MemoryRecorder(), words: .english)
        guard case .completed(let final) = runner.run(firstActions: [.start]) else {
            Issue.record("the session did not complete; the output ends:\n\(io.output.suffix(1500))")
            return
        }
        #expect(io.linesRead == lines.count)
        #expect(
            io.output.contains(
                "Part of that line could not be read as text (I can talk from h\u{FFFD}me), so it was not used."))
        #expect(io.output.components(separatedBy: "could not be read as text").count == 3, "both lines refused")
        #expect(
            final.answers["choose"]
                == .decision(Decision(preferred: "phone", reasons: "I can talk from home", riskReductionSteps: nil)))
        #expect(final.answers["focus"] == .choice(option: "practical", other: nil))
    }

    @Test func theOutputHasNoEscapeSequencesOrCursorMovement() throws {
        let io = ScriptedIO(PlainFixture.wholeTour)
        _ = PlainSessionRunner(
            state: PlainFixture.state(try PlainFixture.tour()), io: io, recorder: MemoryRecorder(), words: .english
        )
        .run(firstActions: [.start])
        let controls = io.output.unicodeScalars.filter { $0.value < 0x20 && $0 != "\n" }
        #expect(controls.isEmpty, "control characters in the output: \(controls.map(\.value))")
    }

    @Test func theEndOfInputPausesAndResumeCarriesOnWithNothingLost() throws {
        let guide = try PlainFixture.tour()
        let firstPart = Array(PlainFixture.wholeTour.prefix(6))  // up to practical-help's answer
        let io = ScriptedIO(firstPart)
        let recorder = MemoryRecorder()
        guard
            case .paused(let paused) = PlainSessionRunner(
                state: PlainFixture.state(guide), io: io, recorder: recorder, words: .english
            )
            .run(firstActions: [.start])
        else {
            Issue.record("the end of input did not pause")
            return
        }
        #expect(paused.status == .paused)
        #expect(paused.currentScreenID == "in-your-words")
        #expect(recorder.events.last == .paused(screen: "in-your-words"))
        #expect(io.output.hasSuffix(PlainWords(.english).endOfInput + "\n"))

        let replayed = Session.replay(guide: guide, context: paused.context, events: recorder.events)
        let rest = ScriptedIO(Array(PlainFixture.wholeTour.dropFirst(6)))
        let resumed = PlainSessionRunner(state: replayed, io: rest, recorder: recorder, words: .english)
        guard case .completed(let final) = resumed.run(firstActions: [.resume(note: nil)]) else {
            Issue.record("the resumed session did not complete:\n\(rest.output.suffix(1000))")
            return
        }
        #expect(final.answers["practical-help"] == .multi(options: ["forms", "home"]))
        #expect(rest.output.contains("In your own words. Screen 4 of"))
    }

    @Test func aRefusalIsPrintedAndTheSameScreenAsksAgain() throws {
        let io = ScriptedIO(["", "2", "1 2 3", "9", "1 2"])
        let runner = PlainSessionRunner(
            state: PlainFixture.state(try PlainFixture.tour()), io: io, recorder: MemoryRecorder(), words: .english)
        _ = runner.run(firstActions: [.start])
        #expect(io.output.contains("Please choose no more than 2."))
        #expect(io.output.contains(PlainWords(.english).unknownCommand))
        #expect(runner.state.answers["practical-help"] == .multi(options: ["forms", "money"]))
    }

    @Test func helpListsEveryCommandAndEachPromptNamesThem() throws {
        let io = ScriptedIO(["help"])
        _ = PlainSessionRunner(
            state: PlainFixture.state(try PlainFixture.tour()), io: io, recorder: MemoryRecorder(), words: .english
        )
        .run(firstActions: [.start])
        for (command, _) in PlainWords(.english).commands { #expect(io.output.contains(command)) }
        #expect(io.output.contains(PlainWords(.english).commandsShort))
    }

    @Test func thePromptsNameTheCommandsOnceForEachScreenAndAgainWhenItIsReprinted() throws {
        let io = ScriptedIO(["nonsense", "nonsense", "again", "nonsense"])
        _ = PlainSessionRunner(
            state: PlainFixture.state(try PlainFixture.tour()), io: io, recorder: MemoryRecorder(), words: .english
        )
        .run(firstActions: [.start])
        let commands = PlainWords(.english).commandsShort
        let prompts = io.output.split(separator: "\n").filter { $0.hasPrefix(PlainWords(.english).pressEnter) }
        // The welcome screen is printed twice ("again"), with four prompts: the first after each printing names them.
        #expect(prompts.map { $0.contains(commands) } == [true, false, false, true, false])
    }

    @Test func backAndPauseAreTypedCommands() throws {
        let io = ScriptedIO(["", "back", "", "pause", "never read"])
        let recorder = MemoryRecorder()
        let outcome = PlainSessionRunner(
            state: PlainFixture.state(try PlainFixture.tour()), io: io, recorder: recorder, words: .english
        ).run(firstActions: [.start])
        guard case .paused(let state) = outcome else {
            Issue.record("pause did not pause")
            return
        }
        #expect(recorder.events.contains(.wentBack(from: "focus", to: "welcome")))
        #expect(state.currentScreenID == "focus")
        #expect(io.linesRead == 4)
    }

    @Test func thePrivacyCommandHidesTheSessionUntilTypedAgain() throws {
        let io = ScriptedIO(["", "private", "1", "private", "1"])
        let runner = PlainSessionRunner(
            state: PlainFixture.state(try PlainFixture.tour()), io: io, recorder: MemoryRecorder(), words: .english)
        _ = runner.run(firstActions: [.start])
        #expect(io.output.contains(PlainWords(.english).privacyOn))
        #expect(runner.state.answers["focus"] == .choice(option: "talk", other: nil))
        let hidden = io.output.components(separatedBy: PlainWords(.english).privacyOn)[1]
        #expect(!hidden.contains("Someone to talk to") || hidden.contains("This week. Screen 2"))
    }

    @Test func readSpeaksTheScreenAndTheNextLineStopsIt() throws {
        let speaker = RecordingSpeaker()
        let io = ScriptedIO(["read", ""])
        let guide = try PlainFixture.tour()
        _ = PlainSessionRunner(
            state: PlainFixture.state(guide), io: io, recorder: MemoryRecorder(), words: .english, speaker: speaker
        )
        .run(firstActions: [.start])
        var welcome = PlainFixture.state(guide)
        try Session.reduce(&welcome, .start)
        // The line "read" stops any reading first, then reads; the next line stops it.
        #expect(Array(speaker.calls.prefix(3)) == [.stop, .speak(PlainScreen(.english).text(welcome)), .stop])
        #expect(speaker.spoken.first?.contains("This is a short tour.") == true)
    }

    @Test func readWithoutSpeechSaysPlainlyThatItIsUnavailable() throws {
        let io = ScriptedIO(["read", ""])
        let runner = PlainSessionRunner(
            state: PlainFixture.state(try PlainFixture.tour()), io: io, recorder: MemoryRecorder(), words: .english,
            speaker: RecordingSpeaker(available: false))
        _ = runner.run(firstActions: [.start])
        #expect(io.output.contains(PlainWords(.english).readAloudUnavailable))
        #expect(runner.state.currentScreenID == "focus")
    }

    @Test func speakReadsEachNewScreenOnce() throws {
        let speaker = RecordingSpeaker()
        let io = ScriptedIO(["", "help", "1"])
        _ = PlainSessionRunner(
            state: PlainFixture.state(try PlainFixture.tour()), io: io, recorder: MemoryRecorder(), words: .english,
            speaker: speaker,
            speakEveryScreen: true
        ).run(firstActions: [.start])
        let titles = speaker.spoken.map { $0.prefix { $0 != "." } }
        #expect(titles == ["Welcome", "This week", "In your own words"])
    }

    /// The lines up to the decision screen: welcome, talk, skip, a hope of 5, the comparison.
    static let toTheDecision = ["", "1", "", "5", ""]

    @Test func concernsAndARefusedPreferenceAskTheirExtraFields() throws {
        let lines = Self.toTheDecision + ["1", "Near home", "2", "Travel", "A bus pass", "no", "It is full", "1"]
        let io = ScriptedIO(lines)
        let runner = PlainSessionRunner(
            state: PlainFixture.state(try PlainFixture.tour()), io: io, recorder: MemoryRecorder(), words: .english)
        _ = runner.run(firstActions: [.start])
        #expect(
            runner.state.answers["choose"]
                == .decision(
                    Decision(
                        preferred: "drop-in", reasons: "Near home", keyworkerView: .concerns, risks: "Travel",
                        riskReductionSteps: "A bus pass", accepted: false, notAcceptedReason: "It is full",
                        agreedOption: "phone")))
        #expect(io.output.contains("4. The risks, said plainly. Type your answer"))
        // The refused option is not offered as what was agreed instead.
        #expect(io.output.contains("8. What was agreed instead? 1. Phone call 2. Booked visit 3. Something else."))
    }

    @Test func aNoInTheSureCheckOffersMoreTimeAndCanPause() throws {
        let lines = Self.toTheDecision + ["1", "Near home", "1", "1", "1", "y", "n", "y", "y", "1"]
        let io = ScriptedIO(lines + ["never read"])
        let recorder = MemoryRecorder()
        let outcome = PlainSessionRunner(
            state: PlainFixture.state(try PlainFixture.tour()), io: io, recorder: recorder, words: .english
        ).run(firstActions: [.start])
        guard case .paused(let state) = outcome else {
            Issue.record("choosing to pause did not pause:\n\(io.output.suffix(800))")
            return
        }
        #expect(state.answers["how-sure"] == .sure(SureCheck(answers: [true, false, true, true], wayOn: .pause)))
        #expect(io.output.contains("It is fine to take more time. 5. How would you like to go on?"))
        #expect(recorder.events.last == .paused(screen: "how-sure"))
    }

    @Test func aFormFieldThatDoesNotFitIsAskedAgain() throws {
        let lines = Self.toTheDecision + ["7", "maybe", "2"]
        let io = ScriptedIO(lines)
        let runner = PlainSessionRunner(
            state: PlainFixture.state(try PlainFixture.tour()), io: io, recorder: MemoryRecorder(), words: .english)
        _ = runner.run(firstActions: [.start])
        // Shown once with the screen, then asked three times: "7" and "maybe" do not fit.
        #expect(io.output.components(separatedBy: "1. Which way would suit you best").count - 1 == 4)
        #expect(io.output.components(separatedBy: PlainWords(.english).unknownCommand).count - 1 == 2)
        #expect(runner.state.currentScreenID == "choose")
    }
}
