import Foundation
import Testing

@testable import KeyworkGuides

@Test func theTourLoadsAndIsLintClean() throws {
    let tour = try #require(try BuiltinGuides.guide(id: "tour"))
    #expect(tour.origin == "builtin:tour")
    let warnings = GuideLinter.lint(tour, today: GuideDate(year: 2026, month: 11, day: 27))
    #expect(warnings.map(\.formatted) == [])
}
