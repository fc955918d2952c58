import Foundation
import Testing

/// The outcome review (`top-review`) walked three times for one client in a real terminal, months apart by the
/// test-only clock: the third progress screen charts both earlier values, the HTML copy draws them in an SVG,
/// and the client's CSV has a row for each review.
@Suite(.serialized) struct TopReviewEndToEndTests {
    static let client = "C-3003"

    /// One whole review by keys: alcohol on the given days with an amount, every other row not answered, the
    /// sharing questions skipped, and the three ratings. Returns the progress screen as it was shown.
    static func walk(store: String, on day: String, alcohol: [String], amount: String, ratings: [String]) throws
        -> String
    {
        let arguments = [
            KeyworkBinary.path, "session", "--guide", "top-review", "--client", client, "--keyworker", "Sam Keyworker",
            "--store", store,
        ]
        let tmux = try Tmux(
            command: arguments.map(Tmux.quote).joined(separator: " "), columns: 100, rows: 45,
            environment: ["KEYWORK_TEST_TODAY": day])
        try tmux.waitFor(words: "Where are you in your treatment?")
        try tmux.send("2")
        try tmux.waitFor("> (o) ")
        try tmux.send("Enter")
        try tmux.waitFor(words: "We will look back at the last four weeks together.")
        try tmux.pageToTheEnd()
        try tmux.send("Enter")

        try tmux.waitFor(words: "on how many days did you use it in each week?")
        for (index, days) in alcohol.enumerated() {
            if index > 0 { try tmux.send("Tab") }
            try tmux.type(days)
        }
        try tmux.send("Tab")
        try tmux.type(amount)
        try tmux.waitFor("= \(alcohol.compactMap(Int.init).reduce(0, +))")
        try Self.keepEmptyRowsAsNotAnswered(tmux)

        try tmux.waitFor(words: "On how many days did you inject")
        try Self.keepEmptyRowsAsNotAnswered(tmux)
        try Self.skip(tmux, ["a needle or syringe that someone else had used?", "a spoon, water or filter"])
        try tmux.waitFor(words: "Shoplifting")
        try Self.keepEmptyRowsAsNotAnswered(
            tmux,
            stepping: ["Selling drugs", "Stealing a car or from a car", "Other stealing, or breaking in to steal"])
        try Self.rate(tmux, "How has your mind been", ratings[0])
        try tmux.waitFor(words: "did you do paid work, or go to college or school?")
        try Self.keepEmptyRowsAsNotAnswered(tmux, stepping: ["College or school"])
        try Self.rate(tmux, "How has your body been", ratings[1])
        try Self.skip(tmux, ["an urgent problem with housing?", "at risk of eviction?"])
        try Self.rate(tmux, "How has your life been", ratings[2])
        let progress = try tmux.waitFor(words: "Here are your answers from each review")
        var shown = progress
        try tmux.pageToTheEnd()
        shown += try tmux.screen()
        try tmux.send("Enter")
        try tmux.waitFor(words: "what will we work on before the next review?")
        try tmux.type("Drink less on weekdays")
        try tmux.waitFor("Drink less on weekdays")
        try tmux.send("Enter")
        try tmux.waitFor(words: "Here is everything from today.")
        try tmux.pageToTheEnd()
        try tmux.send("Enter")
        let sealed = try tmux.waitFor("Receipt code: ")
        #expect(sealed.contains("Saved and sealed"))
        try tmux.send("Enter")
        #expect(try tmux.waitForExit() == 0)
        return shown
    }

    /// Enter on each untouched row but the last goes to the row `stepping` names, and nothing is sent; on the last
    /// row (or a row with days) Enter counts the rows left empty and asks; Enter again keeps them as not answered.
    static func keepEmptyRowsAsNotAnswered(_ tmux: Tmux, stepping rows: [String] = []) throws {
        for row in rows {
            try tmux.send("Enter")
            try tmux.waitFor(words: "as not answered. Next: \(row).")
        }
        try tmux.send("Enter")
        try tmux.waitFor(words: "not answered")
        try tmux.waitFor(words: "Send anyway? Press Enter again to send")
        try tmux.send("Enter")
    }

    /// Skips each optional choice whose prompt says `prompts`, in turn: its third option is Skip.
    static func skip(_ tmux: Tmux, _ prompts: [String]) throws {
        for prompt in prompts {
            try tmux.waitFor(words: prompt)
            try tmux.send("3")
            try tmux.waitFor("> (o) Skip")
            try tmux.send("Enter")
        }
    }

    /// Types `rating` on the scale asking `prompt`, and goes on.
    static func rate(_ tmux: Tmux, _ prompt: String, _ rating: String) throws {
        try tmux.waitFor(words: prompt)
        try tmux.type(rating)
        try tmux.waitFor("[\(rating)]")
        try tmux.send("Enter")
    }

    @Test func threeReviewsMonthsApartChartTheEarlierOnesAndExportThem() throws {
        let store = try KeyworkBinary.temporaryStore()
        let first = try Self.walk(
            store: store, on: "2026-01-05", alcohol: ["7", "7", "6", "6"], amount: "12", ratings: ["6", "8", "5"])
        #expect(first.contains("This is the first one."))
        try Self.walk(
            store: store, on: "2026-04-06", alcohol: ["4", "3", "3", "2"], amount: "8", ratings: ["11", "10", "9"])
        let third = try Self.walk(
            store: store, on: "2026-07-06", alcohol: ["1", "0", "1", "0"], amount: "4", ratings: ["15", "12", "13"])
        #expect(!third.contains("This is the first one."))
        let lines = third.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(
            lines.contains { $0.hasPrefix("2026-01-05") && $0.hasSuffix("█·· 26  12 units on a using day") }, "\(third)"
        )
        #expect(lines.contains { $0.hasPrefix("2026-04-06") && $0.hasSuffix(" 12  8 units on a using day") })
        #expect(lines.contains { $0.hasPrefix("2026-01-05") && $0.hasSuffix("  6") })
        #expect(lines.contains { $0.hasPrefix("2026-04-06") && $0.hasSuffix(" 11") })
        #expect(lines.contains { $0.hasPrefix("Today") && $0.hasSuffix(" 15") })

        let sessions = try FileManager.default.contentsOfDirectory(atPath: store + "/sessions").sorted()
        #expect(sessions.map { String($0.prefix(8)) } == ["20260105", "20260406", "20260706"])
        let html = try KeyworkBinary.run(["export", sessions[2], "--format", "html", "--store", store])
        #expect(html.status == 0)
        #expect(html.output.contains("<svg"))
        #expect(
            html.output.contains(
                "<title>Alcohol (0 to 28): 2026-01-05: 26 (12 units on a using day); "
                    + "2026-04-06: 12 (8 units on a using day); This time: 2 (4 units on a using day)</title>"))
        #expect(html.output.contains("data-value=\"26\"") && html.output.contains("data-value=\"12\""))

        let csv = try KeyworkBinary.run([
            "export", "--client", Self.client, "--guide", "top-review", "--format", "csv", "--store", store,
        ])
        #expect(csv.status == 0, "\(csv.errors)")
        let rows = csv.output.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.count == 4, "a header and three reviews")
        #expect(rows.dropFirst().map { String($0.prefix(8)) } == ["20260105", "20260406", "20260706"])
        #expect(rows[1].contains(",2026-01-05,review,7,7,6,6,26,12,"))

        let due = try KeyworkBinary.run(["due", "--store", store, "--today", "2027-01-02"])
        #expect(due.output.contains("Next top-review for client \(Self.client)"), "\(due.output)")
    }
}
