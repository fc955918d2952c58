import Foundation
import KeyworkDiagnostics
import KeyworkGuides
import KeyworkSession
import Testing

@testable import KeyworkRecord

/// A sealed agreement, then a revisit of it made through the record layer: the link in the header and the
/// seal, the wording the revisit records, and verification of the chain.
@Suite struct RevisitRecordTests {
    static let here = KeyworkDiagnostics.SourceLocation(file: "plan.yaml", line: 1, column: 1)
    static let guide: Guide = {
        var guide = Guide(
            id: "plan", title: "Plan", version: "1",
            screens: [
                Screen(
                    id: "agree",
                    content: .consent(
                        ConsentScreen(
                            statements: [
                                .init(id: "meet", text: "I come to meetings."),
                                .init(id: "dose", text: "I pick up daily."),
                            ],
                            revisitAfterDays: 84)), location: here)
            ], origin: "plan.yaml")
        ContentHash.apply(to: &guide)
        return guide
    }()

    static func resolve(_ reference: JournalHeader.GuideReference) -> Guide? {
        reference.id == guide.id ? guide : nil
    }

    /// Runs the actions through the reducer into a new journal and seals it; returns the session id.
    static func record(
        _ actions: [SessionAction], guide: Guide, context: SessionContext, store: Store, links: [SessionLink] = [],
        at time: Date
    ) throws -> String {
        let journal = try SessionJournal.start(
            store: store, guide: guide, context: context, deviceKey: Fixture.key(), links: links, clock: { time })
        defer { journal.close() }
        var state = SessionState(guide: guide, context: context)
        for action in actions { try journal.record(try Session.reduce(&state, action)) }
        #expect(state.status == .complete)
        _ = try journal.seal(keyworker: context.keyworker, key: Fixture.key())
        return journal.sessionID
    }

    static let agreeAll: [SessionAction] = [
        .start, .tick(statement: "meet", ticked: true), .tick(statement: "dose", ticked: true),
        .sign(role: .client, name: "Jo"), .sign(role: .keyworker, name: "Sam"), .proceed,
    ]

    /// An agreement sealed on 2026-10-01, and its revisit on 2026-11-01 that changes "dose".
    static func agreementAndRevisit(store: Store) throws -> (earlier: String, revisit: String) {
        let context = SessionContext(keyworker: "Sam", clientReference: "C-7")
        let earlier = try record(
            agreeAll, guide: guide, context: context, store: store, at: Date(timeIntervalSince1970: 1_790_848_800))
        let verified = Verifier.readVerified(folder: store.sessionFolder(earlier), trust: Fixture.trust(Fixture.key()))
        let agreement = try AgreementRecord.read(verified, guide: resolve).get()
        let revisitGuide = RevisitGuide.build(from: agreement.earlierAgreement)
        let revisitContext = SessionContext(
            keyworker: "Sam", clientReference: "C-7", revisiting: agreement.earlierAgreement)
        let keep = SessionAction.submit(.choice(option: "keep", other: nil))
        let revisit = try record(
            [
                .start, .proceed, keep, .submit(.choice(option: "change", other: nil)),
                .submit(.text("I pick up twice a week.")), .submit(.choice(option: "agreed", other: nil)), .proceed,
                .submit(.choice(option: "weeks-4", other: nil)), .tick(statement: "meet", ticked: true),
                .tick(statement: "dose", ticked: true),
                .sign(role: .client, name: "Jo"), .sign(role: .keyworker, name: "Sam"), .proceed, .proceed,
            ], guide: revisitGuide, context: revisitContext, store: store,
            links: [SessionLink(sessionID: earlier, journalSHA256: agreement.journalSHA256)],
            at: Date(timeIntervalSince1970: 1_793_527_200))
        return (earlier, revisit)
    }

    /// Changes one letter of a sealed session's journal (the first "J", of the client's signature, to "K").
    static func tamperWithJournal(of sessionID: String, in store: Store) throws {
        let path = store.sessionFolder(sessionID) + "/journal.jsonl"
        var bytes = readBytes(path)
        let index = try #require(bytes.firstIndex(of: UInt8(ascii: "J")))
        bytes[index] = UInt8(ascii: "K")
        writeBytes(path, bytes)
    }

    @Test func theRevisitLinksToTheEarlierAgreementInItsHeaderAndSeal() throws {
        let folder = TemporaryFolder()
        let store = folder.store
        let (earlier, revisit) = try Self.agreementAndRevisit(store: store)
        let earlierHash = try #require(
            Verifier.verifySession(folder: store.sessionFolder(earlier), trust: Fixture.trust(Fixture.key()))
                .journalSHA256)
        let verified = Verifier.readVerified(
            folder: store.sessionFolder(revisit), trust: Fixture.trust(Fixture.key()), checkingLinks: true)
        let link = SessionLink(sessionID: earlier, journalSHA256: earlierHash)
        #expect(verified.journal?.header.links == [link])
        #expect(verified.verification.links == [link], "the seal statement carries the link")
        #expect(verified.verification.isValid)
        #expect(
            verified.verification.chain == [ChainLink(from: revisit, sessionID: earlier, journalSHA256: earlierHash)])
        #expect(
            verified.verification.summary.hasSuffix(
                "\n  \(revisit) revisits \(earlier): valid, journal SHA-256 matches the link (\(earlierHash.prefix(12))...)"
            ))
        #expect(verified.journal?.header.guide.origin == "revisit:\(earlier)")
    }

    @Test func theRevisitRecordsTheAgreedWordingSoALaterRevisitCanReadIt() throws {
        let folder = TemporaryFolder()
        let store = folder.store
        let (_, revisit) = try Self.agreementAndRevisit(store: store)
        let verified = Verifier.readVerified(folder: store.sessionFolder(revisit), trust: Fixture.trust(Fixture.key()))
        // No guide is needed: the wording is in the revisit's own journal.
        let record = try AgreementRecord.read(verified, guide: { _ in nil }).get()
        #expect(
            record.statements == [
                .init(id: "meet", text: "I come to meetings."), .init(id: "dose", text: "I pick up twice a week."),
            ])
        #expect(record.revisitAfterDays == 28)
        #expect(try AgreementLookup.latest(forClient: "C-7", in: store) == revisit)
        #expect(try AgreementLookup.latest(forClient: "C-8", in: store) == nil)
    }

    @Test func anAgreementWhoseGuideHasChangedCannotGiveItsWording() throws {
        let folder = TemporaryFolder()
        let store = folder.store
        let (earlier, _) = try Self.agreementAndRevisit(store: store)
        let verified = Verifier.readVerified(folder: store.sessionFolder(earlier), trust: Fixture.trust(Fixture.key()))
        var changed = Self.guide
        changed.title = "Plan, reworded"
        ContentHash.apply(to: &changed)
        let changedGuide = changed
        let result = AgreementRecord.read(verified, guide: { _ in changedGuide })
        #expect(throws: ShapeError.self) { try result.get() }
        if case .failure(let problem) = result {
            #expect(problem.message.contains("has changed since session \(earlier)"))
        }
    }

    @Test func aMissingEarlierAgreementMakesTheRevisitInvalid() throws {
        let folder = TemporaryFolder()
        let store = folder.store
        let (earlier, revisit) = try Self.agreementAndRevisit(store: store)
        try FileManager.default.removeItem(atPath: store.sessionFolder(earlier))
        let result = Verifier.verifySession(
            folder: store.sessionFolder(revisit), trust: Fixture.trust(Fixture.key()), checkingLinks: true)
        #expect(
            result.outcome
                == .invalid(
                    reason: "the earlier agreement \(earlier) that this session revisits is missing from the store"))
        let alone = Verifier.verifySession(folder: store.sessionFolder(revisit), trust: Fixture.trust(Fixture.key()))
        #expect(alone.isValid, "the revisit's own seal is still good; only its chain is broken")
    }

    @Test func aTamperedEarlierAgreementMakesTheRevisitInvalid() throws {
        let folder = TemporaryFolder()
        let store = folder.store
        let (earlier, revisit) = try Self.agreementAndRevisit(store: store)
        try Self.tamperWithJournal(of: earlier, in: store)
        let result = Verifier.verifySession(
            folder: store.sessionFolder(revisit), trust: Fixture.trust(Fixture.key()), checkingLinks: true)
        #expect(
            result.outcome
                == .invalid(
                    reason: "the earlier agreement \(earlier) that this session revisits does not verify: "
                        + "the journal's SHA-256 does not match the seal (the journal was changed)"))
    }

    @Test func aLaterRevisitShowsWhatWasNotAgreedAndWhatTheTalkDecidedInTheClientsWords() throws {
        let folder = TemporaryFolder()
        let store = folder.store
        let context = SessionContext(keyworker: "Sam", clientReference: "C-7")
        let earlier = try Self.record(
            [
                .start, .tick(statement: "meet", ticked: true),
                .markNotAgreed(statement: "dose", words: "Not on Sundays"), .sign(role: .client, name: "Jo"),
                .sign(role: .keyworker, name: "Sam"), .proceed,
            ], guide: Self.guide, context: context, store: store, at: Date(timeIntervalSince1970: 1_790_848_800))
        let verified = Verifier.readVerified(folder: store.sessionFolder(earlier), trust: Fixture.trust(Fixture.key()))
        let agreement = try AgreementRecord.read(verified, guide: Self.resolve).get()
        #expect(agreement.notAgreed == ["dose": NotAgreed(text: "I pick up daily.", words: "Not on Sundays")])
        #expect(agreement.statements.map(\.id) == ["meet", "dose"])
        let revisitGuide = RevisitGuide.build(from: agreement.earlierAgreement)
        guard case .choice(let review)? = revisitGuide.screen("review-dose")?.content else {
            Issue.record("no review of dose")
            return
        }
        #expect(
            review.prompt.hasPrefix("Last time you did not agree to: *I pick up daily.* You said: \"Not on Sundays\"."))

        // The revisit talks about "meet" and records what the talk decided; "dose" is not agreed again.
        let revisitContext = SessionContext(
            keyworker: "Sam", clientReference: "C-7", revisiting: agreement.earlierAgreement)
        let revisit = try Self.record(
            [
                .start, .proceed, .submit(.choice(option: "talk", other: nil)),
                .submit(.text("Meetings move to Tuesdays.")), .submit(.choice(option: "keep", other: nil)),
                .proceed, .submit(.choice(option: "weeks-4", other: nil)), .tick(statement: "meet", ticked: true),
                .markNotAgreed(statement: "dose", words: "Still not on Sundays"), .sign(role: .client, name: "Jo"),
                .sign(role: .keyworker, name: "Sam"), .proceed, .proceed,
            ], guide: revisitGuide, context: revisitContext, store: store,
            links: [SessionLink(sessionID: earlier, journalSHA256: agreement.journalSHA256)],
            at: Date(timeIntervalSince1970: 1_793_527_200))
        let verifiedRevisit = Verifier.readVerified(
            folder: store.sessionFolder(revisit), trust: Fixture.trust(Fixture.key()))
        let next = try AgreementRecord.read(verifiedRevisit, guide: { _ in nil }).get()
        #expect(next.notAgreed == ["dose": NotAgreed(text: "I pick up daily.", words: "Still not on Sundays")])
        #expect(
            next.clientWords == [
                .init(
                    about: "What you decided when you talked about it", words: "Meetings move to Tuesdays.",
                    statement: "meet")
            ])
        #expect(verifiedRevisit.verification.summary.contains("(client's words: \"Still not on Sundays\")"))
    }
}

/// One source for the next revisit date: the weeks chosen in a revisit are what the copy, `due` and `verify` use.
@Suite struct NextRevisitDateTests {
    @Test func theWeeksChosenInARevisitAreOnTheClientsCopyAndInTheAgreementRecord() throws {
        let folder = TemporaryFolder()
        let store = folder.store
        let (earlier, revisit) = try RevisitRecordTests.agreementAndRevisit(store: store)
        let trust = Fixture.trust(Fixture.key())
        let verified = Verifier.readVerified(folder: store.sessionFolder(revisit), trust: trust)
        let record = try AgreementRecord.read(verified, guide: RevisitRecordTests.resolve).get()
        #expect(record.revisitAfterDays == 28, "weeks-4 was chosen")
        #expect(record.nextRevisitDate == GuideDate(iso8601: record.sealedAt)?.adding(days: 28))

        let earlierRecord = try AgreementRecord.read(
            Verifier.readVerified(folder: store.sessionFolder(earlier), trust: trust),
            guide: RevisitRecordTests.resolve
        ).get()
        let copy = try ClientCopy.make(
            from: verified, guide: RevisitGuide.build(from: earlierRecord.earlierAgreement),
            revisiting: earlierRecord.earlierAgreement)
        let text = copy.rendered(as: .text, timeZone: TimeZone(identifier: "UTC") ?? .current)
        #expect(!text.contains("No next date was set"), "\(text)")
        #expect(text.contains("We look at this plan again on"), "\(text)")
    }
}
