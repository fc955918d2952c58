import Foundation
import KeyworkRecord
import KeyworkTestSupport

/// The ways a store can be planted or damaged that one session's own seal cannot show (issue 15), for the
/// seeded store fuzzers: each case is a store of honest sessions with one to three of these added.
public enum StoreShape: String, CaseIterable, Sendable {
    case selfLink = "self-link"
    case twoCycle = "two-cycle"
    case chain
    case doubleLinkWeb = "double-link web"
    case brokenChain = "broken chain"
    case adminRole = "admin role"
    case nonCanonicalKey = "non-canonical key"
    case smallOrderKey = "small-order key"
    case renamedFolder = "renamed folder"
    case sealWithoutJournal = "seal without journal"
    case deletedSeal = "deleted seal"
    case deletedSession = "deleted session"
    case escapeCodes = "escape codes"
    case impossibleDate = "impossible date"
}

/// A store made for one fuzz case, and what verifying it must find.
public struct ShapedStore {
    public let store: Store
    public let shapes: [StoreShape]
    /// Every folder name (or, for a deleted session, id) that must be reported INVALID; no other may be.
    public let mustFail: Set<String>
    /// How many links the sessions have in all, to bound what verify prints.
    public let linkCount: Int

    /// Text no honest record holds and every printed field must show escaped.
    public static let attack = "\u{1B}[2J\r\u{1B}[32mvalid\u{1B}[0m\u{9B}2J\u{202E}\nfake line"

    /// Makes the store at `root`: two honest sessions sealed through the record layer by `deviceKey` (so the
    /// store has a ledger), then 1–3 shapes drawn with `random`; forged sessions are sealed by `forger`.
    public static func make(
        at root: String, deviceKey: DeviceKey, forger: DeviceKey, using random: inout SeededRandom
    ) throws -> ShapedStore {
        var maker = Maker(store: Store(root: root), deviceKey: deviceKey, forger: forger)
        try maker.store.prepare()
        for _ in 0..<2 { _ = try maker.honest() }
        var shapes: [StoreShape] = []
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            let shape = StoreShape.allCases.randomElement(using: &random) ?? .selfLink
            shapes.append(shape)
            try maker.add(shape, using: &random)
        }
        return ShapedStore(store: maker.store, shapes: shapes, mustFail: maker.mustFail, linkCount: maker.linkCount)
    }

    private struct Maker {
        let store: Store
        let deviceKey: DeviceKey
        let forger: DeviceKey
        var mustFail: Set<String> = []
        var linkCount = 0
        var next = 0

        init(store: Store, deviceKey: DeviceKey, forger: DeviceKey) {
            self.store = store
            self.deviceKey = deviceKey
            self.forger = forger
        }

        mutating func newID() -> String {
            next += 1
            return String(format: "20261127-%06d-abcdef", next)
        }

        /// A session sealed through the record layer by the device key: in the ledger.
        mutating func honest() throws -> String {
            let id = newID()
            let start = Date(timeIntervalSince1970: 1_795_747_590 + Double(next) * 60)
            let header = JournalHeader(
                sessionID: id, mode: .session,
                guide: .init(id: "plan", version: "1", hash: String(repeating: "ab", count: 32), origin: "plan.yaml"),
                keyworker: "Sam", clientReference: "C-1", deviceKey: deviceKey.publicKeyBase64)
            let journal = try Journal.create(store: store, header: header, now: start)
            try journal.append([("completed", .object([]))], now: start)
            try journal.seal(
                signer: Signer(name: "Sam", role: "keyworker"), meaning: "I confirm", key: deviceKey, now: start)
            return id
        }

        /// A forged session, sealed by the forger's key.
        mutating func forged(_ change: (inout ForgedSession) -> Void = { _ in }) throws -> ForgedSession {
            var session = ForgedSession(id: newID(), key: forger)
            change(&session)
            try session.write(into: store)
            linkCount += session.links.count
            return session
        }

        mutating func add(_ shape: StoreShape, using random: inout SeededRandom) throws {
            switch shape {
            case .selfLink:
                let id = String(format: "20261127-%06d-abcdef", next + 1)
                let session = try forged {
                    $0.links = [SessionLink(sessionID: id, journalSHA256: String(repeating: "0", count: 64))]
                }
                mustFail.insert(session.id)
            case .twoCycle:
                let firstID = String(format: "20261127-%06d-abcdef", next + 2)
                let second = try forged {
                    $0.links = [SessionLink(sessionID: firstID, journalSHA256: String(repeating: "1", count: 64))]
                }
                let first = try forged { $0.links = [second.link] }
                mustFail.formUnion([first.id, second.id])
            case .chain, .doubleLinkWeb, .brokenChain:
                var links: [SessionLink] = []
                var ids: [String] = []
                for _ in 0..<Int.random(in: 2...40, using: &random) {
                    let session = try forged { $0.links = links }
                    ids.append(session.id)
                    links = Array(repeating: session.link, count: shape == .doubleLinkWeb ? 2 : 1)
                }
                if shape == .brokenChain {
                    // One session's journal changed: it and every later one in the chain fail.
                    let broken = Int.random(in: 0..<ids.count, using: &random)
                    let path = store.sessionFolder(ids[broken]) + "/journal.jsonl"
                    var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
                    bytes[bytes.count / 2] ^= 0x01
                    try Data(bytes).write(to: URL(fileURLWithPath: path))
                    mustFail.formUnion(ids[broken...])
                }
            case .adminRole:
                mustFail.insert(try forged { $0.role = "admin" }.id)
            case .nonCanonicalKey, .smallOrderKey:
                let key = shape == .smallOrderKey ? ForgedKeys.identity : ForgedKeys.nonCanonical
                let id = newID()
                var session = ForgedSession(id: id, namedKey: key, signingKey: nil)
                session.rawSignature = ForgedKeys.identitySignature
                try session.write(into: store)
                mustFail.insert(id)
            case .renamedFolder:
                let session = try forged()
                let name = "renamed-\(next)"
                try FileManager.default.moveItem(
                    atPath: store.sessionFolder(session.id), toPath: store.sessionsFolder + "/" + name)
                mustFail.insert(name)
            case .sealWithoutJournal:
                let session = try forged()
                unlink(store.sessionFolder(session.id) + "/journal.jsonl")
                mustFail.insert(session.id)
            case .deletedSeal:
                let id = try honest()
                unlink(store.sessionFolder(id) + "/seal.sig")
                mustFail.insert(id)
            case .deletedSession:
                let id = try honest()
                try FileManager.default.removeItem(atPath: store.sessionFolder(id))
                mustFail.insert(id)
            case .escapeCodes:
                // Valid, and shown escaped everywhere.
                _ = try forged {
                    $0.signerName = "Sam" + ShapedStore.attack
                    $0.keyworker = "Sam" + ShapedStore.attack
                    $0.clientReference = "C-1" + ShapedStore.attack
                    $0.events = [
                        ("question_noted", .object([("number", .int(1)), ("text", .string(ShapedStore.attack))])),
                        ("completed", .object([])),
                    ]
                }
            case .impossibleDate:
                mustFail.insert(try forged { $0.time = "2026-02-30T10:00:00.000Z" }.id)
            }
        }
    }
}
