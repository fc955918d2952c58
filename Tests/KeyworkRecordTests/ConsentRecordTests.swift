import Foundation
import KeyworkGuides
import KeyworkSession
import KeyworkTestSupport
import Testing

@testable import KeyworkRecord

/// What the client did not agree to is kept in the sealed record and shown wherever the record is read:
/// at the top of the client's copy, on verify's line, by `keywork due` and by a later revisit.
///
/// `KEYWORK_UPDATE_GOLDEN=1` records the golden copy (and fails, to have its diff read); the committed sessions
/// are transcript-format fixtures, recorded only with `KEYWORK_RECORD_TRANSCRIPT_FIXTURES=1`.
@Suite struct ConsentRecordTests {
    /// Lives as long as the test: Swift Testing makes a fresh suite value per test.
    private let folder = TemporaryFolder()

    private static let goldenFolder = Fixture.transcriptFixtures.folder.path

    private func london() throws -> TimeZone {
        try #require(TimeZone(identifier: "Europe/London"))
    }

    @Test func aStatementNotAgreedIsAtTheTopOfTheCopyWithTheClientsWords() throws {
        try ClientCopyFixture.record(in: folder.store, actions: ClientCopyFixture.dissentActions)
        let copy = try ClientCopyFixture.copy(in: folder.store)
        let agreement = try #require(copy.agreements.first)
        #expect(agreement.statements == ["I agree to this plan."])
        #expect(
            agreement.notAgreed == [
                NotAgreed(text: "I know I can ask to change it at any time.", words: "Not without \"asking\" me")
            ])
        #expect(copy.decisions.first?.agreedInstead == "Methadone")
        #expect(copy.waits.first?.option == "Methadone")
        #expect(agreement.signatures.first?.meaning.hasSuffix("my words about it are in the record.") == true)

        let text = copy.rendered(as: .text, timeZone: try london())
        let dissent = try #require(text.range(of: "What you did not agree to"))
        let answers = try #require(text.range(of: "Your answers"))
        #expect(dissent.lowerBound < answers.lowerBound)
        #expect(text.contains("What you agreed instead: Methadone"))
        #expect(text.contains("Methadone is not available yet."))
        #expect(!text.contains("Buprenorphine can start now"))
        Fixture.golden.check(text, named: "client-copy-not-agreed.txt")
    }

    @Test func verifysSessionLineNamesTheStatementsNotAgreedWithTheWordsEscaped() throws {
        let session = try ClientCopyFixture.record(
            in: folder.store, actions: ClientCopyFixture.dissentActions(words: "Not \u{1B}[2Kwithout \"asking\" me"))
        let result = Verifier.verifySession(folder: session, trust: Fixture.trust(Fixture.key()))
        #expect(result.isValid)
        #expect(
            result.consentOutcome?.notAgreed == [
                NotAgreed(
                    text: "I know I can ask to change it at any time.", words: "Not \u{1B}[2Kwithout \"asking\" me")
            ])
        #expect(
            result.summary.hasSuffix(
                "; not agreed: \"I know I can ask to change it at any time.\" "
                    + "(client's words: \"Not \\u{1B}[2Kwithout \"asking\" me\")"))
        #expect(!result.summary.contains("\u{1B}"))
        #expect(!result.summary.contains("\n"))
        // A session whose every statement was agreed says nothing more than before.
        let other = TemporaryFolder()
        let agreed = try ClientCopyFixture.record(in: other.store)
        let plain = Verifier.verifySession(folder: agreed, trust: Fixture.trust(Fixture.key()))
        #expect(plain.consentOutcome == nil)
        #expect(plain.summary.hasSuffix("; receipt \(plain.receiptCode ?? "")"))
    }

    @Test func aMarkTakenBackIsNotReportedAsNotAgreed() throws {
        var actions = ClientCopyFixture.actions
        let tick = try #require(actions.firstIndex(of: .tick(statement: "change", ticked: true)))
        actions.insert(.markNotAgreed(statement: "change", words: "Hmm"), at: tick)
        let session = try ClientCopyFixture.record(in: folder.store, actions: actions)
        let result = Verifier.verifySession(folder: session, trust: Fixture.trust(Fixture.key()))
        #expect(result.isValid)
        #expect(result.consentOutcome == nil)
        let verified = Verifier.readVerified(folder: session, trust: Fixture.trust(Fixture.key()))
        #expect(verified.journal?.entries.contains { $0.event == "statement_not_agreed" } == true)
    }

    @Test func aSessionWithoutAgreementIsSealedAsSuchAndDueListsItUntilANewAgreement() throws {
        let store = folder.store
        try ClientCopyFixture.record(
            in: store, actions: ClientCopyFixture.noAgreementActions, guide: ClientCopyFixture.requiredGuide)
        let copy = try ClientCopyFixture.copy(in: store, guide: ClientCopyFixture.requiredGuide)
        let text = copy.rendered(as: .text, timeZone: try london())
        // Page one says what happens next; the lines not agreed come before the rest of the record.
        let talkAgain = try #require(text.range(of: "Your keyworker will talk with you again about what you did not"))
        #expect(talkAgain.lowerBound < (try #require(text.range(of: "Your receipt code"))).lowerBound)
        let noAgreement = try #require(text.range(of: "No agreement yet"))
        #expect(noAgreement.lowerBound < (try #require(text.range(of: "What you agreed"))).lowerBound)
        #expect(text.contains("“I agree to this plan.” You said: “I want to think about it at home”"))
        #expect(!text.contains("look at this plan again on"))
        #expect(copy.agreements.first?.signatures.map(\.role) == [.keyworker])

        let result = Verifier.verifySession(
            folder: store.sessionFolder(ClientCopyFixture.sessionID), trust: Fixture.trust(Fixture.key()))
        #expect(result.summary.contains("; NO AGREEMENT YET (a required statement was not agreed); not agreed: "))

        let list = try DueList.build(
            store: store, now: Date(timeIntervalSince1970: 1_796_000_000),
            guide: { _ in ClientCopyFixture.requiredGuide })
        let item = try #require(list.items.first)
        #expect(item.kind == .noAgreement)
        #expect(item.clientReference == "AB-1234")
        #expect(item.sessionID == ClientCopyFixture.sessionID)
        #expect(item.date == GuideDate(year: 2026, month: 11, day: 27))
        #expect(
            !AgreementLookup.isSignedByClient(
                try #require(
                    Verifier.readVerified(
                        folder: store.sessionFolder(ClientCopyFixture.sessionID), trust: Fixture.trust(Fixture.key())
                    ).journal)))
    }

    /// A revisit sealed by the version before revisits showed the client's words must still verify with its
    /// chain, and its guide must still be rebuilt (as version 1) with the hash its header pinned, for export.
    @Test func aRevisitWrittenBeforeVersionTwoStillVerifiesAndRebuildsItsGuide() throws {
        let sessions = Self.goldenFolder + "/before-2026-12/sessions/"
        let (earlierID, revisitID) = ("20261001-100000-0131a2", "20261101-100000-ba14cf")
        let revisit = Verifier.readVerified(
            folder: sessions + revisitID, trust: Fixture.trust(Fixture.key()), checkingLinks: true)
        #expect(revisit.verification.isValid, "\(revisit.verification.summary)")
        let header = try #require(revisit.journal?.header)
        #expect(header.guide.version == "1")
        let earlier = Verifier.readVerified(folder: sessions + earlierID, trust: Fixture.trust(Fixture.key()))
        let agreement = try AgreementRecord.read(earlier, guide: RevisitRecordTests.resolve).get()
        let rebuilt = try #require(RevisitGuide.build(from: agreement.earlierAgreement, version: header.guide.version))
        #expect(rebuilt.contentHash == header.guide.hash)
        let copy = try ClientCopy.make(from: revisit, guide: rebuilt, revisiting: agreement.earlierAgreement)
        #expect(copy.agreements.first?.statements == ["I come to meetings.", "I pick up twice a week."])
        // A new revisit of the same agreement is built as version 2, with another hash.
        #expect(RevisitGuide.build(from: agreement.earlierAgreement).contentHash != header.guide.hash)
    }

    /// The sample of Docs/transcript-format.md §11: today's code must write exactly the committed journal.
    @Test func theNotAgreedSampleIsWrittenByteForByteAsCommittedAndVerifies() throws {
        let name = "not-agreed/sessions/" + ClientCopyFixture.sessionID
        let golden = Fixture.transcriptFixtures.path(name)
        let fresh = try ClientCopyFixture.record(in: folder.store, actions: ClientCopyFixture.dissentActions)
        Fixture.checkTranscriptFixture(fresh, named: name, withPublicKey: false)
        let result = Verifier.verifySession(folder: golden, trust: Fixture.trust(Fixture.key()))
        #expect(result.isValid)
        #expect(
            result.summary.hasSuffix(
                "; not agreed: \"I know I can ask to change it at any time.\" (client's words: \"Not without \"asking\" me\")"
            ))
        let journal = String(decoding: readBytes(golden + "/journal.jsonl"), as: UTF8.self)
        #expect(journal.contains(#""agreed_option":"methadone","agreed_other":null}"#))
        #expect(journal.contains(#""event":"statement_not_agreed","data":{"screen":"agree","statement":"change","#))
    }

    @Test func aJournalWrittenBeforeDissentWasRecordedStillVerifiesAndGivesItsCopy() throws {
        // Sealed by the version before statements could be marked not agreed: no agreed_option in its decision.
        let old = Self.goldenFolder + "/before-2026-12/sessions/" + ClientCopyFixture.sessionID
        let verified = Verifier.readVerified(folder: old, trust: Fixture.trust(Fixture.key()))
        #expect(verified.verification.isValid, "\(verified.verification.summary)")
        #expect(verified.verification.consentOutcome == nil)
        let journal = try #require(verified.journal)
        #expect(!journal.entries.contains { $0.line.contains(Array("agreed_option".utf8)) })
        let copy = try ClientCopy.make(from: verified, guide: ClientCopyFixture.guide)
        #expect(copy.decisions.first?.agreedInstead == nil)
        #expect(copy.decisions.first?.preferred == "Buprenorphine")
        #expect(copy.agreements.first?.statements.count == 2)
        #expect(copy.agreements.first?.notAgreed == [])
        let record = try AgreementRecord.read(verified, guide: { _ in ClientCopyFixture.guide }).get()
        #expect(record.statements.map(\.id) == ["plan", "change"])
        #expect(record.notAgreed.isEmpty)
    }
}

extension [UInt8] {
    fileprivate func contains(_ part: [UInt8]) -> Bool {
        guard part.count <= count else { return false }
        return (0...(count - part.count)).contains { self[$0..<($0 + part.count)].elementsEqual(part) }
    }
}
