import Foundation
import KeyworkForgery
import KeyworkRecord
import Testing

/// `keywork due` on a store of sessions sealed on known dates, with "today" fixed by the test-only `--today`.
@Suite struct DueCommandTests {
    struct Built {
        var store: DueStore
        var overdue, soon, waiting, unfinished, tampered: String
    }

    /// Today is 2026-12-10. Each client's agreement is revisited 30 days after it was sealed.
    static func build() throws -> Built {
        let store = try DueStore()
        let overdue = try store.session(client: "C-1001", on: "2026-10-01", DueStore.agreement(waitWeeks: nil))
        let soon = try store.session(client: "C-1002", on: "2026-11-15", DueStore.agreement(waitWeeks: nil))
        // Not due until 2026-12-31: more than 7 days away.
        try store.session(client: "C-1003", on: "2026-12-01", DueStore.agreement(waitWeeks: nil))
        // Waiting 4 weeks from 2026-10-20: the estimate, 2026-11-17, has passed; the revisit is due 2026-11-19.
        let waiting = try store.session(client: "C-1004", on: "2026-10-20", DueStore.agreement(waitWeeks: 4))
        // Waiting 10 weeks from 2026-12-01: not past the estimate yet.
        try store.session(client: "C-1005", on: "2026-12-01", Array(DueStore.agreement(waitWeeks: 10)))
        // Overdue since 2026-10-01, but a revisit on 2026-11-20 superseded it (next in 12 weeks).
        let superseded = try store.session(client: "C-1006", on: "2026-09-01", DueStore.agreement(waitWeeks: nil))
        try store.revisit(superseded, client: "C-1006", on: "2026-11-20")
        let tampered = try store.session(client: "C-1007", on: "2026-10-05", DueStore.agreement(waitWeeks: nil))
        try store.tamper(tampered)
        let unfinished = try store.session(
            client: "C-1008", on: "2026-12-01", Array(DueStore.agreement(waitWeeks: nil).prefix(2)), seal: false,
            hour: 9)
        // Started this morning: not yet a day old.
        try store.session(
            client: "C-1009", on: "2026-12-10", Array(DueStore.agreement(waitWeeks: nil).prefix(2)), seal: false,
            hour: 9)
        try AttentionLog(store: store.store).append(
            AttentionLog.Entry(
                time: "2026-12-02T10:00:00.000Z", kind: AttentionLog.revisitRefused, sessionID: tampered,
                clientReference: "C-1007",
                reason: "the journal's SHA-256 does not match the seal (the journal was changed)"))
        return Built(
            store: store, overdue: overdue, soon: soon, waiting: waiting, unfinished: unfinished, tampered: tampered)
    }

    @Test func dueListsRevisitsWaitsAndUnfinishedSessionsMostUrgentFirstAndTamperedOnesApart() throws {
        let built = try Self.build()
        let result = try KeyworkBinary.run(["due", "--store", built.store.root, "--today", "2026-12-10"])
        let changed = "the journal's SHA-256 does not match the seal (the journal was changed)"
        #expect(
            result.output == """
                What is due on 2026-12-10, most urgent first:
                1. Revisit for client C-1001: 40 days overdue (due 2026-10-31). Agreement: session \(built.overdue) (plan).
                2. Wait for client C-1004: 23 days past the estimate (2026-11-17). Waiting for: Residential rehab. \
                Told of delays by: A phone call every two weeks. Session \(built.waiting).
                3. Revisit for client C-1004: 21 days overdue (due 2026-11-19). Agreement: session \(built.waiting) (plan).
                4. Unfinished session for client C-1008: started 2026-12-01, 9 days ago (plan). \
                To carry on: keywork resume \(built.unfinished)
                5. Revisit for client C-1002: due in 5 days (2026-12-15). Agreement: session \(built.soon) (plan).

                Needing attention (2):
                - Session \(built.tampered) does not verify: \(changed). It is left out of the list above.
                - 2026-12-02T10:00:00.000Z: a revisit for client C-1007 was refused because session \(built.tampered) \
                does not verify: \(changed).

                """)
        #expect(result.status == 1, "a session that does not verify makes the status 1: \(result.errors)")
        #expect(!result.output.contains("J"), "no client's signed name appears")
    }

    @Test func dueAsJSONGivesTheSameListForScripts() throws {
        let built = try Self.build()
        let result = try KeyworkBinary.run(["due", "--json", "--store", built.store.root, "--today", "2026-12-10"])
        let changed = "the journal's SHA-256 does not match the seal (the journal was changed)"
        func item(_ kind: String, _ client: String, _ session: String, _ date: String, _ days: Int, wait: Bool = false)
            -> String
        {
            let waiting = wait ? "\"Residential rehab\"" : "null"
            let told = wait ? "\"A phone call every two weeks\"" : "null"
            return "{\"kind\":\"\(kind)\",\"client\":\"\(client)\",\"session\":\"\(session)\",\"guide\":\"plan\","
                + "\"date\":\"\(date)\",\"days_overdue\":\(days),\"waiting_for\":\(waiting),\"how_told_of_delays\":\(told)}"
        }
        let due = [
            item("revisit", "C-1001", built.overdue, "2026-10-31", 40),
            item("wait", "C-1004", built.waiting, "2026-11-17", 23, wait: true),
            item("revisit", "C-1004", built.waiting, "2026-11-19", 21),
            item("unfinished", "C-1008", built.unfinished, "2026-12-01", 8),
            item("revisit", "C-1002", built.soon, "2026-12-15", -5),
        ]
        let attention = [
            "{\"kind\":\"does_not_verify\",\"session\":\"\(built.tampered)\",\"client\":null,\"time\":null,"
                + "\"reason\":\"\(changed)\"}",
            "{\"kind\":\"revisit_refused\",\"session\":\"\(built.tampered)\",\"client\":\"C-1007\","
                + "\"time\":\"2026-12-02T10:00:00.000Z\",\"reason\":\"\(changed)\"}",
        ]
        #expect(
            result.output
                == "{\"today\":\"2026-12-10\",\"due\":[\(due.joined(separator: ","))],"
                + "\"attention\":[\(attention.joined(separator: ","))]}\n")
        #expect(result.status == 1)
    }

    @Test func anEmptyStoreHasNothingDue() throws {
        let store = try KeyworkBinary.temporaryStore()
        let result = try KeyworkBinary.run(["due", "--store", store, "--today", "2026-12-10"])
        #expect(result.output == "Nothing is due on 2026-12-10.\n")
        #expect(result.status == 0)
    }

    @Test func theHomeScreenShowsWhatIsDue() throws {
        let built = try Self.build()
        let tmux = try Tmux(
            command: [KeyworkBinary.path, "--store", built.store.root].map(Tmux.quote).joined(separator: " "),
            columns: 100, rows: 40)
        try tmux.waitFor("Revisit an agreement")
        try tmux.waitFor("See what is due")
        try tmux.send("Down", "Down", "Down", "Down")
        try tmux.waitFor("> 5. See what is due")
        try tmux.send("Enter")
        try tmux.waitFor("What is due")
        // The home screen uses the real date, so only what holds on any day after 2026-10-31 is checked.
        try tmux.waitFor(words: "1. Revisit for client C-1001:")
        try tmux.waitFor(words: "Needing attention (2):")
        try tmux.waitFor(words: "Session \(built.tampered) does not verify")
        // Esc goes back to the home screen, and Esc there leaves.
        try tmux.send("Escape")
        try tmux.waitFor("What would you like to do?")
        try tmux.send("Escape")
        #expect(try tmux.waitForExit() == 0)
    }
}
