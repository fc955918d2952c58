import Foundation
import KeyworkGuides
import KeyworkSession
import KeyworkTestSupport
import Testing

@testable import KeyworkRecord

/// The group handout: what `keywork export` writes for a group walkthrough. It lists the questions and their
/// answers and the ground rules by count, and never the participants' initials.
///
/// `KEYWORK_UPDATE_GOLDEN=1` records the golden handouts and fails, to have their diff read before committing.
@Suite struct GroupHandoutTests {
    private let folder = TemporaryFolder()

    private func rendered(_ format: ClientCopyFormat) throws -> String {
        try GroupHandoutFixture.record(in: folder.store)
        let london = try #require(TimeZone(identifier: "Europe/London"))
        return try GroupHandoutFixture.handout(in: folder.store).rendered(as: format, timeZone: london)
    }

    @Test(arguments: [
        (ClientCopyFormat.text, "group-handout.txt"), (.markdown, "group-handout.md"), (.html, "group-handout.html"),
    ])
    func eachFormatMatchesItsGoldenFile(format: ClientCopyFormat, file: String) throws {
        Fixture.golden.check(try rendered(format), named: file)
    }

    @Test(arguments: ClientCopyFormat.allCases)
    func theHandoutListsEveryQuestionWithItsAnswerAndNoInitials(format: ClientCopyFormat) throws {
        let text = try rendered(format)
        #expect(text.lowercased().contains("group handout"))
        for answer in ["Tell the chemist and your keyworker the same day.", "Yes, with notice."] {
            #expect(text.contains(answer))
        }
        for question in ["Can I change chemist?", "Will my GP know?", "miss"] {
            #expect(text.contains(question))
        }
        #expect(text.contains("7 of 8 people agreed."))
        #expect(text.contains("Fran Facilitator") && text.contains("Group facilitator"))
        #expect(text.contains("Not answered today. Please ask your keyworker."))
        for initials in ["AB", "CD", "EF"] {
            #expect(!text.contains(initials), "the handout shows the initials \(initials)")
        }
        #expect(!text.contains("client reference") && !text.contains("Your copy"))
    }

    @Test func theHandoutCarriesEachScreensTakeHomeTextNotJustItsTitle() throws {
        try GroupHandoutFixture.record(in: folder.store)
        let london = try #require(TimeZone(identifier: "Europe/London"))
        let document = try GroupHandoutFixture.handout(in: folder.store).document(timeZone: london)
        let covered = try #require(document.sections.first { $0.heading == "What we talked about" })
        #expect(
            covered.blocks == [
                .fields([
                    .init(
                        label: "Taking your dose at the chemist",
                        value: "At first, you take each dose at the chemist while the pharmacist watches.")
                ]),
                .list(["Welcome to the group"]),
            ])
    }

    @Test func theGroupRecordVerifiesAndKeepsTheHeadCountAndInitialsInTheHeaderOnly() throws {
        try GroupHandoutFixture.record(in: folder.store)
        let verified = Verifier.readVerified(
            folder: folder.store.sessionFolder(GroupHandoutFixture.sessionID), trust: Fixture.trust(Fixture.key()))
        #expect(verified.verification.outcome == .valid)
        let journal = try ClientCopy.verifiedJournal(of: verified)
        #expect(journal.header.participants == GroupHandoutFixture.participants)
        #expect(journal.header.clientReference == nil)
        let lines = try String(
            contentsOfFile: folder.store.sessionFolder(GroupHandoutFixture.sessionID) + "/journal.jsonl",
            encoding: .utf8
        ).split(separator: "\n")
        #expect(lines[0].contains(#""client":null,"participants":{"head_count":8,"initials":["AB","CD","EF"]}"#))
        for line in lines.dropFirst() {
            #expect(!line.contains("\"AB\"") && !line.contains("participant"), "\(line)")
        }
        let acknowledged = lines.first { $0.contains(#""type":"acknowledged""#) }
        #expect(acknowledged?.contains(#""answer":{"type":"acknowledged","agreed":7,"present":8}"#) == true)
    }

    @Test func aGroupHeaderWithoutAHeadCountIsRefused() {
        var header = JournalHeader(
            sessionID: GroupHandoutFixture.sessionID, mode: .group, guide: .init(GroupHandoutFixture.guide),
            keyworker: "Fran", clientReference: nil, deviceKey: Fixture.key().publicKeyBase64,
            participants: GroupHandoutFixture.participants)
        #expect((try? JournalHeader.decode(header.json).get()) == header)
        header.participants = nil
        guard case .failure(let problem) = JournalHeader.decode(header.json) else {
            Issue.record("a group header without participants was read")
            return
        }
        #expect(problem.message.contains("participants"))
    }
}
