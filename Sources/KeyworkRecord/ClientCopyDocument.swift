import Foundation
import KeyworkGuides
import KeyworkSession

/// The client's copy in words but not yet laid out: a title and sections of paragraphs, labelled fields and
/// lists. All the wording lives here, so the text, Markdown and HTML copies say exactly the same things.
public struct ClientCopyDocument: Sendable, Equatable {
    public struct Field: Sendable, Equatable {
        public var label: String
        public var value: String
    }

    public enum Block: Sendable, Equatable {
        case paragraph(String)
        /// Labelled values that belong together, such as one signature.
        case fields([Field])
        case list([String])
    }

    public struct Section: Sendable, Equatable {
        public var heading: String
        public var blocks: [Block]
    }

    public var title: String
    public var sections: [Section]
}

/// The layouts `keywork export` can write.
public enum ClientCopyFormat: String, Sendable, CaseIterable {
    case text, markdown, html
}

extension ClientCopy {
    /// The line that tells the client how to check the record: the only place an id is shown.
    public var checkLine: String {
        "To check this record has not been changed, ask the service to run: keywork verify \(sessionID). "
            + "The receipt code must match: \(receiptCode)."
    }

    /// The copy laid out in `format`, with dates and times in `timeZone`.
    public func rendered(as format: ClientCopyFormat, timeZone: TimeZone) -> String {
        let document = document(timeZone: timeZone)
        return switch format {
        case .text: ClientCopyText.render(document)
        case .markdown: ClientCopyMarkdown.render(document)
        case .html: ClientCopyHTML.render(document)
        }
    }

    /// The copy in plain words, with dates and times in `timeZone`.
    public func document(timeZone: TimeZone) -> ClientCopyDocument {
        if let group { return groupHandout(group, timeZone: timeZone) }
        let dates = PlainDates(timeZone: timeZone)
        var sections: [ClientCopyDocument.Section] = []
        var about: [ClientCopyDocument.Field] = []
        if let agencyName { about.append(.init(label: "Your service", value: agencyName)) }
        about.append(.init(label: "Guide", value: "\(guideTitle) (version \(guideVersion))"))
        if let clientReference { about.append(.init(label: "Your client reference", value: clientReference)) }
        about.append(.init(label: "Your keyworker", value: keyworker))
        about.append(.init(label: "Date of the session", value: dates.day(startedAt)))
        sections.append(
            .init(
                heading: "About this copy",
                blocks: [
                    .paragraph("This is your copy of what you and your keyworker talked about, decided and signed."),
                    .fields(about),
                ]))
        // What the client did not agree to comes first, so it is never missed at the end of the copy.
        sections += dissentSections
        if !answers.isEmpty {
            sections.append(.init(heading: "Your answers", blocks: answers.map(Self.block)))
        }
        sections += decisions.map(Self.section)
        sections += waits.map(Self.section)
        sections += sureResults.map(Self.section)
        sections.append(agreementSection)
        sections.append(questionSection)
        sections.append(flagSection)
        sections.append(nextStepsSection(dates))
        sections.append(signatureSection(dates))
        sections.append(checkingSection(of: "session"))
        return ClientCopyDocument(title: "Your copy: \(guideTitle)", sections: sections)
    }

    private static func block(_ answer: AnsweredScreen) -> ClientCopyDocument.Block {
        var fields: [ClientCopyDocument.Field] = []
        if let title = answer.title, title != answer.prompt { fields.append(.init(label: "Topic", value: title)) }
        if !answer.prompt.isEmpty { fields.append(.init(label: "Question", value: answer.prompt)) }
        fields.append(.init(label: "Your answer", value: answer.answer.joined(separator: "; ")))
        return .fields(fields)
    }

    private static func section(_ decision: DecisionMade) -> ClientCopyDocument.Section {
        var fields: [ClientCopyDocument.Field] = [
            .init(label: "Your choice", value: decision.preferred),
            .init(label: "Your reasons", value: decision.reasons),
            .init(
                label: "Your keyworker",
                value: decision.keyworkerView == .agree ? "agrees with your choice" : "has some worries about it"),
        ]
        if let risks = decision.risks { fields.append(.init(label: "The risks", value: risks)) }
        if let steps = decision.riskReductionSteps {
            fields.append(.init(label: "Steps you agreed to make it safer", value: steps))
        }
        let outcome =
            decision.accepted
            ? "Your choice goes into your plan."
            : "Your choice could not go into your plan, because: \(decision.notAcceptedReason ?? "no reason was given")"
        var blocks: [ClientCopyDocument.Block] = [.fields(fields), .paragraph(outcome)]
        if let instead = decision.agreedInstead {
            blocks.append(.fields([.init(label: "What you agreed instead", value: instead)]))
        }
        return .init(heading: "What you decided", blocks: blocks)
    }

    private static func section(_ wait: Wait) -> ClientCopyDocument.Section {
        let availability = wait.availability
        let option = wait.option ?? "your choice"
        guard !availability.availableNow else {
            return .init(heading: "When it can start", blocks: [.paragraph("\(option) can start now.")])
        }
        var fields: [ClientCopyDocument.Field] = []
        if let weeks = availability.estimatedWaitWeeks {
            fields.append(.init(label: "How long you may wait", value: "about \(weeks) week\(weeks == 1 ? "" : "s")"))
        }
        if let differs = availability.howPlanDiffers {
            fields.append(.init(label: "How your plan is different for now", value: differs))
        }
        if let support = availability.extraSupport {
            fields.append(.init(label: "Extra support while you wait", value: support))
        }
        if let told = availability.howToldOfDelays {
            fields.append(.init(label: "How you will be told about delays", value: told))
        }
        if let contact = availability.contact { fields.append(.init(label: "Who to contact", value: contact)) }
        if let transfer = availability.transferLater {
            fields.append(
                .init(
                    label: "Moving to \(option) later",
                    value: transfer ? "yes, you can move to it when there is a place" : "no, this was not agreed"))
        }
        return .init(
            heading: "Waiting to start",
            blocks: [.paragraph("\(option) is not available yet."), .fields(fields)])
    }

    private static func section(_ sure: SureResult) -> ClientCopyDocument.Section {
        let yesCount = sure.answers.filter(\.yes).count
        var blocks: [ClientCopyDocument.Block] = [
            .paragraph("Before signing, you answered four questions about how sure you felt."),
            .fields(sure.answers.map { .init(label: $0.question, value: $0.yes ? "Yes" : "No") }),
            .paragraph("You said yes to \(yesCount) of \(sure.answers.count)."),
        ]
        switch sure.wayOn {
        case .continueAnyway?:
            blocks.append(.paragraph("You said no to at least one, and chose to carry on and sign today."))
        case .goBack?:
            blocks.append(.paragraph("You said no to at least one, and chose to go back and talk it through."))
        case .pause?:
            blocks.append(.paragraph("You said no to at least one, and chose to stop and carry on another day."))
        case nil:
            break
        }
        return .init(heading: "How sure you felt", blocks: blocks)
    }

    private var agreementSection: ClientCopyDocument.Section {
        let statements = agreements.flatMap(\.statements)
        guard !statements.isEmpty else {
            return .init(heading: "What you agreed", blocks: [.paragraph("You did not agree to any statement.")])
        }
        return .init(
            heading: "What you agreed",
            blocks: [.paragraph("You agreed to each of these:"), .list(statements)])
    }

    /// "No agreement yet", and the statements not agreed with the client's words; none when all were agreed.
    private var dissentSections: [ClientCopyDocument.Section] {
        var sections: [ClientCopyDocument.Section] = []
        if agreements.contains(where: \.endedWithoutAgreement) {
            sections.append(
                .init(
                    heading: "No agreement yet",
                    blocks: [
                        .paragraph(
                            "You did not agree to a line that this agreement needs, so there is no agreement yet. "
                                + "Nothing was signed for you. Your words are kept, and your keyworker will talk "
                                + "with you about it again.")
                    ]))
        }
        let notAgreed = agreements.flatMap(\.notAgreed)
        guard !notAgreed.isEmpty else { return sections }
        sections.append(
            .init(
                heading: "What you did not agree to",
                blocks: [
                    .paragraph("You said you did not agree to these lines. Your own words are kept with each one:"),
                    .list(
                        notAgreed.map { line in
                            "\"\(line.text)\" You said: " + (line.words.map { "\"\($0)\"" } ?? "(no words given)")
                        }),
                ]))
        return sections
    }

    private var questionSection: ClientCopyDocument.Section {
        guard !questions.isEmpty else {
            return .init(heading: "Your questions", blocks: [.paragraph("You did not note any questions.")])
        }
        let blocks: [ClientCopyDocument.Block] = questions.map { question in
            let answer: String =
                switch question.resolution {
                case .answered(let text): text
                case .carriedForward: "Carried forward to next time"
                case .open: "Not yet answered"
                }
            return .fields([
                .init(label: "Your question", value: question.text),
                .init(label: "Asked during", value: question.askedOn),
                .init(label: "Answer", value: answer),
            ])
        }
        return .init(heading: "Your questions", blocks: blocks)
    }

    private var flagSection: ClientCopyDocument.Section {
        let heading = "Where you were not sure or did not agree"
        guard !flags.isEmpty else {
            return .init(heading: heading, blocks: [.paragraph("You did not say \"not sure\" or \"I disagree\".")])
        }
        let times = flags.count == 1 ? "once" : "\(flags.count) times"
        return .init(
            heading: heading,
            blocks: [
                .paragraph("You said \"not sure\" or \"I disagree\" \(times):"),
                .list(flags.map { "During \($0.screen): \($0.words.map { "\"\($0)\"" } ?? "(no words given)")" }),
            ])
    }

    private func nextStepsSection(_ dates: PlainDates) -> ClientCopyDocument.Section {
        var fields: [ClientCopyDocument.Field] = []
        for agreement in agreements {
            if agreement.endedWithoutAgreement {
                fields.append(
                    .init(
                        label: "Next", value: "Your keyworker will talk with you again about what you did not agree to")
                )
                continue
            }
            guard let days = agreement.revisitAfterDays, let signed = agreement.signatures.last?.signedAt else {
                continue
            }
            fields.append(
                .init(label: "Look at this plan again on", value: dates.day(dates.adding(days: days, to: signed))))
        }
        for wait in waits where !wait.availability.availableNow {
            if let weeks = wait.availability.estimatedWaitWeeks {
                let option = wait.option ?? "your choice"
                fields.append(.init(label: "Expect \(option) in", value: "about \(weeks) week\(weeks == 1 ? "" : "s")"))
            }
        }
        let carried = questions.filter { $0.resolution == .carriedForward }.count
        if carried > 0 {
            fields.append(.init(label: "Questions to talk about next time", value: "\(carried)"))
        }
        guard !fields.isEmpty else {
            return .init(heading: "Next steps", blocks: [.paragraph("No next date was set.")])
        }
        return .init(heading: "Next steps", blocks: [.fields(fields)])
    }

    /// The receipt code and how to check the sealed record of `what` ("session", "group").
    func checkingSection(of what: String) -> ClientCopyDocument.Section {
        .init(
            heading: "Checking this record",
            blocks: [
                .fields([.init(label: "Receipt code", value: receiptCode)]),
                .paragraph(
                    "The record of this \(what) is sealed. If anyone changed even one letter of it, the check would fail."
                ),
                .paragraph(checkLine),
            ])
    }

    func signatureSection(_ dates: PlainDates) -> ClientCopyDocument.Section {
        let signatures = agreements.flatMap(\.signatures)
        guard !signatures.isEmpty else {
            return .init(heading: "Signatures", blocks: [.paragraph("Nothing was signed.")])
        }
        return .init(
            heading: "Signatures",
            blocks: signatures.map { signature in
                .fields([
                    .init(label: "Printed name", value: signature.name),
                    .init(label: "Signed as", value: signature.role.plainName),
                    .init(label: "Date and time", value: dates.moment(signature.signedAt)),
                    .init(label: "What this signature means", value: signature.meaning),
                ])
            })
    }
}

extension SignerRole {
    /// The role as the copy names it.
    fileprivate var plainName: String {
        switch self {
        case .client: "Client"
        case .keyworker: "Keyworker"
        case .facilitator: "Group facilitator"
        }
    }
}

/// Dates in words, such as "Friday 26 February 2027", independent of the machine's locale settings.
struct PlainDates {
    static let weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    let calendar: Calendar

    init(timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
    }

    /// "Friday 26 February 2027".
    func day(_ date: Date) -> String {
        let parts = calendar.dateComponents([.weekday, .day, .month, .year], from: date)
        let weekday = Self.weekdays[((parts.weekday ?? 1) - 1 + 7) % 7]
        let month = Self.months[((parts.month ?? 1) - 1 + 12) % 12]
        return "\(weekday) \(parts.day ?? 0) \(month) \(parts.year ?? 0)"
    }

    /// "Friday 26 February 2027 at 14:05 GMT".
    func moment(_ date: Date) -> String {
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        let hour = String(parts.hour ?? 0)
        let minute = String(parts.minute ?? 0)
        let clock = (hour.count < 2 ? "0" + hour : hour) + ":" + (minute.count < 2 ? "0" + minute : minute)
        let zone = calendar.timeZone.abbreviation(for: date).map { " \($0)" } ?? ""
        return "\(day(date)) at \(clock)\(zone)"
    }

    /// The calendar day `days` after `date`'s day.
    func adding(days: Int, to date: Date) -> Date {
        calendar.date(byAdding: .day, value: days, to: date) ?? date.addingTimeInterval(Double(days) * 86_400)
    }
}
