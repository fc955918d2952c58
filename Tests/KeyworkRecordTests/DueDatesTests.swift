import Foundation
import KeyworkGuides
import Testing

@testable import KeyworkRecord

@Suite struct DueDatesTests {
    @Test func daysCountAcrossMonthsYearsAndLeapDays() {
        #expect(GuideDate(year: 1970, month: 1, day: 1).dayNumber == 0)
        #expect(GuideDate(year: 2026, month: 10, day: 1).adding(days: 30) == GuideDate(year: 2026, month: 10, day: 31))
        #expect(GuideDate(year: 2026, month: 12, day: 20).adding(days: 84) == GuideDate(year: 2027, month: 3, day: 14))
        #expect(GuideDate(year: 2028, month: 2, day: 28).adding(days: 1) == GuideDate(year: 2028, month: 2, day: 29))
        #expect(GuideDate(year: 2100, month: 2, day: 28).adding(days: 1) == GuideDate(year: 2100, month: 3, day: 1))
        for day in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(GuideDate(dayNumber: day).dayNumber == day)
        }
        #expect(GuideDate(iso8601: "2026-11-27T02:46:30.123Z") == GuideDate(year: 2026, month: 11, day: 27))
    }

    @Test func theAttentionLogOnlyGrowsAndReadsBackEveryEntry() throws {
        let folder = TemporaryFolder()
        let log = AttentionLog(store: folder.store)
        #expect(try log.entries().entries.isEmpty)
        let first = AttentionLog.Entry(
            time: "2026-11-27T02:46:30.123Z", kind: AttentionLog.revisitRefused, sessionID: Fixture.sessionID,
            clientReference: "C-1", reason: "the seal was altered")
        var second = first
        second.clientReference = nil
        try log.append(first)
        try log.append(second)
        #expect(try log.entries().entries == [first, second])
        #expect(fileMode(log.path) == 0o600)
        let text = String(decoding: readBytes(log.path), as: UTF8.self)
        #expect(
            text.hasPrefix(
                "{\"time\":\"2026-11-27T02:46:30.123Z\",\"kind\":\"revisit_refused\",\"session\":\"\(Fixture.sessionID)\","
                    + "\"client\":\"C-1\",\"reason\":\"the seal was altered\"}\n"))
        writeBytes(log.path, readBytes(log.path) + Array("not json\n".utf8))
        #expect(try log.entries().problems == ["\(log.path): line 3 cannot be read"])
    }
}
