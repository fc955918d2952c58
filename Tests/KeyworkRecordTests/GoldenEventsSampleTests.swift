import Foundation
import KeyworkGuides
import KeyworkSession
import Testing

@testable import KeyworkRecord

/// A second committed sample, `Golden/20261127-031500-f1d3e5/`, whose lines are real session events, the
/// record of what was shown and the draft kept on pause among them. It must keep verifying, every line must
/// keep decoding, and today's code must write it byte for byte. (The first sample, `GoldenSessionTests`,
/// was written before these events existed and must keep verifying too.)
///
/// Only `KEYWORK_RECORD_TRANSCRIPT_FIXTURES=1` records it again (and fails, to have the diff read): a change
/// here means journals already on keyworkers' machines may stop verifying, so a refresh of goldens never does.
@Suite struct GoldenEventsSampleTests {
    static let sessionID = "20261127-031500-f1d3e5"
    static let start = Date(timeIntervalSince1970: 1_795_749_300.250)
    private let folder = TemporaryFolder()

    private static let goldenFolder = Fixture.transcriptFixtures.path(sessionID)

    /// The events, in the order a real walk records them: a long welcome paged through, a comparison shown
    /// one option at a time, a choice left unconfirmed by a pause and confirmed after the resume.
    static let events: [[SessionEvent]] = [
        [.screenShown(screen: "welcome", textHash: String(repeating: "1a", count: 32))],
        [.pageShown(screen: "welcome", page: ScreenPage(number: 1, count: 2))],
        [.pageShown(screen: "welcome", page: ScreenPage(number: 2, count: 2))],
        [.screenShown(screen: "ways", textHash: String(repeating: "2b", count: 32))],
        [
            .optionsShown(screen: "ways", options: ["group"]),
            .pageShown(screen: "ways", page: ScreenPage(option: "group", number: 1, count: 2)),
        ],
        [.pageShown(screen: "ways", page: ScreenPage(option: "group", number: 2, count: 2))],
        [.optionsShown(screen: "ways", options: ["one"])],
        [.screenShown(screen: "goal", textHash: String(repeating: "3c", count: 32))],
        [.questionNoted(number: 1, screen: "goal", text: "Can my partner come?")],
        [
            .draftKept(
                screen: "goal",
                draft: ScreenDraft(options: ["other"], text: "Sleep — \"better\"", question: "Is it free?")),
            .paused(screen: "goal"),
        ],
        [.resumed(note: nil), .screenShown(screen: "goal", textHash: String(repeating: "3c", count: 32))],
        [
            .answered(screen: "goal", answer: .choice(option: "other", other: "Sleep — \"better\"")),
            .screenShown(screen: "end", textHash: String(repeating: "4d", count: 32)),
        ],
        [.completed],
    ]

    private func writeSession(in folder: TemporaryFolder) throws -> (String, Seal) {
        let key = Fixture.key()
        var header = Fixture.header(sessionID: Self.sessionID, key: key)
        header.guide = .init(id: "sample", version: "1", hash: String(repeating: "cd", count: 32), origin: "test")
        let journal = try Journal.create(store: folder.store, header: header, now: Self.start)
        defer { journal.close() }
        for (index, batch) in Self.events.enumerated() {
            try journal.append(
                batch.map(SessionEventCoding.encode), now: Self.start.addingTimeInterval(Double(index + 1)))
        }
        let seal = try journal.seal(
            signer: Fixture.signer, meaning: Fixture.meaning, key: key, now: Self.start.addingTimeInterval(60))
        return (journal.folder, seal)
    }

    @Test func theSampleOfRealEventsStillVerifiesDecodesAndIsWrittenTheSame() throws {
        let golden = Self.goldenFolder
        let (fresh, seal) = try writeSession(in: folder)
        Fixture.checkTranscriptFixture(fresh, named: Self.sessionID)

        let committedKey = try DeviceKey.readPublicKeyFile(golden + "/device.pub")
        let verified = Verifier.readVerified(folder: golden, trust: VerificationTrust(deviceKey: committedKey))
        #expect(verified.verification.outcome == .valid)
        let entries = try #require(verified.journal?.entries)
        #expect(try SessionJournal.events(from: entries) == Self.events.flatMap { $0 })
        guard case .success(let committedSeal) = Seal.parse(readBytes(golden + "/seal.sig")) else {
            Issue.record("the golden seal does not parse")
            return
        }
        #expect(committedSeal.statementBytes == seal.statementBytes)
    }
}
