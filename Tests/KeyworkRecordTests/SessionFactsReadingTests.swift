import Crypto
import Foundation
import KeyworkForgery
import KeyworkGuides
import KeyworkSession
import Testing

@testable import KeyworkRecord

/// `keywork due` checks each session as `keywork verify` does and builds every event's data only for a session it
/// replays (`SessionFacts.read`): the facts must be exactly those worked out from the whole journal, for every kind
/// of session.
@Suite struct SessionFactsReadingTests {
    /// The facts as worked out from the journal with every event's data built.
    static func wholeFacts(
        _ folder: String, trust: VerificationTrust, guide: (JournalHeader.GuideReference) -> Guide?
    ) -> SessionFacts {
        let verified = SessionCheck.verifyFolder(folder, trust: trust, buildingData: true)
        return SessionFacts(verified, guide: verified.journal.flatMap { guide($0.header.guide) })
    }

    /// A session forged with the store's own key and these events: it verifies, with whatever data it is given.
    @discardableResult
    static func forge(
        _ built: DueIndexTests.Built, id: String, _ events: [SessionEvent], extra: [(String, JSONValue)] = []
    ) throws -> ForgedSession {
        var forged = ForgedSession(id: id, key: built.due.key)
        forged.clientReference = "C-9"
        forged.events = events.map(SessionEventCoding.encode) + extra
        try forged.write(into: built.store)
        return forged
    }

    static let wait = Availability(
        availableNow: false, howPlanDiffers: nil, extraSupport: nil, transferLater: nil, estimatedWaitWeeks: 3,
        howToldOfDelays: "A letter", contact: nil)

    @Test func factsReadWithoutBuildingEveryEventAreTheFactsOfTheWholeJournal() throws {
        let built = try DueIndexTests.build()
        let due = built.due
        // As the benchmark's sessions: screens shown, typed answers (one with quotes and a new line), no agreement.
        try due.session(client: "C-10", on: "2026-10-09", [.start, .proceed])
        try due.session(
            client: "C-11", on: "2026-10-10",
            [.start, .proceed, .submit(.decision(Decision(preferred: "home", reasons: "She said \"near\"\nand calm")))])
        try GroupHandoutFixture.record(in: built.store)
        // A wait without any agreement; a weeks answer; an event this version does not know, with a client's
        // signature (its agreement cannot be read) and without one (no wait can be read).
        try Self.forge(
            built, id: "20261012-120000-a1b2c3",
            [
                .screenShown(screen: "can-we", textHash: "h"),
                .answered(screen: "can-we", answer: .availability(Self.wait)),
            ])
        try Self.forge(
            built, id: "20261013-120000-a1b2c3",
            [
                .screenShown(screen: "use", textHash: "h"),
                .answered(screen: "use", answer: .weeks(WeeksRecordTests.weeks)),
            ])
        try Self.forge(
            built, id: "20261014-120000-a1b2c3",
            [.signed(screen: "agree", role: .client, name: "J", meaning: "I agree", textHash: "h")],
            extra: [("from_a_later_version", .object([]))])
        try Self.forge(
            built, id: "20261015-120000-a1b2c3",
            [
                .screenShown(screen: "can-we", textHash: "h"),
                .answered(screen: "can-we", answer: .availability(Self.wait)),
            ],
            extra: [("from_a_later_version", .object([]))])
        let escaped = "20261016-120000-a1b2c3"
        try Self.writeWithEscapedAnswerType(
            try Self.forge(
                built, id: escaped,
                [
                    .screenShown(screen: "can-we", textHash: "h"),
                    .answered(screen: "can-we", answer: .availability(Self.wait)),
                ]), into: built.store)

        let trust = try VerificationTrust.of(store: built.store)
        var all: [SessionFacts] = []
        for id in try built.store.sessionIDs() {
            let folder = built.store.sessionFolder(id)
            let read = SessionFacts.read(folder: folder, trust: trust, guide: built.guide)
            let whole = Self.wholeFacts(folder, trust: trust, guide: built.guide)
            #expect(read.facts == whole, "session \(id)")
            let sealBytes = try? Store.readFile(folder + "/seal.sig")
            #expect(read.sealSHA256 == sealBytes.map { Array(SHA256.hash(data: $0)) })
            all.append(read.facts)
        }
        // Every kind of fact was met, so that the comparison covered each.
        #expect(all.contains { if case .signed(let next?) = $0.agreement { next.dayNumber > 0 } else { false } })
        #expect(
            all.contains {
                if case .unreadable(let why) = $0.agreement { why.contains("cannot be read") } else { false }
            })
        #expect(all.contains { $0.wait != nil } && all.contains { $0.noAgreementSince != nil })
        #expect(all.contains { $0.nextReview != nil } && all.contains { $0.closedNotUsed })
        #expect(all.contains { $0.outcome == .unfinished })
        #expect(all.contains { if case .invalid = $0.outcome { true } else { false } })
        #expect(all.contains { $0.clientReference == nil && $0.outcome == .valid }, "the group session")
        #expect(all.first { $0.sessionID == escaped }?.wait?.date == GuideDate("2026-12-18"))
    }

    /// An agreement that holds no availability answer is read in one pass because its bytes hold the client's
    /// signature as the journal writes it; a session signed by the keyworker alone is checked in place.
    @Test func anAgreementWithoutAWaitIsFoundByItsClientSignatureAndReadWhole() throws {
        let built = try DueIndexTests.build()
        let noWaitYAML = DueStore.guideYAML.replacingOccurrences(of: "id: plan", with: "id: no-wait")
            .replacingOccurrences(of: "  - id: can-we\n    type: availability\n    from: choose\n", with: "")
        let noWaitPath = built.folder.path + "/no-wait.yaml"
        try noWaitYAML.write(toFile: noWaitPath, atomically: true, encoding: .utf8)
        let noWait = try GuideLibrary.resolve(noWaitPath)
        #expect(noWait.index(of: "can-we") == nil)
        let signedActions: [SessionAction] = [
            .start, .proceed, .submit(.decision(Decision(preferred: "rehab", reasons: "A fresh start"))),
            .tick(statement: "meet", ticked: true), .tick(statement: "safe", ticked: true),
            .sign(role: .client, name: "J"), .sign(role: .keyworker, name: "Sam"), .proceed,
        ]
        let agreement = try built.due.session(client: "C-20", on: "2026-10-21", signedActions, guide: noWait)
        let keyworkerOnly = try built.due.session(
            client: "C-21", on: "2026-10-22", [.start, .proceed, .closeAsNotUsed(note: nil)], guide: noWait)
        func guide(_ reference: JournalHeader.GuideReference) -> Guide? {
            reference.id == noWait.id && reference.hash == noWait.contentHash ? noWait : built.guide(reference)
        }
        let trust = try VerificationTrust.of(store: built.store)
        let folder = built.store.sessionFolder(agreement)
        let journal = try Store.readFile(folder + "/journal.jsonl")
        #expect(!SessionFacts.mayHoldAvailability(journal))
        #expect(SessionFacts.holdsClientSignature(journal))
        let read = SessionFacts.read(folder: folder, trust: trust, guide: guide)
        #expect(read.facts == Self.wholeFacts(folder, trust: trust, guide: guide))
        #expect(read.facts.agreement == .signed(nextRevisit: GuideDate("2026-11-20")))
        let other = try Store.readFile(built.store.sessionFolder(keyworkerOnly) + "/journal.jsonl")
        #expect(!SessionFacts.holdsClientSignature(other))
        #expect(!SessionFacts.holdsClientSignature(Array(#"{"role": "client"}"#.utf8)))
        // At the very start and the very end of the bytes, and after quotes that only look like its start.
        #expect(SessionFacts.holdsClientSignature(Array(#""role":"client""#.utf8)))
        #expect(SessionFacts.holdsClientSignature(Array(#"{"a":"","role":"cl","role":"client""#.utf8)))
        #expect(!SessionFacts.holdsClientSignature(Array(#""role":"clien"#.utf8)))
    }

    @Test func onlyAJournalWithTheWordAvailabilityOrAnEscapeMayHoldAnAvailabilityAnswer() {
        #expect(SessionFacts.mayHoldAvailability(Array(#"{"type":"availability"}"#.utf8)))
        #expect(SessionFacts.mayHoldAvailability(Array(#"{"type":"av\u0061ilability"}"#.utf8)))
        #expect(SessionFacts.mayHoldAvailability(Array("availability".utf8)))
        #expect(SessionFacts.mayHoldAvailability(Array("vv availability".utf8)))
        #expect(SessionFacts.mayHoldAvailability(Array("avail and availability".utf8)))
        #expect(!SessionFacts.mayHoldAvailability(Array("v avail availabilit".utf8)))
        #expect(!SessionFacts.mayHoldAvailability(Array(#"{"type":"text","text":"availabilit"}"#.utf8)))
        #expect(!SessionFacts.mayHoldAvailability([]))
    }

    /// Writes the session again with the answer's type spelled `"av\u0061ilability"`, which the check in place
    /// accepts and no search for the word finds; later lines are chained again and the seal made again.
    static func writeWithEscapedAnswerType(_ forged: ForgedSession, into store: Store) throws {
        var lines = forged.journal().split(separator: UInt8(ascii: "\n")).map(Array.init)
        var chain = JournalChain.start(sessionID: forged.id)
        var changed = false
        for index in lines.indices {
            var line = lines[index]
            if changed {
                var value = try JSONParser.parse(line)
                value = .object([
                    ("seq", value["seq"] ?? .null), ("ts", value["ts"] ?? .null), ("event", value["event"] ?? .null),
                    ("data", value["data"] ?? .null), ("prev", .string(Hex.encode(chain))),
                ])
                line = value.encoded()
            } else if let range = line.firstRange(of: Array(#""availability""#.utf8)) {
                line.replaceSubrange(range, with: Array(#""av\u0061ilability""#.utf8))
                changed = true
            }
            lines[index] = line
            chain = JournalChain.next(after: chain, line: line[...])
        }
        let journal = lines.flatMap { $0 + [UInt8(ascii: "\n")] }
        let folder = store.sessionFolder(forged.id)
        #expect(journal.firstRange(of: Array("availability".utf8)) == nil)
        try Data(journal).write(to: URL(fileURLWithPath: folder + "/journal.jsonl"))
        try Data(forged.seal(for: journal)).write(to: URL(fileURLWithPath: folder + "/seal.sig"))
    }
}
