import Foundation
import KeyworkDiagnostics
import KeyworkGuides
import KeyworkSession
import Testing

@testable import KeyworkRecord

@Suite struct SessionJournalTests {
    static let location = KeyworkDiagnostics.SourceLocation(file: "mini.yaml", line: 1, column: 1)

    /// A guide of three screens: enough to record, pause, resume and finish.
    static let guide = Guide(
        id: "mini", title: "Mini", version: "1",
        screens: [
            Screen(id: "hello", content: .info(InfoScreen(body: "Hello.")), location: location, textHash: "h1"),
            Screen(
                id: "goal",
                content: .choice(
                    ChoiceScreen(prompt: "Goal?", options: [.init(id: "stop", label: "Stop")], allowOther: true)),
                location: location, textHash: "h2"),
            Screen(
                id: "agree",
                content: .consent(ConsentScreen(statements: [.init(id: "s1", text: "Yes.")], signers: [.client])),
                location: location, textHash: "h3"),
        ],
        origin: "test", contentHash: String(repeating: "ab", count: 32))

    static let everyEvent: [SessionEvent] = [
        .screenShown(screen: "hello", textHash: "h1"),
        .answered(screen: "goal", answer: .choice(option: "other", other: "Sleep \"better\"\nplease")),
        .answered(screen: "m", answer: .multi(options: ["a", "b"])),
        .answered(screen: "t", answer: .text("Ünïcödé 日本 🙂")),
        .answered(screen: "o", answer: .skipped),
        .answered(screen: "s", answer: .scale(-3)),
        .answered(
            screen: "d",
            answer: .decision(
                Decision(
                    preferred: "x", reasons: "r", keyworkerView: .concerns, risks: "k", riskReductionSteps: "s",
                    accepted: false, notAcceptedReason: "n"))),
        .answered(
            screen: "w",
            answer: .availability(
                Availability(
                    availableNow: false, howPlanDiffers: "a", extraSupport: "b", transferLater: true,
                    estimatedWaitWeeks: 6, howToldOfDelays: "c", contact: "d"))),
        .answered(screen: "w2", answer: .availability(Availability(availableNow: true))),
        .answered(screen: "sure", answer: .sure(SureCheck(answers: [true, false, true, true], wayOn: .goBack))),
        .answered(screen: "sure", answer: .sure(SureCheck(answers: [true, true, true, true]))),
        .answerChanged(screen: "goal", from: .text("a"), to: .skipped),
        .wentBack(from: "b", to: "a"),
        .questionNoted(number: 1, screen: "a", text: "Why?"),
        .questionAnswered(number: 1, answer: "Because."),
        .questionCarriedForward(number: 2),
        .flagRaised(screen: "a", words: nil),
        .flagRaised(screen: "a", words: "not sure"),
        .statementTicked(screen: "agree", statement: "s1"),
        .statementUnticked(screen: "agree", statement: "s1"),
        .signed(screen: "agree", role: .client, name: "J. B.", meaning: "I agree", textHash: "h3"),
        .privacyChanged(on: true),
        .privacyChanged(on: false),
        .paused(screen: "a"),
        .resumed(note: nil),
        .resumed(note: "cut 12 bytes"),
        .completed,
        .optionsShown(screen: "ways", options: ["drop-in", "phone"]),
        .pageShown(screen: "welcome", page: ScreenPage(number: 2, count: 3)),
        .pageShown(screen: "ways", page: ScreenPage(option: "phone", number: 1, count: 2)),
        .draftKept(screen: "t", draft: ScreenDraft()),
        .draftKept(
            screen: "wait",
            draft: ScreenDraft(
                options: ["other"], text: "Ünï 日本\n", number: -2, fields: ["weeks": "about 3 months", "told": "x"],
                picks: ["now": 1, "transfer": 0], question: "Why?", flagWords: "not sure")),
    ]

    @Test func whatWasShownIsWrittenInTheDocumentedShape() throws {
        func line(_ event: SessionEvent) -> String {
            let (name, data) = SessionEventCoding.encode(event)
            return name + " " + String(decoding: data.encoded(), as: UTF8.self)
        }
        #expect(
            line(.optionsShown(screen: "ways", options: ["drop-in", "phone"]))
                == #"options_shown {"screen":"ways","options":["drop-in","phone"]}"#)
        #expect(
            line(.pageShown(screen: "welcome", page: ScreenPage(number: 2, count: 3)))
                == #"page_shown {"screen":"welcome","option":null,"page":2,"pages":3}"#)
        #expect(
            line(.pageShown(screen: "ways", page: ScreenPage(option: "phone", number: 1, count: 2)))
                == #"page_shown {"screen":"ways","option":"phone","page":1,"pages":2}"#)
        #expect(
            line(
                .draftKept(
                    screen: "wait", draft: ScreenDraft(fields: ["weeks": "12", "told": "By text"], picks: ["now": 1])))
                == #"draft_kept {"screen":"wait","options":[],"text":null,"number":null,"fields":{"told":"By text","weeks":"12"},"picks":{"now":1},"question":null,"flag_words":null}"#
        )
    }

    @Test func everyEventSurvivesTheJournalsJSONUnchanged() throws {
        for event in Self.everyEvent {
            let (name, data) = SessionEventCoding.encode(event)
            let reparsed = try JSONParser.parse(data.encoded())
            #expect(try SessionEventCoding.decode(name: name, data: reparsed) == event)
        }
    }

    @Test func anUnknownEventOrAMisshapenOneIsAnErrorNotAGuess() {
        #expect(throws: EventDecodingError.self) {
            try SessionEventCoding.decode(name: "teleported", data: .object([]))
        }
        #expect(throws: EventDecodingError.self) {
            try SessionEventCoding.decode(name: "screen_shown", data: .object([("screen", .int(3))]))
        }
        #expect(throws: EventDecodingError.self) {
            try SessionEventCoding.decode(
                name: "answered",
                data: .object([("screen", .string("a")), ("answer", .object([("type", .string("x"))]))]))
        }
    }

    @Test func aSessionRecordedThenResumedReplaysToTheSameState() throws {
        let folder = TemporaryFolder()
        let store = folder.store
        let context = SessionContext(keyworker: "Sam", clientReference: "C-1")
        let recorder = try SessionJournal.start(
            store: store, guide: Self.guide, context: context, deviceKey: Fixture.key())
        var state = SessionState(guide: Self.guide, context: context)
        for action: SessionAction in [
            .start, .noteQuestion("Is it free?"), .proceed, .submit(.choice(option: "stop", other: nil)), .pause,
        ] {
            try recorder.record(try Session.reduce(&state, action))
        }
        recorder.close()

        let listed = try UnfinishedSession.all(in: store)
        #expect(listed.map(\.id) == [recorder.sessionID])
        #expect(listed.first?.clientReference == "C-1")
        #expect(listed.first?.currentScreen == "agree")

        let (journal, entries, report) = try Journal.resume(store: store, sessionID: recorder.sessionID, now: Date())
        defer { journal.close() }
        #expect(report == .clean)
        let replayed = Session.replay(
            guide: Self.guide, context: context, events: try SessionJournal.events(from: entries))
        #expect(replayed == state)
        #expect(replayed.status == .paused)
    }

    @Test func aFinishedSessionSealsAndVerifies() throws {
        let folder = TemporaryFolder()
        let store = folder.store
        let key = try DeviceKey.loadOrCreate(store: store)
        let context = SessionContext(keyworker: "Sam", clientReference: "C-1")
        let recorder = try SessionJournal.start(store: store, guide: Self.guide, context: context, deviceKey: key)
        var state = SessionState(guide: Self.guide, context: context)
        let actions: [SessionAction] = [
            .start, .proceed, .submit(.choice(option: "stop", other: nil)), .tick(statement: "s1", ticked: true),
            .sign(role: .client, name: "J. B."), .proceed,
        ]
        for action in actions {
            try recorder.record(try Session.reduce(&state, action))
        }
        #expect(state.status == .complete)
        let seal = try recorder.seal(keyworker: "Sam", key: key)
        recorder.close()
        let result = Verifier.verifySession(
            folder: store.sessionFolder(recorder.sessionID), trust: try .of(store: store))
        #expect(result.outcome == .valid)
        #expect(result.signerKey == .thisDevice)
        #expect(result.receiptCode == seal.receiptCode)
    }

    @Test func theSealSaysTheJobTitleFromTheConfigInItsMeaningAndKeepsTheCheckedRole() throws {
        let folder = TemporaryFolder()
        let store = folder.store
        let key = try DeviceKey.loadOrCreate(store: store)
        let context = SessionContext(keyworker: "Sam", clientReference: "C-1")
        let recorder = try SessionJournal.start(store: store, guide: Self.guide, context: context, deviceKey: key)
        var state = SessionState(guide: Self.guide, context: context)
        let actions: [SessionAction] = [
            .start, .proceed, .submit(.choice(option: "stop", other: nil)), .tick(statement: "s1", ticked: true),
            .sign(role: .client, name: "J. B."), .proceed,
        ]
        for action in actions {
            try recorder.record(try Session.reduce(&state, action))
        }
        _ = try recorder.seal(keyworker: "Sam", title: "Recovery worker", key: key)
        recorder.close()
        let result = Verifier.verifySession(
            folder: store.sessionFolder(recorder.sessionID), trust: try .of(store: store))
        #expect(result.outcome == .valid)
        #expect(result.signer == Signer(name: "Sam", role: "keyworker"))
        #expect(result.meaning == "I confirm, as Recovery worker, that this is the complete record of the session")
    }

    @Test func theKeyworkersNameIsRememberedOnOneLine() throws {
        let folder = TemporaryFolder()
        #expect(KeyworkerProfile.name(in: folder.store) == nil)
        try KeyworkerProfile.remember("Sam\nKeyworker", in: folder.store)
        #expect(KeyworkerProfile.name(in: folder.store) == "Sam Keyworker")
    }
}
