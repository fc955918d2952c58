import Foundation
import KeyworkBuiltinGuides
import KeyworkGuides
import Testing

// The content rules for the guides that ship in the binary: each is an honest draft, cites its sources with their
// years (and no US technical reference), is lint clean, describes every option's benefit and risk, and states no
// number that its sources do not give. Docs/sources.md records each claim, its source's words and where it was read.

/// The review notice each built-in guide carries, by its language; a translation also asks for a fluent reviewer.
private let reviewNotice = [
    "en": "An agency's clinical lead must review this guide before real use.",
    "pl":
        "Przed użyciem ten przewodnik musi sprawdzić kierownik kliniczny placówki, a tłumaczenie osoba biegle mówiąca po polsku.",
]

/// Whether a citation has a year: the source's own year, or the year an undated web page was read.
private func hasYear(_ citation: String) -> Bool {
    citation.firstMatch(of: #/\b(19|20)\d\d\b/#) != nil
}

/// US technical references (regulations and systems for US settings) have no place among a UK client's sources.
private let usTechnicalReferences = ["CFR", "REDCap", "FDA", "HIPAA", "SAMHSA", "Code of Federal Regulations"]

/// The figures a guide may show, each only in text that names the source that gives it:
/// - "3 months": TA114's daily supervised doses "for at least the first 3 months";
/// - "2 weeks" and "4 weeks": the higher risk after starting and after stopping (Cornish and others, BMJ 2010),
///   after prison (Merrall and others, 2010) and after hospital, 28 days (White and others, 2015);
/// - "October 2015" and "December 2024": naloxone supply without a prescription, in text about naloxone;
/// and, anywhere, "999": the emergency number.
private let citedFigures: [(figure: String, source: [String])] = [
    ("3 months", ["TA114"]), ("2 weeks", ["Cornish", "Merrall"]), ("4 weeks", ["Cornish", "White", "Merrall"]),
    ("October 2015", ["aloxone"]), ("December 2024", ["aloxone"]),
]

/// The digits left in a piece of shown text once the approved ones are taken out: the figures above where their
/// source is named, the years inside a citation's brackets ("(Cornish and others, BMJ 2010)"), the name of a
/// regulation with its year, and guideline codes such as CG52. Anything else is a number no source gives.
func unapprovedNumbers(in text: String) -> [String] {
    var rest = text.replacingOccurrences(of: "999", with: "")
    for (figure, sources) in citedFigures where sources.contains(where: { rest.contains($0) }) {
        rest = rest.replacingOccurrences(of: figure, with: "")
    }
    rest = rest.replacing(#/\([^()]*\b(19|20)\d\d\b[^()]*\)/#, with: "")
    rest = rest.replacing(#/\(No\. 3\) Regulations 2015/#, with: "")
    for citation in ["CG52", "TA114", "NG197"] { rest = rest.replacingOccurrences(of: citation, with: "") }
    return rest.matches(of: #/\d+/#).map { String(rest[$0.range]) }
}

/// Every piece of text a guide shows or hands out, with where it is: title, notice and every screen field.
private func shownText(of guide: Guide) -> [(place: String, text: String)] {
    var texts: [(String, String)] = [("title", guide.title)]
    if let notice = guide.notice { texts.append(("notice", notice)) }
    for screen in guide.screens {
        for field in ScreenText.fields(of: screen) { texts.append(("\(screen.id).\(field.path)", field.text)) }
    }
    return texts
}

private func builtin(_ id: String) throws -> Guide {
    try #require(BuiltinGuides.guide(id: id))
}

@Test func theContentGuidesAreBuiltIn() {
    for id in [
        "first-appointment", "detox-planning", "treatment-agreement", "induction-group", "staying-safe",
        "sharing-information",
    ] {
        #expect(BuiltinGuides.ids.contains(id), "\(id) is not a built-in guide")
    }
}

@Test(arguments: BuiltinGuides.ids)
func everyBuiltinGuideIsAnHonestDraftSourcedAndLintClean(id: String) throws {
    let guide = try builtin(id)
    #expect(!guide.sources.isEmpty)
    // No clinical lead has reviewed them: each says so, and names no review that did not happen.
    #expect(guide.status == .draft && !guide.isReviewed)
    #expect(guide.reviewedBy == nil && guide.reviewed == nil && guide.reviewBy == nil)
    #expect(guide.notice == reviewNotice[guide.language])
    #expect(["en", "pl"].contains(guide.language))
    #expect(guide.version == "2026-12")
    let warnings = GuideLinter.lint(guide, today: GuideDate(year: 2026, month: 12, day: 7))
    #expect(warnings.map(\.formatted) == [])
}

@Test(arguments: BuiltinGuides.ids)
func everySourceHasAYearAndNoneIsAUSTechnicalReference(id: String) throws {
    for source in try builtin(id).sources {
        #expect(hasYear(source), "\(id): '\(source)' has no year")
        for reference in usTechnicalReferences {
            #expect(!source.contains(reference), "\(id): '\(source)' is a US technical reference")
        }
    }
}

@Test(arguments: BuiltinGuides.ids)
func noBuiltinGuideStatesANumberItsSourcesDoNotGive(id: String) throws {
    for (place, text) in shownText(of: try builtin(id)) {
        let numbers = unapprovedNumbers(in: text)
        #expect(numbers.isEmpty, "\(id): \(place) shows the number(s) \(numbers): \"\(text)\"")
    }
}

@Test(arguments: BuiltinGuides.ids)
func everyOptionOfEveryComparisonHasABenefitAndARisk(id: String) throws {
    for screen in try builtin(id).screens {
        guard case .compare(let compare) = screen.content else { continue }
        for option in compare.options {
            #expect(!option.pros.isEmpty, "\(id): \(screen.id).\(option.id) has no benefit")
            #expect(!option.cons.isEmpty, "\(id): \(screen.id).\(option.id) has no risk")
        }
    }
}

@Test func everyTreatmentOptionNamesTheRiskOfOverdoseInItsMainRisks() throws {
    for id in ["first-appointment", "detox-planning"] {
        for screen in try builtin(id).screens {
            guard case .compare(let compare) = screen.content else { continue }
            for option in compare.options {
                let risks = ([option.values["risks"] ?? ""] + option.cons).joined(separator: " ")
                #expect(risks.contains("overdose") || risks.contains("dying"), "\(id): \(option.id)")
                #expect(
                    option.cons.first?.contains("overdose") == true || option.cons.first?.contains("dying") == true,
                    "\(id): the main risk of \(option.id) comes first among its cons")
            }
        }
    }
}

@Test func theMedicineOptionStatesTheMortalityFindingsBothWays() throws {
    let guide = try builtin("first-appointment")
    guard case .compare(let compare)? = guide.screen("routes")?.content,
        let medicine = compare.options.first(where: { $0.id == "prescribing" })
    else {
        Issue.record("no medicine option on the routes screen")
        return
    }
    // Cornish and others (BMJ 2010): 0.7 deaths per 100 person-years on treatment against 1.3 off it, and a higher
    // risk in the first 2 weeks of starting and the first 4 weeks after stopping.
    let risks = medicine.values["risks"] ?? ""
    #expect(risks.contains("about half as often while on it"))
    #expect(risks.contains("first 2 weeks of starting") && risks.contains("first 4 weeks after stopping"))
    #expect(medicine.pros.first?.contains("risk of dying was lower") == true)
    #expect(medicine.cons.first?.contains("risk of dying was higher") == true)
    // CG52 compares detox settings only, so no option in this four-way grid claims CG52's first offer.
    for option in compare.options {
        #expect(!(option.values["start"] ?? "").contains("CG52"), "\(option.id)")
    }
}

@Test func nicesTA114IsQuotedInItsOwnWordsAndNeverSoftened() throws {
    for id in BuiltinGuides.ids {
        for (place, text) in shownText(of: try builtin(id)) {
            #expect(!text.contains("where it is right for you"), "\(id): \(place) softens TA114")
        }
    }
    let chemist = try #require(try builtin("treatment-agreement").screen("chemist"))
    guard case .info(let info) = chemist.content else { return }
    #expect(
        info.body.contains(
            "\"Methadone and buprenorphine should be administered daily, under supervision, for at least the first 3 months.\""
        ))
    let firstWeeks = try #require(try builtin("induction-group").screen("first-weeks"))
    guard case .info(let weeks) = firstWeeks.content else { return }
    #expect(weeks.body.contains("If both suit someone equally, NICE says methadone should be the first choice."))
}

@Test func guideTextNamesActionsNotKeys() throws {
    for id in BuiltinGuides.ids {
        for (place, text) in shownText(of: try builtin(id)) {
            #expect(text.firstMatch(of: #/\bF(10|[1-9])\b/#) == nil, "\(id): \(place) names a key: \(text)")
        }
    }
    let welcome = try #require(try builtin("first-appointment").screen("welcome"))
    guard case .info(let info) = welcome.content else { return }
    #expect(info.body.contains("{key:question}") && info.body.contains("{key:pause}"))
}

@Test func theNumberCheckAllowsOnlyTheCitedFigures() {
    #expect(unapprovedNumbers(in: "NICE guidance on detox (CG52) says so.") == [])
    #expect(unapprovedNumbers(in: "NICE TA114 says: every day for at least the first 3 months.") == [])
    #expect(unapprovedNumbers(in: "Drug services can give out naloxone since October 2015.") == [])
    #expect(unapprovedNumbers(in: "The first 2 weeks (Cornish and others, BMJ 2010).") == [])
    #expect(unapprovedNumbers(in: "Call 999.") == [])
    #expect(unapprovedNumbers(in: "Withdrawal lasts 7 to 10 days.") == ["7", "10"])
    #expect(unapprovedNumbers(in: "Take it at the chemist for 3 months.") == ["3"])
    #expect(unapprovedNumbers(in: "The first 2 weeks are risky.") == ["2"])
    #expect(unapprovedNumbers(in: "Since October 2015, things changed.") == ["2015"])
    #expect(unapprovedNumbers(in: "NICE CG53 says so. Press F11.") == ["53", "11"])
}

@Test func theSessionGuidesEndInASignedPlanAfterASummary() throws {
    for id in ["first-appointment", "detox-planning", "treatment-agreement", "staying-safe", "sharing-information"] {
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

@Test func stayingSafeCoversOverdoseNaloxoneMixingAndTheTimesToleranceDrops() throws {
    let guide = try builtin("staying-safe")
    let all = shownText(of: guide).map(\.text).joined(separator: "\n")
    for point in [
        "999", "recovery position", "naloxone", "The Human Medicines (Amendment) (No. 3) Regulations 2015",
        "Do not use alone", "Alcohol", "benzodiazepines", "Pregabalin and gabapentin", "nitazenes", "detox",
        "prison", "hospital", "starting methadone or buprenorphine", "stopping",
    ] {
        #expect(all.contains(point), "staying-safe does not say \(point)")
    }
    // It ends with the client's own safety plan and a naloxone offer.
    let types = guide.screens.map(\.type)
    #expect(guide.screen("naloxone-kit")?.type == .choice)
    #expect(guide.screen("safety-plan")?.type == .multi && guide.screen("my-words")?.type == .text)
    #expect(types.suffix(4) == [.text, .summary, .consent, .info])
    // Every safety screen gives its message to take home on the copy.
    for id in ["tolerance", "mixing", "nitazenes", "not-alone", "signs", "what-to-do", "naloxone"] {
        #expect(guide.screen(id)?.handout != nil, "\(id) has no handout")
    }
}

@Test func sharingInformationRecordsEachChoiceOnItsOwnAndTheAgreementSaysTheSame() throws {
    let guide = try builtin("sharing-information")
    let all = shownText(of: guide).map(\.text).joined(separator: "\n")
    for point in ["chemist", "GP", "NDTMS", "a child", "an adult", "court", "family", "carer", "housing"] {
        #expect(all.contains(point), "sharing-information does not say \(point)")
    }
    guard case .multi(let who)? = guide.screen("who")?.content,
        case .consent(let consent)? = guide.screen("agree")?.content
    else {
        Issue.record("sharing-information has no 'who' choice or no agreement")
        return
    }
    // One statement per person or service, shown only when it was chosen, so each is agreed or not on its own.
    for option in who.options {
        let statement = consent.statements.first { $0.id == option.id }
        #expect(statement?.when?.screen == "who", "no statement for \(option.id)")
        #expect(statement?.when?.test == .isOption(option.id))
    }
    #expect(consent.statements.first { $0.id == "ndtms" }?.when == nil)
    #expect(consent.statements.first { $0.id == "limits" }?.required == true)
    // The treatment agreement promises no more privacy than this guide describes.
    let agreement = try builtin("treatment-agreement")
    guard case .info(let privacy)? = agreement.screen("confidentiality")?.content else {
        Issue.record("treatment-agreement has no privacy screen")
        return
    }
    for point in ["chemist", "GP", "NDTMS", "only if you agree", "a child or an adult", "court"] {
        #expect(privacy.body.contains(point), "the agreement's privacy screen does not say \(point)")
    }
    guard case .consent(let signed)? = agreement.screens.first(where: { $0.type == .consent })?.content else { return }
    let statement = try #require(signed.statements.first { $0.id == "confidentiality" })
    #expect(!statement.text.contains("kept private, except"))
    #expect(statement.text.contains("share without my agreement"))
}
