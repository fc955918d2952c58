import Testing

@testable import KeyworkGuides

// A guide is a draft until a named clinical lead has reviewed it: `reviewed_by:` and `reviewed:` together.

private func guide(metadata: String) throws -> Guide {
    let yaml = guideYAML(screens: "  - {id: hi, type: info, body: Hello.}")
        .replacingOccurrences(of: "version: \"1\"\n", with: "version: \"1\"\n" + metadata)
    return try GuideLoader.load(yaml: yaml, file: "test.yaml", origin: "test.yaml")
}

private func lintMessages(_ guide: Guide) -> [String] {
    GuideLinter.lint(guide, today: GuideDate(year: 2026, month: 12, day: 7)).map(\.message)
}

@Test func aGuideWithoutANamedReviewerIsADraft() throws {
    #expect(try !guide(metadata: "").isReviewed)
    #expect(try !guide(metadata: "reviewed: 2026-11-01\n").isReviewed)
    #expect(try !guide(metadata: "reviewed_by: \"Dr A. Lead\"\n").isReviewed)
    #expect(try !guide(metadata: "status: draft\n").isReviewed)
}

@Test func aNamedReviewerAndADateTogetherMakeAGuideReviewed() throws {
    let reviewed = try guide(metadata: "reviewed_by: \"Dr A. Lead, clinical lead\"\nreviewed: 2026-11-01\n")
    #expect(reviewed.isReviewed)
    #expect(reviewed.reviewedBy == "Dr A. Lead, clinical lead")
    #expect(reviewed.status == nil)
    let explicit = try guide(
        metadata: "status: reviewed\nreviewed_by: \"Dr A. Lead\"\nreviewed: 2026-11-01\nreview_by: 2027-11-01\n")
    #expect(explicit.isReviewed && explicit.status == .reviewed)
    #expect(lintMessages(explicit) == [])
}

@Test func aGuideChangedSinceItsReviewSaysDraftAndIsOne() throws {
    let changed = try guide(metadata: "status: draft\nreviewed_by: \"Dr A. Lead\"\nreviewed: 2026-11-01\n")
    #expect(!changed.isReviewed)
    #expect(GuideLinter.draftWarning(for: changed) != nil)
}

@Test func statusReviewedWithoutTheReviewerOrDateIsAnError() {
    let errors = loadErrors(
        guideYAML(screens: "  - {id: hi, type: info, body: Hello.}")
            .replacingOccurrences(
                of: "version: \"1\"\n", with: "version: \"1\"\nstatus: reviewed\nreviewed: 2026-11-01\n"))
    #expect(errors.map(\.message) == ["the guide says 'status: reviewed' but has no 'reviewed_by'"])
    #expect(errors.first?.lineColumn == "5:9")
    #expect(errors.first?.note?.contains("status: draft") == true)
}

@Test func anUnknownStatusIsAnErrorWithASuggestion() {
    let errors = loadErrors(
        guideYAML(screens: "  - {id: hi, type: info, body: Hello.}")
            .replacingOccurrences(of: "version: \"1\"\n", with: "version: \"1\"\nstatus: reveiwed\n"))
    #expect(errors.map(\.message) == ["unknown status 'reveiwed'"])
    #expect(errors.first?.note?.hasPrefix("did you mean 'reviewed'?") == true)
}

@Test func lintWarnsWhenOnlyHalfOfAReviewIsGiven() throws {
    #expect(
        lintMessages(try guide(metadata: "reviewed: 2026-11-01\n")).contains {
            $0.contains("does not say who reviewed it, so it counts as a draft")
        })
    #expect(
        lintMessages(try guide(metadata: "reviewed_by: \"Dr A. Lead\"\n")).contains {
            $0.contains("names who reviewed it but not when")
        })
}

@Test func aDraftIsNotALintWarningButAReviewedGuideNeedsAReviewByDate() throws {
    #expect(lintMessages(try guide(metadata: "")) == [])
    let reviewed = try guide(metadata: "reviewed_by: \"Dr A. Lead\"\nreviewed: 2026-11-01\n")
    #expect(lintMessages(reviewed) == ["the guide has no 'review_by' date"])
    let overdue = try guide(metadata: "review_by: 2026-01-01\n")
    #expect(lintMessages(overdue) == ["the review date 2026-01-01 has passed"])
}

@Test func theDraftWarningNamesTheGuideAndHowToAllowDrafts() throws {
    let draft = try guide(metadata: "status: draft\n")
    let warning = try #require(GuideLinter.draftWarning(for: draft))
    #expect(warning.severity == .warning)
    #expect(warning.message == "the guide 'test' is a draft: not yet clinically reviewed")
    #expect(warning.lineColumn == "5:9")
    #expect(warning.note?.contains("allow_draft_guides") == true)
    #expect(GuideLinter.draftWarning(for: try guide(metadata: "reviewed_by: \"A\"\nreviewed: 2026-11-01\n")) == nil)
}

@Test func theReviewIsPartOfTheContentHash() throws {
    let draft = try guide(metadata: "reviewed: 2026-11-01\n")
    let named = try guide(metadata: "reviewed: 2026-11-01\nreviewed_by: \"Dr A. Lead\"\n")
    let marked = try guide(metadata: "status: draft\nreviewed: 2026-11-01\nreviewed_by: \"Dr A. Lead\"\n")
    #expect(Set([draft.contentHash, named.contentHash, marked.contentHash]).count == 3)
    #expect(
        ContentHash.canonicalMetadata(of: marked).contains(
            "status: draft\nreviewed_by: Dr A. Lead\nreviewed: 2026-11-01\n"))
}
