import Foundation
import Testing

@testable import KeyworkGuides

// The content rules for the guides that ship in the binary: each is reviewed, cites its sources, is lint
// clean, and states no number that is not in the guidelines it cites.

/// The review notice each built-in guide carries, by its language; a translation also asks for a fluent reviewer.
private let reviewNotice = [
    "en": "An agency's clinical lead must review this guide before real use.",
    "pl":
        "Przed użyciem ten przewodnik musi sprawdzić kierownik kliniczny placówki, a tłumaczenie osoba biegle mówiąca po polsku.",
]

/// The guidelines and standards a built-in guide may list in `sources`. Digits in these names are the
/// guidelines' own numbers and years, so a source outside this list fails the number check.
private let approvedSources: Set<String> = [
    "NICE CG52, Drug misuse in over 16s: opioid detoxification (2007)",
    "NICE TA114, Methadone and buprenorphine for the management of opioid dependence",
    "DHSC, Medicine choices in opioid substitution treatment (2024)",
    "Drug misuse and dependence: UK guidelines on clinical management (2017)",
    "Joseph Rowntree Foundation, Drug user involvement in treatment decisions (Fischer, Jenkins, Bloor, Neale and Berney)",
    "NICE NG197, Shared decision making",
    "IPDAS minimum standards (2013)",
    "Option Grid",
    "SURE test",
    "21 CFR Part 11, electronic signatures",
    "REDCap eConsent",
]

/// The digits left in a piece of shown text once the approved ones are taken out:
/// - the guideline names cited in the text, `CG52` and `TA114`;
/// - key names `F1` to `F10` (the keys Keywork shows, not facts);
/// - "3 months", only in text that cites TA114 (daily supervised doses for at least the first 3 months);
/// - "1 October 2015", only in text about naloxone (supply without a prescription since then).
/// Anything else is a number the guidelines do not give, and must not be shown.
func unapprovedNumbers(in text: String) -> [String] {
    var rest = text
    if rest.contains("TA114") { rest = rest.replacingOccurrences(of: "3 months", with: "") }
    if rest.lowercased().contains("naloxone") { rest = rest.replacingOccurrences(of: "1 October 2015", with: "") }
    for citation in ["CG52", "TA114"] { rest = rest.replacingOccurrences(of: citation, with: "") }
    rest = rest.replacing(#/\bF(10|[1-9])\b/#, with: "")
    return rest.matches(of: #/\d+/#).map { String(rest[$0.range]) }
}

/// Every piece of text a guide shows, with where it is: title, notice and every screen field.
private func shownText(of guide: Guide) -> [(place: String, text: String)] {
    var texts: [(String, String)] = [("title", guide.title)]
    if let notice = guide.notice { texts.append(("notice", notice)) }
    for screen in guide.screens {
        for field in ScreenText.fields(of: screen) { texts.append(("\(screen.id).\(field.path)", field.text)) }
    }
    return texts
}

private func builtin(_ id: String) throws -> Guide {
    try #require(try BuiltinGuides.guide(id: id))
}

@Test func theFourContentGuidesAreBuiltIn() {
    for id in ["first-appointment", "detox-planning", "treatment-agreement", "induction-group"] {
        #expect(BuiltinGuides.ids.contains(id), "\(id) is not a built-in guide")
    }
}

@Test(arguments: BuiltinGuides.ids)
func everyBuiltinGuideIsReviewedSourcedAndLintClean(id: String) throws {
    let guide = try builtin(id)
    #expect(!guide.sources.isEmpty)
    // No clinical lead has reviewed them: each says so, and names no review that did not happen.
    #expect(guide.status == .draft && !guide.isReviewed)
    #expect(guide.reviewedBy == nil && guide.reviewed == nil)
    #expect(guide.notice == reviewNotice[guide.language])
    #expect(["en", "pl"].contains(guide.language))
    #expect(guide.version == "2026-11")
    let warnings = GuideLinter.lint(guide, today: GuideDate(year: 2026, month: 11, day: 27))
    #expect(warnings.map(\.formatted) == [])
}

@Test(arguments: BuiltinGuides.ids)
func noBuiltinGuideStatesANumberTheGuidelinesDoNotGive(id: String) throws {
    let guide = try builtin(id)
    for source in guide.sources {
        #expect(approvedSources.contains(source), "\(id): source '\(source)' is not an approved guideline name")
    }
    for (place, text) in shownText(of: guide) {
        let numbers = unapprovedNumbers(in: text)
        #expect(numbers.isEmpty, "\(id): \(place) shows the number(s) \(numbers): \"\(text)\"")
    }
}

@Test func theNumberCheckAllowsOnlyTheCitedFigures() {
    #expect(unapprovedNumbers(in: "NICE guidance on detox (CG52) says so. Press F2 or F10.") == [])
    #expect(unapprovedNumbers(in: "NICE TA114 says: every day for at least the first 3 months.") == [])
    #expect(unapprovedNumbers(in: "Since 1 October 2015, services can give out naloxone.") == [])
    #expect(unapprovedNumbers(in: "Withdrawal lasts 7 to 10 days.") == ["7", "10"])
    #expect(unapprovedNumbers(in: "Take it at the chemist for 3 months.") == ["3"])
    #expect(unapprovedNumbers(in: "Since 1 October 2015, things changed.") == ["1", "2015"])
    #expect(unapprovedNumbers(in: "NICE CG53 says so. Press F11.") == ["53", "11"])
}

@Test func theSessionGuidesEndInASignedPlanAfterASummary() throws {
    for id in ["first-appointment", "detox-planning", "treatment-agreement"] {
        let guide = try builtin(id)
        #expect(guide.mode == .session)
        let types = guide.screens.map(\.type)
        let summary = try #require(types.firstIndex(of: .summary), "\(id) has no summary")
        let consent = try #require(types.firstIndex(of: .consent), "\(id) has no consent")
        #expect(summary < consent, "\(id): the summary must come before signing")
        guard case .consent(let agreement) = guide.screens[consent].content else { continue }
        #expect(agreement.signers == [.client, .keyworker])
        #expect((agreement.revisitAfterDays ?? 0) > 0)
    }
    for id in ["first-appointment", "detox-planning"] {
        let guide = try builtin(id)
        let types = guide.screens.map(\.type)
        for type in [ScreenType.compare, .decision, .sure] { #expect(types.contains(type), "\(id) has no \(type)") }
        let consent = try #require(guide.screens.first { $0.type == .consent })
        guard case .consent(let agreement) = consent.content else { continue }
        #expect(agreement.requiresSure)
    }
}

@Test func theFirstAppointmentComparesTheMainRoutesByTheQuestionsPeopleAsk() throws {
    let guide = try builtin("first-appointment")
    let routes = try #require(guide.screen("routes"))
    guard case .compare(let compare) = routes.content else {
        Issue.record("routes is not a compare screen")
        return
    }
    #expect(compare.options.map(\.id) == ["prescribing", "community-detox", "inpatient", "talking"])
    #expect(compare.attributes.map(\.id) == ["what", "attend", "length", "daily", "risks", "slip", "start"])
    for option in compare.options {
        #expect(!option.pros.isEmpty && !option.cons.isEmpty, "\(option.id) needs pros and cons")
        #expect(option.values["start"]?.contains("Ask") == true, "\(option.id): say to ask about waits")
    }
    #expect(guide.screens.map(\.type).contains(.availability))
}

@Test func theTreatmentAgreementHasAStableStatementForEachPart() throws {
    let guide = try builtin("treatment-agreement")
    let screen = try #require(guide.screens.first { $0.type == .consent })
    guard case .consent(let agreement) = screen.content else { return }
    #expect(
        agreement.statements.map(\.id) == [
            "aims", "service", "client", "supervised", "missed-doses", "take-home", "hospital-prison",
            "confidentiality", "notice", "complaints", "revisit",
        ])
    let supervised = try #require(agreement.statements.first { $0.id == "supervised" })
    #expect(supervised.text.contains("TA114") && supervised.text.contains("3 months"))
}

@Test func theInductionGroupHasGroundRulesByCountPromptsAndAnonymousQuestions() throws {
    let guide = try builtin("induction-group")
    #expect(guide.mode == .group)
    #expect(guide.participants == .count)
    let allowed: Set<ScreenType> = [.info, .choice, .multi, .acknowledge, .questions, .consent, .summary]
    #expect(guide.screens.allSatisfy { allowed.contains($0.type) })
    let rules = try #require(guide.screen("ground-rules"))
    guard case .acknowledge(let acknowledge) = rules.content else {
        Issue.record("ground-rules is not an acknowledge screen")
        return
    }
    #expect(acknowledge.statements.count > 1)
    #expect(guide.screens.contains { $0.type == .questions })
    #expect(guide.screens.filter { $0.title?.hasPrefix("Let's talk") == true }.count >= 2)
    let types = guide.screens.map(\.type)
    let summary = try #require(types.firstIndex(of: .summary))
    let signOff = try #require(types.lastIndex(of: .consent))
    #expect(types.firstIndex(of: .questions).map { $0 < summary } == true)
    #expect(summary < signOff && signOff == types.count - 1)
    guard case .consent(let consent) = guide.screens[signOff].content else { return }
    #expect(consent.signers == [.facilitator])
}
