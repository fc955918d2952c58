import Foundation
import KeyworkBuiltinGuides
import KeyworkGuides
import KeyworkSession
import KeyworkTestSupport
import KeyworkWords
import Testing

@testable import KeyworkRecord

/// A copy people keep: page one holds what happens next and when, who to call and the receipt code; then the
/// decision, the lines not agreed and the flags; then the rest.
@Suite struct ClientCopyFirstPageTests {
    private let folder = TemporaryFolder()

    private func london() throws -> TimeZone {
        try #require(TimeZone(identifier: "Europe/London"))
    }

    private func copy(
        actions: [SessionAction] = ClientCopyFixture.actions, guide: Guide = ClientCopyFixture.guide,
        in store: TemporaryFolder? = nil
    ) throws -> ClientCopy {
        let store = (store ?? folder).store
        try ClientCopyFixture.record(in: store, actions: actions, guide: guide)
        return try ClientCopyFixture.copy(in: store, guide: guide)
    }

    /// The fixture's walk with the choice available now: no wait, so no contact for it, and page one has to find
    /// another number.
    private static let actionsWithoutContact: [SessionAction] = ClientCopyFixture.actions.map { action in
        guard case .submit(.availability) = action else { return action }
        return .submit(.availability(Availability(availableNow: true)))
    }

    @Test func pageOneHoldsTheNextDateTheContactAndTheReceiptCodeInThatOrder() throws {
        let document = try copy().document(timeZone: try london())
        #expect(document.firstPageSections == 3)
        #expect(
            document.firstPage.sections.map(\.heading) == ["What happens next", "Who to call", "Your receipt code"])
        let after = document.sections.dropFirst(3).map(\.heading)
        #expect(Array(after.prefix(2)) == ["What you decided", "Where you were not sure or did not agree"])
        let text = ClientCopyText.render(document.firstPage)
        #expect(text.contains("We look at this plan again on: Friday 26 February 2027"))
        #expect(text.contains("Who to contact: Duty desk, 0161 496 0000"))
        #expect(text.contains("Receipt code: P6WR-MJQR-7ZDA"))
        // One printed page: the text copy's page one is well under a page of 60 lines.
        #expect(text.split(separator: "\n", omittingEmptySubsequences: false).count <= 50)
    }

    @Test func withoutAContactFromTheSessionPageOneGivesTheAgencysNumber() throws {
        var copy = try copy(actions: Self.actionsWithoutContact)
        copy.agencyName = "Riverside Recovery Service"
        copy.agencyPhone = "0300 123 4567"
        let page = ClientCopyText.render(copy.document(timeZone: try london()).firstPage)
        #expect(page.contains("Your service's number: Riverside Recovery Service: 0300 123 4567"))
        #expect(!page.contains("write it here"))
    }

    @Test func withNoNumberAtAllPageOneSaysToAskForItAndLeavesRoomToWriteItIn() throws {
        let copy = try copy(actions: Self.actionsWithoutContact)
        let page = ClientCopyText.render(copy.document(timeZone: try london()).firstPage)
        #expect(page.contains("Ask your keyworker for the service's number, and write it here:"))
        #expect(page.contains("In an emergency, call 999."))
    }

    @Test func theHTMLCopyPrintsPageOneOnAPageOfItsOwnInTheCopysLanguage() throws {
        let html = try copy().rendered(as: .html, timeZone: try london())
        #expect(html.contains("<html lang=\"en\">"))
        let sections = html.components(separatedBy: "<section")
        #expect(sections.count > 4)
        #expect(sections[3].hasPrefix(" class=\"page-end\">\n<h2>Your receipt code</h2>"))
        #expect(sections.filter { $0.hasPrefix(" class=\"page-end\"") }.count == 1)
        #expect(html.contains("<dd class=\"receipt\">P6WR-MJQR-7ZDA</dd>"))
    }

    @Test func aDraftGuideIsSaidToBeNotYetClinicallyReviewedAndAReviewedOneNamesItsReviewer() throws {
        let draft = try copy().document(timeZone: try london())
        #expect(
            draft.firstPage.sections[2].blocks.contains(
                .paragraph("The guide used today is not yet clinically reviewed.")))
        var reviewedGuide = ClientCopyFixture.guide
        reviewedGuide.reviewedBy = "Dr A. Lead, clinical lead"
        reviewedGuide.reviewed = GuideDate(year: 2026, month: 11, day: 1)
        reviewedGuide.sources = [
            "NICE TA114, Methadone and buprenorphine for the management of opioid dependence (2007)"
        ]
        let other = TemporaryFolder()
        let reviewed = ClientCopyText.render(
            try copy(guide: reviewedGuide, in: other).document(timeZone: try london()))
        #expect(!reviewed.contains("not yet clinically reviewed"))
        #expect(reviewed.contains("Clinical review: reviewed by Dr A. Lead, clinical lead on 2026-11-01"))
        #expect(reviewed.contains("Where the information comes from"))
        #expect(reviewed.contains("  - NICE TA114, Methadone and buprenorphine for the management of opioid"))
    }

    @Test func eachScreensHandoutTextIsKeptToRememberWithActionsNamedByKey() throws {
        var guide = ClientCopyFixture.guide
        guide.screens[0].handout = "If you have a question later, ask it: {key:question} notes it next time."
        let document = try copy(guide: guide).document(timeZone: try london())
        let remember = try #require(document.sections.first { $0.heading == "To remember" })
        #expect(
            remember.blocks == [
                .fields([.init(label: "Welcome", value: "If you have a question later, ask it: F2 notes it next time.")]
                )
            ])
    }

    /// The built-in first appointment, walked to its signed first plan: a medicine chosen, a wait of three weeks
    /// with a contact, and the SURE check all yes.
    static let firstAppointmentActions: [SessionAction] = [
        .start, .proceed, .proceed, .proceed,
        .submit(.choice(option: "stable", other: nil)),
        .submit(.multi(options: ["home", "work"])),
        .proceed,
        .submit(
            .decision(
                Decision(
                    preferred: "prescribing", reasons: "I want to feel steady and keep my job.",
                    riskReductionSteps: "Carry naloxone. No alcohol in the first weeks."))),
        .submit(
            .availability(
                Availability(
                    availableNow: false, howPlanDiffers: "Weekly meetings with my keyworker until it starts.",
                    extraSupport: "A call from the duty worker on Fridays.", estimatedWaitWeeks: 3,
                    howToldOfDelays: "A text message on the day we hear.", contact: "Duty desk, 0161 496 0000"))),
        .submit(.sure(SureCheck(answers: [true, true, true, true]))),
        .proceed,
        .tick(statement: "choice", ticked: true),
        .tick(statement: "risks", ticked: true),
        .tick(statement: "wait", ticked: true),
        .tick(statement: "speak-up", ticked: true),
        .tick(statement: "keyworker", ticked: true),
        .tick(statement: "revisit", ticked: true),
        .sign(role: .client, name: "J. Bloggs"),
        .sign(role: .keyworker, name: "Sam Keyworker"),
        .proceed, .proceed,
    ]

    @Test func theFirstAppointmentCopysFirstPageHoldsNextStepsTheDateTheContactAndTheReceipt() throws {
        let guide = try #require(BuiltinGuides.guide(id: "first-appointment"))
        var copy = try copy(actions: Self.firstAppointmentActions, guide: guide)
        copy.agencyName = "Riverside Recovery Service"
        copy.agencyPhone = "0300 123 4567"
        let page = ClientCopyText.render(copy.document(timeZone: try london()).firstPage)
        Fixture.golden.check(page, named: "first-appointment-page-one.txt")
        for needed in [
            "What happens next", "We look at this plan again on: Friday 19 February 2027",
            "Expected to start: A medicine such as methadone or buprenorphine, in about 3 weeks",
            "Who to contact: Duty desk, 0161 496 0000", "Receipt code: ",
        ] {
            let joined = page.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(joined.contains(needed), "page one lacks \(needed)")
        }
    }
}
