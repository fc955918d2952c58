import Foundation
import KeyworkGuides
import KeyworkRecord
import KeyworkSession

/// Sealed agreements for the benches that list what is due (`--only archive`, `--only due`): a known number of
/// them due on a fixed day, so that each bench can check that every one due was listed.
enum AgreementStore {
    /// The day the benches' `due` is run for (`--today`), so that the figures do not depend on the calendar.
    static let today = "2026-12-10"
    /// The guide every agreement follows: a choice, a decision, then an agreement revisited after 30 days.
    static let guideYAML = """
        keywork: 1
        id: bench-plan
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

    /// Adds `sessions` sealed agreements to the store at `root` (made if need be, with its device key), one client
    /// each, written without fsync (a fixture: the disk is not what is measured). One in five was sealed 40 days
    /// before `today`, so its revisit is 10 days overdue; the rest were sealed 5 days before, due in 25 days. The
    /// guide is written to `guidePath`, where `keywork due` finds it again. Returns how many are due.
    static func generate(root: String, sessions: Int, guidePath: String, clientPrefix: String) throws -> Int {
        let store = Store(root: root)
        try store.prepare()
        let key = try DeviceKey.loadOrCreate(store: store)
        try Self.guideYAML.write(toFile: guidePath, atomically: true, encoding: .utf8)
        let guide = try GuideLoader.load(contentsOf: guidePath)
        let todayNoon = Double((GuideDate(Self.today)?.dayNumber ?? 0) * 86400 + 12 * 3600)
        var due = 0
        for index in 0..<sessions {
            let isDue = index % 5 == 0
            if isDue { due += 1 }
            let start = Date(timeIntervalSince1970: todayNoon - Double(isDue ? 40 : 5) * 86400 + Double(index))
            let clock = StepClock(start: start)
            let context = SessionContext(
                keyworker: "Sam Bench", clientReference: clientPrefix + String(100_000 + index))
            let journal = try SessionJournal.start(
                store: store, guide: guide, context: context, deviceKey: key, clock: clock.next, io: UnsyncedFileIO())
            defer { journal.close() }
            var state = SessionState(guide: guide, context: context)
            for action in Self.actions { try journal.record(try Session.reduce(&state, action)) }
            _ = try journal.seal(keyworker: "Sam Bench", key: key)
        }
        return due
    }

    /// A whole session: Rehab chosen, available now, both statements ticked, then both sign.
    static let actions: [SessionAction] = [
        .start, .proceed, .submit(.decision(Decision(preferred: "rehab", reasons: "A fresh start"))),
        .submit(.availability(Availability(availableNow: true))), .tick(statement: "meet", ticked: true),
        .tick(statement: "safe", ticked: true), .sign(role: .client, name: "J"), .sign(role: .keyworker, name: "Sam"),
        .proceed,
    ]
}
