import Foundation
import KeyworkBuiltinGuides
import KeyworkGuides
import KeyworkRecord
import KeyworkSession

/// A store built through the record layer, with sessions sealed on known dates: for the `keywork due` tests and the
/// archive tests.
public struct DueStore {
    public static let guideYAML = """
        keywork: 1
        id: plan
        title: A small plan
        version: "1"
        reviewed: 2026-11-01
        sources: ["NICE CG52 (2007)"]
        screens:
          - id: ways
            type: compare
            prompt: Here are two ways.
            attributes: [{id: what, label: What it is}]
            options:
              - {id: rehab, label: Residential rehab, values: {what: A place to stay.}, pros: [Calm.], cons: [Far.]}
              - {id: home, label: At home, values: {what: Your own bed.}, pros: [Near.], cons: [Busy.]}
          - id: choose
            type: decision
            from: ways
          - id: can-we
            type: availability
            from: choose
          - id: agree
            type: consent
            statements: [{id: meet, text: I come to the meetings.}, {id: safe, text: I keep my doses safe.}]
            revisit_after_days: 30
        """

    public let root: String
    public let store: Store
    public let guide: Guide
    public let key: DeviceKey

    /// A new store at `root` (a folder that does not exist yet, in a temporary folder of the test's own).
    public init(root: String) throws {
        self.root = root
        store = Store(root: root)
        try store.prepare()
        key = try DeviceKey.loadOrCreate(store: store)
        let guidePath = root + "/../plan.yaml"
        try Self.guideYAML.write(toFile: guidePath, atomically: true, encoding: .utf8)
        guide = try GuideLibrary.resolve(guidePath)
    }

    /// Noon UTC on a date written YYYY-MM-DD.
    public static func noon(_ date: String) -> Date {
        let day = GuideDate(date)?.dayNumber ?? 0
        return Date(timeIntervalSince1970: TimeInterval(day * 86400 + 12 * 3600))
    }

    /// The actions of a whole session: Rehab chosen, available now or after a wait, then both sign.
    public static func agreement(waitWeeks: Int?) -> [SessionAction] {
        let wait =
            waitWeeks.map {
                Availability(
                    availableNow: false, howPlanDiffers: "Support at home first", extraSupport: "A weekly call",
                    transferLater: true, estimatedWaitWeeks: $0, howToldOfDelays: "A phone call every two weeks",
                    contact: "Sam")
            } ?? Availability(availableNow: true)
        return [
            .start, .proceed, .submit(.decision(Decision(preferred: "rehab", reasons: "A fresh start"))),
            .submit(.availability(wait)), .tick(statement: "meet", ticked: true),
            .tick(statement: "safe", ticked: true), .sign(role: .client, name: "J"),
            .sign(role: .keyworker, name: "Sam"),
            .proceed,
        ]
    }

    /// Records the actions into a new session started at `date` (noon UTC); seals it when `seal`.
    @discardableResult
    public func session(
        client: String, on date: String, _ actions: [SessionAction], guide: Guide? = nil,
        revisiting: EarlierAgreement? = nil, seal: Bool = true, hour: Int = 12
    ) throws -> String {
        let time = Self.noon(date).addingTimeInterval(TimeInterval((hour - 12) * 3600))
        let guide = guide ?? self.guide
        let context = SessionContext(keyworker: "Sam", clientReference: client, revisiting: revisiting)
        let links = revisiting.map { [SessionLink(sessionID: $0.sessionID, journalSHA256: $0.journalSHA256)] } ?? []
        let journal = try SessionJournal.start(
            store: store, guide: guide, context: context, deviceKey: key, links: links, clock: { time })
        defer { journal.close() }
        var state = SessionState(guide: guide, context: context)
        for action in actions { try journal.record(try Session.reduce(&state, action)) }
        if seal { _ = try journal.seal(keyworker: "Sam", key: key) }
        return journal.sessionID
    }

    /// A revisit of the client's agreement that keeps every statement and picks the next date in 12 weeks.
    public func revisit(_ earlierID: String, client: String, on date: String) throws -> String {
        let verified = Verifier.readVerified(
            folder: store.sessionFolder(earlierID), trust: try VerificationTrust.of(store: store))
        let earlier = try AgreementRecord.read(verified, guide: { _ in guide }).get().earlierAgreement
        let keep = SessionAction.submit(.choice(option: "keep", other: nil))
        return try session(
            client: client, on: date,
            [
                .start, .proceed, keep, keep, .proceed, .submit(.choice(option: "weeks-12", other: nil)),
                .tick(statement: "meet", ticked: true), .tick(statement: "safe", ticked: true),
                .sign(role: .client, name: "J"), .sign(role: .keyworker, name: "Sam"), .proceed, .proceed,
            ], guide: RevisitGuide.build(from: earlier), revisiting: earlier)
    }

    /// Changes one byte of a sealed session's journal.
    public func tamper(_ sessionID: String) throws {
        let path = store.sessionFolder(sessionID) + "/journal.jsonl"
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        if let index = bytes.firstIndex(of: UInt8(ascii: "J")) { bytes[index] = UInt8(ascii: "K") }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }
}
