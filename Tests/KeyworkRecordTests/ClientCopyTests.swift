import Foundation
import KeyworkGuides
import KeyworkSession
import KeyworkTestSupport
import Testing

@testable import KeyworkRecord

/// The client's copy: made only from a sealed session that verifies, and the same words in every format.
///
/// `KEYWORK_UPDATE_GOLDEN=1` records the golden copies and fails, to have their diff read before committing.
@Suite struct ClientCopyTests {
    /// Lives as long as the test: Swift Testing makes a fresh suite value per test.
    private let folder = TemporaryFolder()

    private func london() throws -> TimeZone {
        try #require(TimeZone(identifier: "Europe/London"))
    }

    private func rendered(_ format: ClientCopyFormat) throws -> String {
        try ClientCopyFixture.record(in: folder.store)
        var copy = try ClientCopyFixture.copy(in: folder.store)
        // The agency's name comes from the keyworker's config; the golden copies show where it is printed.
        copy.agencyName = "Riverside Recovery Service"
        return copy.rendered(as: format, timeZone: try london())
    }

    @Test func theAgencyNameIsPrintedOnlyWhenTheConfigGivesOne() throws {
        try ClientCopyFixture.record(in: folder.store)
        var copy = try ClientCopyFixture.copy(in: folder.store)
        #expect(!copy.rendered(as: .text, timeZone: try london()).contains("Your service"))
        copy.agencyName = "Riverside Recovery Service"
        #expect(copy.rendered(as: .text, timeZone: try london()).contains("Riverside Recovery Service"))
    }

    @Test(arguments: [
        (ClientCopyFormat.text, "client-copy.txt"), (.markdown, "client-copy.md"), (.html, "client-copy.html"),
    ])
    func eachFormatMatchesItsGoldenFile(format: ClientCopyFormat, file: String) throws {
        Fixture.golden.check(try rendered(format), named: file)
    }

    @Test func theSameSessionRecordedTwiceGivesTheSameJournalAndReceiptCode() throws {
        let other = TemporaryFolder()
        let first = try ClientCopyFixture.record(in: folder.store)
        let second = try ClientCopyFixture.record(in: other.store)
        #expect(readBytes(first + "/journal.jsonl") == readBytes(second + "/journal.jsonl"))
        let firstCopy = try ClientCopyFixture.copy(in: folder.store)
        #expect(firstCopy.receiptCode == (try ClientCopyFixture.copy(in: other.store)).receiptCode)
        #expect(
            firstCopy.receiptCode
                == Verifier.verifySession(folder: first, trust: Fixture.trust(Fixture.key())).receiptCode)
    }

    @Test func theCopyHoldsTheDecisionWaitQuestionsFlagsAndSignatures() throws {
        try ClientCopyFixture.record(in: folder.store)
        let copy = try ClientCopyFixture.copy(in: folder.store)
        #expect(copy.guideTitle == "Your first appointment")
        #expect(copy.clientReference == "AB-1234")
        #expect(copy.answers.map(\.answer) == [["Something else: Sleep <better> & \"eat\" well"]])
        #expect(copy.decisions.map(\.preferred) == ["Buprenorphine"])
        #expect(copy.decisions.first?.keyworkerView == .concerns)
        #expect(copy.waits.first?.option == "Buprenorphine")
        #expect(copy.waits.first?.availability.estimatedWaitWeeks == 6)
        #expect(copy.sureResults.first?.answers.map(\.yes) == [true, false, true, true])
        #expect(copy.sureResults.first?.wayOn == .continueAnyway)
        #expect(copy.questions.map(\.resolution) == [.answered("Yes, treatment is free."), .carriedForward])
        #expect(
            copy.flags == [
                .init(screen: "Your options", words: "I worry about the dose"), .init(screen: "Starting", words: nil),
            ])
        let agreement = try #require(copy.agreements.first)
        #expect(agreement.statements == ["I agree to this plan.", "I know I can ask to change it at any time."])
        #expect(agreement.signatures.map(\.name) == ["J. Bloggs", "Sam Keyworker"])
        #expect(agreement.signatures.map(\.role) == [.client, .keyworker])
        #expect(
            agreement.signatures.map(\.meaning) == [
                SignerRole.client.defaultMeaning, SignerRole.keyworker.defaultMeaning,
            ])

        let text = copy.rendered(as: .text, timeZone: try london())
        #expect(text.contains("You said “not sure” or “I disagree” 2 times:"))
        #expect(text.contains("Answer: Carried forward to next time"))
        #expect(text.contains("We look at this plan again on: Friday 26 February 2027"))
        #expect(text.contains("Expected to start: Buprenorphine, in about 6 weeks"))
        #expect(text.contains("Printed name: J. Bloggs"))
        #expect(text.contains("Date and time: Friday 27 November 2026 at 09:"))
        #expect(text.contains("How long you may wait: about 6 weeks"))
        #expect(
            copy.checkLine
                == "To check this record has not been changed, ask the service to run: keywork verify "
                + "\(ClientCopyFixture.sessionID). The receipt code must match: \(copy.receiptCode).")
        let checking = try #require(copy.document(timeZone: try london()).sections.last)
        #expect(checking.blocks.contains(.paragraph(copy.checkLine)))
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= ClientCopyText.width })
    }

    @Test func aQuestionNeverAnsweredIsShownAsNotYetAnswered() throws {
        // A question noted while signing, after the review, may still be open when the session ends.
        var actions = ClientCopyFixture.actions
        let signing = try #require(actions.firstIndex(of: .tick(statement: "plan", ticked: true)))
        actions.insert(.noteQuestion("Who do I call at night?"), at: signing)
        try ClientCopyFixture.record(in: folder.store, actions: actions)
        let copy = try ClientCopyFixture.copy(in: folder.store)
        #expect(copy.questions.last?.resolution == .open)
        #expect(copy.rendered(as: .text, timeZone: try london()).contains("Answer: Not yet answered"))
    }

    @Test func whatTheClientTypedIsEscapedInHTMLAndMarkdown() throws {
        let html = try rendered(.html)
        #expect(!html.contains("<script>"))
        #expect(html.contains("Is it free? &lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("Sleep &lt;better&gt; &amp; &quot;eat&quot; well"))
        #expect(html.contains("@page { size: A4; margin: 18mm; }"))
        #expect(html.contains("page-break-inside: avoid"))

        let markdown = try ClientCopyFixture.copy(in: folder.store).rendered(as: .markdown, timeZone: try london())
        #expect(!markdown.contains("<script>"))
        #expect(markdown.contains("\\<script\\>"))
    }

    @Test func aTamperedSessionIsRefusedWithTheReason() throws {
        let session = try ClientCopyFixture.record(in: folder.store)
        var journal = readBytes(session + "/journal.jsonl")
        let index = try #require(journal.firstIndex(of: UInt8(ascii: "6")))
        journal[index] = UInt8(ascii: "9")
        writeBytes(session + "/journal.jsonl", journal)
        #expect {
            try ClientCopyFixture.copy(in: folder.store)
        } throws: { error in
            guard case .doesNotVerify(let id, let reason) = error as? ClientCopyError else { return false }
            return id == ClientCopyFixture.sessionID && reason.contains("journal")
        }
    }

    @Test func anUnfinishedSessionIsRefusedWithHowToResumeIt() throws {
        try ClientCopyFixture.record(in: folder.store, actions: Array(ClientCopyFixture.actions.prefix(6)), seal: false)
        #expect(throws: ClientCopyError.unfinished(sessionID: ClientCopyFixture.sessionID)) {
            try ClientCopyFixture.copy(in: folder.store)
        }
        let note = ClientCopyError.unfinished(sessionID: ClientCopyFixture.sessionID).note
        #expect(note.contains("keywork resume \(ClientCopyFixture.sessionID)"))
    }

    @Test func aGuideWithOtherContentIsRefused() throws {
        try ClientCopyFixture.record(in: folder.store)
        var changed = ClientCopyFixture.guide
        changed.contentHash = String(repeating: "ef", count: 32)
        let verified = Verifier.readVerified(
            folder: folder.store.sessionFolder(ClientCopyFixture.sessionID), trust: Fixture.trust(Fixture.key()))
        #expect(
            throws: ClientCopyError.wrongGuide(
                sessionID: ClientCopyFixture.sessionID, needed: .init(ClientCopyFixture.guide))
        ) {
            try ClientCopy.make(from: verified, guide: changed)
        }
    }

    @Test func aRecordedTimeReadsBackToTheSameMoment() throws {
        let moment = Date(timeIntervalSince1970: 1_795_771_837.25)
        #expect(RecordTime.parse(RecordTime.iso8601(moment)) == moment)
        #expect(RecordTime.parse("2027-02-29T00:00:00.000Z") == nil)
        #expect(RecordTime.parse("2028-02-29T23:59:59.999Z").map(RecordTime.iso8601) == "2028-02-29T23:59:59.999Z")
    }

    @Test func longWordsAndTypedLineBreaksStayWithinTheTextWidth() {
        let lines = ClientCopyText.wrap(
            String(repeating: "x", count: 100) + " short\nnext line", firstPrefix: "  - ", restPrefix: "    ")
        #expect(lines.allSatisfy { $0.count <= ClientCopyText.width })
        #expect(lines.last == "    next line")
    }
}
