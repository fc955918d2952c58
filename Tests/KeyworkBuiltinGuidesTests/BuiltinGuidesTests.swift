import Foundation
import KeyworkBuiltinGuides
import KeyworkGuides
import Testing

@Test func theTourLoadsAndIsLintClean() throws {
    let tour = try #require(BuiltinGuides.guide(id: "tour"))
    #expect(tour.origin == "builtin:tour")
    let warnings = GuideLinter.lint(tour, today: GuideDate(year: 2026, month: 11, day: 27))
    #expect(warnings.map(\.formatted) == [])
}

@Test func theTourUsesEveryOneToOneScreenTypeAndAWhen() throws {
    let tour = try #require(BuiltinGuides.guide(id: "tour"))
    // The group screen types belong to group guides, which the tour is not; the outcome review's weeks and
    // progress screens belong to `top-review`.
    #expect(
        Set(tour.screens.map(\.type))
            == Set(ScreenType.allCases).subtracting([.acknowledge, .questions, .weeks, .progress]))
    #expect(tour.screens.contains { $0.when != nil })
    #expect(tour.notice == "An agency's clinical lead must review this guide before real use.")
    #expect(tour.status == .draft)
}

@Test func everyBuiltinGuideFileIsListedAndLoadsWithItsFileNameAsID() throws {
    let files = BuiltinGuideFiles.ids
    #expect(BuiltinGuides.ids == files)
    for id in BuiltinGuides.ids {
        let guide = try #require(BuiltinGuides.guide(id: id))
        #expect(guide.id == id)
    }
    #expect(BuiltinGuides.all.map(\.id) == files)
}

@Test func resolveFindsABuiltinByIDAndExplainsAnUnknownName() throws {
    #expect(try GuideLibrary.resolve("tour").origin == "builtin:tour")
    do {
        _ = try GuideLibrary.resolve("no-such-guide")
        Issue.record("an unknown guide resolved")
    } catch {
        #expect(error.kind == .notFound)
        #expect(error.diagnostics.first?.message.hasPrefix("no guide called 'no-such-guide'") == true)
        #expect(
            error.diagnostics.first?.note
                == "built-in guides are: detox-planning, first-appointment, induction-group, sharing-information, staying-safe, top-review, tour, tour-pl, treatment-agreement; or give the path of a guide file"
        )
    }
}

@Test func aFileOnDiskOverridesABuiltinOfTheSameID() throws {
    let guide = try GuideLibrary.resolve(fixturePath("tour.yaml"))
    #expect(guide.id == "tour")
    #expect(guide.title == "Our own tour")
    #expect(guide.origin == fixturePath("tour.yaml"))
}

@Test func theOutcomeReviewAsksTheStageFirstAndEndsWithProgressAndAPlan() throws {
    let review = try #require(try BuiltinGuides.guide(id: "top-review"))
    #expect(review.screens.first?.id == "stage")
    #expect(review.screens.suffix(3).map(\.type) == [.progress, .text, .summary])
    #expect(Set(review.screens.map(\.type)).isSuperset(of: [.weeks, .progress, .scale]))
    #expect(review.repeatAfterDays == 182)
    #expect(review.status == .draft)
    for screen in review.screens {
        guard case .scale(let scale) = screen.content else { continue }
        #expect(scale.min == 0 && scale.max == 20, "\(screen.id): the form's ratings run from 0 to 20")
    }
}
