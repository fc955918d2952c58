import Foundation
import KeyworkDiagnostics
import KeyworkGuides
import KeyworkSession

@testable import KeyworkRecord

/// A whole session built with the session and record layers, sealed by a fixed key with a fixed clock,
/// so that its journal, and so its receipt code, are the same on every run.
enum ClientCopyFixture {
    static let location = KeyworkDiagnostics.SourceLocation(file: "copy.yaml", line: 1, column: 1)
    static let sessionID = "20261127-093000-c0ffee"
    /// 2026-11-27T09:30:00.000Z, a Friday.
    static let start = Date(timeIntervalSince1970: 1_795_771_800)
    static let context = SessionContext(keyworker: "Sam Keyworker", clientReference: "AB-1234")

    static func screen(_ id: String, _ title: String?, _ content: ScreenContent) -> KeyworkGuides.Screen {
        Screen(id: id, title: title, content: content, location: location, textHash: "text-hash-\(id)")
    }

    static let guide = Guide(
        id: "first-appointment", title: "Your first appointment", version: "2026-11",
        screens: [
            screen("welcome", "Welcome", .info(InfoScreen(body: "Hello."))),
            screen(
                "goal", "What you want",
                .choice(
                    ChoiceScreen(
                        prompt: "What would you most like from treatment?",
                        options: [
                            .init(id: "stop", label: "Stop using completely"),
                            .init(id: "stable", label: "Feel more stable"),
                        ],
                        allowOther: true))),
            screen(
                "options", "Your options",
                .compare(
                    CompareScreen(
                        attributes: [.init(id: "what", label: "What it involves")],
                        options: [
                            .init(id: "methadone", label: "Methadone", values: ["what": "A liquid, once a day"]),
                            .init(id: "buprenorphine", label: "Buprenorphine", values: ["what": "A tablet or film"]),
                        ]))),
            screen(
                "decide", "Your choice", .decision(DecisionScreen(from: "options", prompt: "Which would you prefer?"))),
            screen("wait", "Starting", .availability(AvailabilityScreen(from: "decide"))),
            screen("sure", "How sure you feel", .sure(SureScreen())),
            screen("review", "Looking back", .summary(SummaryScreen())),
            screen(
                "agree", "Our agreement",
                .consent(
                    ConsentScreen(
                        statements: [
                            .init(id: "plan", text: "I agree to this plan."),
                            .init(id: "change", text: "I know I can ask to change it at any time."),
                        ],
                        signers: [.client, .keyworker], revisitAfterDays: 91, requiresSure: true))),
        ],
        origin: "builtin:first-appointment", contentHash: String(repeating: "cd", count: 32))

    /// What the client and keyworker do, in order; the client types a script tag to test escaping.
    static let actions: [SessionAction] = [
        .start, .proceed,
        .noteQuestion("Is it free? <script>alert(1)</script>"),
        .submit(.choice(option: "other", other: "Sleep <better> & \"eat\" well")),
        .flag(words: "I worry about the dose"),
        .proceed,
        .submit(
            .decision(
                Decision(
                    preferred: "buprenorphine", reasons: "My friend takes it and can still work.",
                    keyworkerView: .concerns, risks: "Starting it too soon after heroin can make you feel very ill.",
                    riskReductionSteps: "Wait until withdrawal has started. Take the first dose at the clinic."))),
        .noteQuestion("Can my partner come with me?"),
        .flag(words: nil),
        .submit(
            .availability(
                Availability(
                    availableNow: false, howPlanDiffers: "You start on methadone while you wait.",
                    extraSupport: "A weekly phone call from your keyworker.", transferLater: true,
                    estimatedWaitWeeks: 6,
                    howToldOfDelays: "A text message, and a call if it is more than two weeks late.",
                    contact: "Duty desk, 0161 496 0000"))),
        .submit(.sure(SureCheck(answers: [true, false, true, true], wayOn: .continueAnyway))),
        .answerQuestion(number: 1, answer: "Yes, treatment is free."),
        .carryForwardQuestion(number: 2),
        .proceed,
        .tick(statement: "plan", ticked: true),
        .tick(statement: "change", ticked: true),
        .sign(role: .client, name: "J. Bloggs"),
        .sign(role: .keyworker, name: "Sam Keyworker"),
        .proceed,
    ]

    /// The same walk, but the keyworker cannot accept the client's choice and methadone is agreed instead,
    /// and the client does not agree to one statement, in words with a quote in them.
    static let dissentActions = dissentActions(words: "Not without \"asking\" me")

    /// The dissent walk with the client's words about the statement not agreed.
    static func dissentActions(words: String) -> [SessionAction] {
        var changed = ClientCopyFixture.actions
        if let index = changed.firstIndex(where: { if case .submit(.decision) = $0 { true } else { false } }) {
            changed[index] = .submit(
                .decision(
                    Decision(
                        preferred: "buprenorphine", reasons: "My friend takes it and can still work.",
                        accepted: false, notAcceptedReason: "The prescriber is away until March.",
                        agreedOption: "methadone")))
        }
        if let index = changed.firstIndex(of: .tick(statement: "change", ticked: true)) {
            changed[index] = .markNotAgreed(statement: "change", words: words)
        }
        return changed
    }

    /// The guide with its first statement required, for a session that ends as "no agreement yet".
    static let requiredGuide: Guide = {
        var required = guide
        if let index = required.index(of: "agree"), case .consent(var consent) = required.screens[index].content {
            consent.statements[0].required = true
            required.screens[index].content = .consent(consent)
        }
        return required
    }()

    /// The walk on `requiredGuide` in which the client does not agree to the required statement.
    static let noAgreementActions: [SessionAction] = {
        guard let index = actions.firstIndex(of: .tick(statement: "plan", ticked: true)) else { return actions }
        return Array(actions[..<index]) + [
            .markNotAgreed(statement: "plan", words: "I want to think about it at home"),
            .tick(statement: "change", ticked: true),
            .endWithoutAgreement(name: "Sam Keyworker"),
        ]
    }()

    /// A clock that moves on 37.25 seconds each time it is read.
    final class SteppingClock: @unchecked Sendable {
        private var now: Date
        init(start: Date) { now = start }
        func next() -> Date {
            now = now.addingTimeInterval(37.25)
            return now
        }
    }

    /// Records the session in `store`; sealed unless `seal` is false. Returns the session's folder.
    @discardableResult
    static func record(
        in store: Store, actions: [SessionAction] = actions, guide: Guide = guide, seal: Bool = true
    ) throws -> String {
        try store.prepare()
        let key = Fixture.key()
        let header = JournalHeader(
            sessionID: sessionID, mode: .session, guide: .init(guide), keyworker: context.keyworker,
            clientReference: context.clientReference, deviceKey: key.publicKeyBase64)
        let clock = SteppingClock(start: start)
        let journal = SessionJournal(
            journal: try Journal.create(store: store, header: header, now: start), clock: clock.next)
        defer { journal.close() }
        var state = SessionState(guide: guide, context: context)
        for action in actions {
            try journal.record(try Session.reduce(&state, action))
        }
        if seal {
            _ = try journal.seal(keyworker: context.keyworker, key: key)
        }
        return store.sessionFolder(sessionID)
    }

    /// The copy of the sealed session in `store`.
    static func copy(in store: Store, guide: Guide = guide) throws -> ClientCopy {
        let verified = Verifier.readVerified(
            folder: store.sessionFolder(sessionID), trust: Fixture.trust(Fixture.key()))
        return try ClientCopy.make(from: verified, guide: guide)
    }
}
