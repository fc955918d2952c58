import Foundation
import KeyworkGuides
import KeyworkSession

@testable import KeyworkRecord

/// A whole group walkthrough, sealed by a fixed key with a fixed clock: ground rules agreed by count, three
/// anonymous questions (one typed on the question step from cards), reviewed and signed by the facilitator.
enum GroupHandoutFixture {
    static let sessionID = "20261127-140000-9a0b1c"
    static let participants = Participants(headCount: 8, initials: ["AB", "CD", "EF"])
    static let context = SessionContext(keyworker: "Fran Facilitator", clientReference: nil, participants: participants)

    static let guide = Guide(
        id: "induction-group", title: "Starting methadone or buprenorphine (group)", version: "2026-11",
        mode: .group, participants: .initials,
        screens: [
            ClientCopyFixture.screen("welcome", "Welcome to the group", .info(InfoScreen(body: "Hello."))),
            ClientCopyFixture.screen(
                "rules", "Our ground rules",
                .acknowledge(
                    AcknowledgeScreen(
                        statements: [
                            .init(id: "private", text: "What people say here stays in this room."),
                            .init(id: "respect", text: "We treat each other with respect."),
                        ]))),
            Screen(
                id: "chemist", title: "Taking your dose at the chemist",
                handout: "At first, you take each dose at the chemist while the pharmacist watches.",
                content: .info(InfoScreen(body: "At first.")), location: ClientCopyFixture.location,
                textHash: "text-hash-chemist"),
            ClientCopyFixture.screen("cards", "Questions from the group", .questions(QuestionsScreen(prompt: "Ask."))),
            ClientCopyFixture.screen("summary", "What we covered", .summary(SummaryScreen())),
            ClientCopyFixture.screen(
                "sign-off", "Before we close",
                .consent(ConsentScreen(statements: [.init(id: "kept", text: "All kept.")], signers: [.facilitator]))),
        ],
        origin: "builtin:induction-group", contentHash: String(repeating: "ef", count: 32))

    static let actions: [SessionAction] = [
        .start, .proceed,
        .submit(.acknowledged(agreed: 7, present: 8)),
        .noteQuestion("What if I <miss> a dose?"),
        .proceed,
        .noteQuestion("Can I change chemist?"),
        .noteQuestion("Will my GP know?"),
        .proceed,
        .answerQuestion(number: 1, answer: "Tell the chemist and your keyworker the same day."),
        .answerQuestion(number: 2, answer: "Yes, with notice."),
        .carryForwardQuestion(number: 3),
        .proceed,
        .tick(statement: "kept", ticked: true),
        .sign(role: .facilitator, name: "Fran Facilitator"),
        .proceed,
    ]

    static func record(in store: Store) throws {
        try store.prepare()
        let key = Fixture.key()
        let header = JournalHeader(
            sessionID: sessionID, mode: .group, guide: .init(guide), keyworker: context.keyworker,
            clientReference: nil, deviceKey: key.publicKeyBase64, participants: participants)
        let clock = ClientCopyFixture.SteppingClock(start: ClientCopyFixture.start)
        let journal = SessionJournal(
            journal: try Journal.create(store: store, header: header, now: ClientCopyFixture.start), clock: clock.next)
        defer { journal.close() }
        var state = SessionState(guide: guide, context: context)
        for action in actions {
            try journal.record(try Session.reduce(&state, action))
        }
        _ = try journal.seal(keyworker: context.keyworker, key: key)
    }

    static func handout(in store: Store) throws -> ClientCopy {
        let verified = Verifier.readVerified(
            folder: store.sessionFolder(sessionID), trust: Fixture.trust(Fixture.key()))
        return try ClientCopy.make(from: verified, guide: guide)
    }
}
