import Foundation
import KeyworkApp
import KeyworkBuiltinGuides
import KeyworkGuides
import KeyworkPlain
import KeyworkRecord
import Testing

/// The outcome review (`top-review`) walked several times for one client, months apart: each progress screen
/// charts only the earlier sessions that verify, oldest first, and names any that does not.
@Suite struct OutcomeReviewFlowTests {
    /// Every line of one review in the line mode, after the guide has started: alcohol on the given days with an
    /// amount, every other row not answered, and the three ratings.
    static func review(alcohol: String, mind: String) -> [String] {
        ["2", ""]  // stage: a review; about
            + [alcohol] + Array(repeating: "", count: 7)  // use: alcohol, then seven rows not answered
            + ["", "", ""]  // injecting not answered; both sharing questions skipped
            + ["", "", "", ""]  // crime: not answered
            + [mind, "", ""]  // mind; work and college not answered
            + ["10", "", ""]  // body; both housing questions skipped
            + ["12"]  // life
            + [""]  // progress
            + ["Cut down drinking on weekdays", ""]  // plan; the summary
    }

    static func launcher(_ app: AppFixture, _ io: ScriptedLines, on day: String) -> SessionLauncher {
        let date = GuideDate(day).map { Date(timeIntervalSince1970: TimeInterval($0.dayNumber * 86400 + 36000)) }
        return SessionLauncher(
            store: app.store, display: Display(plain: true, environment: [:]), settings: app.settings(),
            words: .english, now: { date ?? Date() },
            frontEnd: { PlainFrontEnd(io: io, words: .english, speaker: nil) })
    }

    @discardableResult
    static func walk(_ app: AppFixture, on day: String, alcohol: String, mind: String) throws -> (String, String) {
        let io = ScriptedLines(review(alcohol: alcohol, mind: mind))
        let result = try launcher(app, io, on: day).startSession(
            guideName: "top-review", client: "C-7", keyworker: "Sam Keyworker")
        guard case .sealed(let id, _, _, _) = result else {
            Issue.record("not sealed: \(result); the output ends:\n\(io.output.suffix(1500))")
            return ("", io.output)
        }
        return (id, io.output)
    }

    @Test func theThirdReviewChartsBothEarlierOnesOldestFirst() throws {
        let app = try AppFixture()
        let (_, first) = try Self.walk(app, on: "2026-01-05", alcohol: "7 7 6 6 12", mind: "6")
        #expect(first.contains("This is the first one."))
        try Self.walk(app, on: "2026-04-06", alcohol: "4 3 3 2 8", mind: "11")
        let (third, output) = try Self.walk(app, on: "2026-07-06", alcohol: "1 0 1 0 4", mind: "15")
        #expect(third.hasPrefix("20260706-"), "the session clock is the launcher's")
        #expect(!output.contains("This is the first one."))
        let lines = output.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("2026-01-05") && $0.hasSuffix(" 26  12 units on a using day") })
        #expect(lines.contains { $0.hasPrefix("2026-04-06") && $0.hasSuffix(" 12  8 units on a using day") })
        #expect(lines.contains { $0.hasPrefix("Today") && $0.hasSuffix("  2  4 units on a using day") })
        #expect(lines.contains { $0.hasPrefix("2026-01-05") && $0.hasSuffix("  6") })
        #expect(lines.contains { $0.hasPrefix("2026-04-06") && $0.hasSuffix(" 11") })
        let dates = lines.filter { $0.hasPrefix("2026-") }.map { String($0.prefix(10)) }
        #expect(dates.prefix(2) == ["2026-01-05", "2026-04-06"], "oldest first")
    }

    @Test func aSessionThatFailsVerificationIsLeftOutAndNamed() throws {
        let app = try AppFixture()
        let (first, _) = try Self.walk(app, on: "2026-01-05", alcohol: "7 7 6 6 12", mind: "6")
        let (second, _) = try Self.walk(app, on: "2026-04-06", alcohol: "4 3 3 2 8", mind: "11")
        // One byte of the second review's journal changes: it no longer verifies.
        let path = app.store.sessionFolder(second) + "/journal.jsonl"
        var bytes = try #require(FileManager.default.contents(atPath: path))
        let index = try #require(bytes.lastIndex(of: UInt8(ascii: "8")))
        bytes[index] = UInt8(ascii: "9")
        try bytes.write(to: URL(fileURLWithPath: path))
        let (_, output) = try Self.walk(app, on: "2026-07-06", alcohol: "1 0 1 0 4", mind: "15")
        #expect(output.contains("Left out: the session of 2026-04-06 (\(second)) did not pass its check"))
        let lines = output.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("2026-01-05") && $0.hasSuffix(" 26  12 units on a using day") })
        #expect(!lines.contains { $0.hasPrefix("2026-04-06") }, "nothing is charted from it")
        #expect(first.hasPrefix("20260105-"))
    }

    @Test func dueListsTheNextReviewHalfAYearAfterTheLastOne() throws {
        let app = try AppFixture()
        let (first, _) = try Self.walk(app, on: "2026-01-05", alcohol: "7 7 6 6 12", mind: "6")
        func due(on day: String) throws -> [DueList.Item] {
            let date = try #require(GuideDate(day))
            return try DueList.build(
                store: app.store, now: Date(timeIntervalSince1970: TimeInterval(date.dayNumber * 86400 + 43200)),
                guide: RevisitSource.pinnedGuide
            ).items.filter { $0.kind == .review }
        }
        #expect(try due(on: "2026-06-01").isEmpty, "not yet within a week of it")
        let listed = try due(on: "2026-07-01")
        #expect(listed.map(\.date.description) == ["2026-07-06"], "182 days after 2026-01-05")
        #expect(listed.first?.sessionID == first && listed.first?.guideID == "top-review")
        #expect(listed.first?.clientReference == "C-7")
        #expect(
            DueReport.text(
                try DueList.build(
                    store: app.store,
                    now: Date(
                        timeIntervalSince1970: TimeInterval((try #require(GuideDate("2026-07-08"))).dayNumber * 86400)),
                    guide: RevisitSource.pinnedGuide), words: .english
            ).contains("Next top-review for client C-7"))
        // A newer review moves the next one on.
        try Self.walk(app, on: "2026-07-06", alcohol: "1 0 1 0 4", mind: "15")
        #expect(try due(on: "2026-07-08").isEmpty)
    }

    @Test func theClientsCSVHasOneRowPerVerifiedReviewOldestFirst() throws {
        let app = try AppFixture()
        let (first, _) = try Self.walk(app, on: "2026-01-05", alcohol: "7 7 6 6 12", mind: "6")
        let (second, _) = try Self.walk(app, on: "2026-04-06", alcohol: "4 3 3 2 8", mind: "11")
        let (csv, leftOut, readWithToday) = try OutcomeExport.client("C-7", guideID: "top-review", store: app.store)
        #expect(leftOut.isEmpty && readWithToday.isEmpty)
        let lines = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("session,date,stage,use.alcohol.week1,use.alcohol.week2,"))
        #expect(lines[0].contains(",use.alcohol.total,use.alcohol.amount,use.opiates.week1,"))
        #expect(lines[0].contains(",crime.vehicle.week1,"))
        #expect(lines[0].contains(",crime.property-theft.total,psych,work.paid-work.week1,"))
        #expect(lines[0].hasSuffix(",work.college.total,physical,housing,eviction,life"))
        #expect(lines[1].hasPrefix("\(first),2026-01-05,review,7,7,6,6,26,12,,,,,,,"))
        #expect(lines[1].hasSuffix(",6,,,,,,,,,,,10,,,12"), "work not answered, housing skipped")
        #expect(lines[2].hasPrefix("\(second),2026-04-06,review,4,3,3,2,12,8,"))
        let verified = Verifier.readVerified(
            folder: app.store.sessionFolder(second), trust: try VerificationTrust.of(store: app.store))
        let one = try OutcomeExport.session(verified).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(one == [lines[0], lines[2]])
    }

    @Test func theClientsCSVHasTheColumnsOfEveryGuideVersionItsSessionsWereRecordedWith() throws {
        let app = try AppFixture()
        try FileManager.default.createDirectory(atPath: app.outside, withIntermediateDirectories: true)
        // Two versions of an agency's own review, by path: the second adds tobacco and a rating of life.
        func version(_ number: String, rows: String, rating: String) throws -> String {
            let path = app.outside + "/review-\(number).yaml"
            try """
            keywork: 1
            id: top-review
            title: Our review
            version: "\(number)"
            language: en
            sources: ["Our own form (2026)"]
            screens:
              - id: use
                type: weeks
                title: Using
                text: On how many days in each week?
                rows: [\(rows)]
              - id: \(rating)
                type: scale
                prompt: How has it been?
                min: 0
                max: 20
              - id: check
                type: summary
                title: Check
            """.write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
        let first = try version("1", rows: "{id: alcohol, label: Alcohol, amount: units}", rating: "psych")
        let second = try version(
            "2", rows: "{id: alcohol, label: Alcohol, amount: units}, {id: tobacco, label: Tobacco}", rating: "life")
        var sealed: [String] = []
        for (path, day, lines) in [
            (first, "2026-01-05", ["7 7 6 6 12", "6", ""]), (second, "2026-07-06", ["1 0 1 0", "7 7 7 7", "15", ""]),
        ] {
            let io = ScriptedLines(lines)
            let result = try Self.launcher(app, io, on: day).startSession(
                guideName: path, client: "C-7", keyworker: "Sam Keyworker")
            guard case .sealed(let id, _, _, _) = result else {
                Issue.record("not sealed: \(result); the output ends:\n\(io.output.suffix(1500))")
                return
            }
            sealed.append(id)
        }
        let (csv, leftOut, readWithToday) = try OutcomeExport.client("C-7", guideID: "top-review", store: app.store)
        #expect(leftOut.isEmpty && readWithToday.isEmpty)
        let weeks = { (row: String) in (1...4).map { "use.\(row).week\($0)" } + ["use.\(row).total"] }
        #expect(
            csv.components(separatedBy: "\r\n").filter { !$0.isEmpty } == [
                (["session", "date"] + weeks("alcohol") + ["use.alcohol.amount", "psych"] + weeks("tobacco") + ["life"])
                    .joined(separator: ","),
                "\(sealed[0]),2026-01-05,7,7,6,6,26,12,6,,,,,,",
                "\(sealed[1]),2026-07-06,1,0,1,0,2,,,7,7,7,7,28,15",
            ], "each session is read with its own version; what a version did not ask is an empty cell")
        // The first version's file changed since: that session is read with today's built-in and named, not silently.
        let changed = try String(contentsOfFile: first, encoding: .utf8)
        try changed.replacingOccurrences(of: "Our review", with: "Our new review")
            .write(toFile: first, atomically: true, encoding: .utf8)
        let (_, stillLeftOut, nowReadWithToday) = try OutcomeExport.client(
            "C-7", guideID: "top-review", store: app.store)
        #expect(stillLeftOut.isEmpty)
        #expect(nowReadWithToday == [sealed[0]])
    }

    @Test func theCopyOfTheThirdReviewDrawsBothEarlierValuesWithTheirNumbers() throws {
        let app = try AppFixture()
        try Self.walk(app, on: "2026-01-05", alcohol: "7 7 6 6 12", mind: "6")
        try Self.walk(app, on: "2026-04-06", alcohol: "4 3 3 2 8", mind: "11")
        let (third, _) = try Self.walk(app, on: "2026-07-06", alcohol: "1 0 1 0 4", mind: "15")
        let verified = Verifier.readVerified(
            folder: app.store.sessionFolder(third), trust: try VerificationTrust.of(store: app.store))
        let guide = try #require(try BuiltinGuides.guide(id: "top-review"))
        let copy = try ClientCopy.make(from: verified, guide: guide, words: .english)
        let html = copy.rendered(as: .html, timeZone: TimeZone(identifier: "UTC") ?? .current)
        #expect(html.contains("<svg"))
        #expect(html.contains("<figcaption>Alcohol (0 to 28)</figcaption>"))
        #expect(
            html.contains(
                "<title>Alcohol (0 to 28): 2026-01-05: 26 (12 units on a using day); "
                    + "2026-04-06: 12 (8 units on a using day); This time: 2 (4 units on a using day)</title>"))
        #expect(html.contains(">12 units on a using day</text>"), "the amount is drawn beside the bar")
        #expect(html.contains("data-value=\"26\"") && html.contains("data-value=\"12\""))
        #expect(html.contains("<title>Your mind (0 to 20): 2026-01-05: 6; 2026-04-06: 11; This time: 15</title>"))
        let text = copy.rendered(as: .text, timeZone: TimeZone(identifier: "UTC") ?? .current)
        #expect(text.contains("  2026-01-05  ██████████████████████████·· 26  12 units on a using day"))
        #expect(text.contains("  This time   ██··························  2  4 units on a using day"))
        #expect(text.contains("Crack (0 to 28)\n  2026-01-05  not answered"))
    }
}
