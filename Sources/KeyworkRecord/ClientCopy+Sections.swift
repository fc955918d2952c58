import Foundation
import KeyworkGuides
import KeyworkSession
import KeyworkWords

/// The client's copy after page one: the decision, what was not agreed, the flags, then the rest of the record.
extension ClientCopy {
    func block(_ answer: AnsweredScreen) -> ClientCopyDocument.Block {
        var fields: [ClientCopyDocument.Field] = []
        if let title = answer.title, title != answer.prompt { fields.append(.init(label: words[.topic], value: title)) }
        if !answer.prompt.isEmpty { fields.append(.init(label: words[.question], value: answer.prompt)) }
        fields.append(.init(label: words[.yourAnswer], value: answer.answer.joined(separator: "; ")))
        return .fields(fields)
    }

    func section(_ decision: DecisionMade) -> ClientCopyDocument.Section {
        var fields: [ClientCopyDocument.Field] = [
            .init(label: words[.yourChoice], value: decision.preferred),
            .init(label: words[.yourReasons], value: decision.reasons),
            .init(
                label: words[.yourKeyworker],
                value: words[decision.keyworkerView == .agree ? .keyworkerAgrees : .keyworkerWorried]),
        ]
        if let risks = decision.risks { fields.append(.init(label: words[.theRisks], value: risks)) }
        if let steps = decision.riskReductionSteps { fields.append(.init(label: words[.safetySteps], value: steps)) }
        let outcome =
            decision.accepted
            ? words[.choiceAccepted]
            : words(.choiceNotAccepted, ["reason": .text(decision.notAcceptedReason ?? words[.noReasonGiven])])
        var blocks: [ClientCopyDocument.Block] = [.fields(fields), .paragraph(outcome)]
        if let instead = decision.agreedInstead {
            blocks.append(.fields([.init(label: words[.copyAgreedInstead], value: instead)]))
        }
        return .init(heading: words[.decisionHeading], blocks: blocks)
    }

    func section(_ wait: Wait) -> ClientCopyDocument.Section {
        let availability = wait.availability
        let option = wait.option ?? words[.yourChoiceFallback]
        guard !availability.availableNow else {
            return .init(
                heading: words[.startsNowHeading], blocks: [.paragraph(words(.startsNow, ["option": .text(option)]))])
        }
        var fields: [ClientCopyDocument.Field] = []
        if let weeks = availability.estimatedWaitWeeks {
            fields.append(.init(label: words[.howLongWait], value: words(.aboutWeeks, ["count": .number(weeks)])))
        }
        if let differs = availability.howPlanDiffers {
            fields.append(.init(label: words[.planDiffers], value: differs))
        }
        if let support = availability.extraSupport {
            fields.append(.init(label: words[.extraSupport], value: support))
        }
        if let told = availability.howToldOfDelays {
            fields.append(.init(label: words[.toldOfDelays], value: told))
        }
        if let contact = availability.contact { fields.append(.init(label: words[.callContact], value: contact)) }
        if let transfer = availability.transferLater {
            fields.append(
                .init(
                    label: words(.moveLater, ["option": .text(option)]),
                    value: words[transfer ? .moveLaterYes : .moveLaterNo]))
        }
        return .init(
            heading: words[.waitingHeading],
            blocks: [.paragraph(words(.notAvailableYet, ["option": .text(option)])), .fields(fields)])
    }

    func section(_ sure: SureResult) -> ClientCopyDocument.Section {
        let yesCount = sure.answers.filter(\.yes).count
        var blocks: [ClientCopyDocument.Block] = [
            .paragraph(words[.copySureIntro]),
            .fields(sure.answers.map { .init(label: $0.question, value: words[$0.yes ? .yes : .no]) }),
            .paragraph(words(.copySureScore, ["yes": .number(yesCount), "total": .number(sure.answers.count)])),
        ]
        switch sure.wayOn {
        case .continueAnyway?: blocks.append(.paragraph(words[.sureCarriedOn]))
        case .goBack?: blocks.append(.paragraph(words[.sureWentBack]))
        case .pause?: blocks.append(.paragraph(words[.surePaused]))
        case nil: break
        }
        return .init(heading: words[.sureHeading], blocks: blocks)
    }

    var agreementSection: ClientCopyDocument.Section {
        let statements = agreements.flatMap(\.statements)
        guard !statements.isEmpty else {
            return .init(heading: words[.agreedHeading], blocks: [.paragraph(words[.agreedNone])])
        }
        return .init(heading: words[.agreedHeading], blocks: [.paragraph(words[.agreedIntro]), .list(statements)])
    }

    /// "No agreement yet", and the statements not agreed with the client's words; none when all were agreed.
    var dissentSections: [ClientCopyDocument.Section] {
        var sections: [ClientCopyDocument.Section] = []
        if agreements.contains(where: \.endedWithoutAgreement) {
            sections.append(.init(heading: words[.noAgreementHeading], blocks: [.paragraph(words[.noAgreementText])]))
        }
        let notAgreed = agreements.flatMap(\.notAgreed)
        guard !notAgreed.isEmpty else { return sections }
        let lines = notAgreed.map { line in
            words(
                .notAgreedLine,
                [
                    "statement": .text(quoted(line.text)),
                    "words": .text(line.words.map(quoted) ?? words[.copyNoWordsGiven]),
                ])
        }
        sections.append(
            .init(heading: words[.notAgreedHeading], blocks: [.paragraph(words[.notAgreedIntro]), .list(lines)]))
        return sections
    }

    var questionSection: ClientCopyDocument.Section {
        guard !questions.isEmpty else {
            return .init(heading: words[.questionsHeading], blocks: [.paragraph(words[.questionsNone])])
        }
        let blocks: [ClientCopyDocument.Block] = questions.map { question in
            let answer: String =
                switch question.resolution {
                case .answered(let text): text
                case .carriedForward: words[.copyCarriedForward]
                case .open: words[.notYetAnswered]
                }
            return .fields([
                .init(label: words[.yourQuestion], value: question.text),
                .init(label: words[.askedDuring], value: question.askedOn),
                .init(label: words[.answer], value: answer),
            ])
        }
        return .init(heading: words[.questionsHeading], blocks: blocks)
    }

    var flagSection: ClientCopyDocument.Section {
        guard !flags.isEmpty else {
            return .init(heading: words[.flagsHeading], blocks: [.paragraph(words[.flagsNone])])
        }
        let lines = flags.map { flag in
            words(
                .flagLine,
                ["screen": .text(flag.screen), "words": .text(flag.words.map(quoted) ?? words[.copyNoWordsGiven])])
        }
        return .init(
            heading: words[.flagsHeading],
            blocks: [.paragraph(words(.flagsCount, ["count": .number(flags.count)])), .list(lines)])
    }

    /// Each screen's `handout` text under its heading.
    var rememberSection: ClientCopyDocument.Section {
        .init(
            heading: words[.rememberHeading],
            blocks: [.fields(handouts.map { .init(label: $0.heading, value: $0.text) })])
    }

    func signatureSection(_ dates: PlainDates) -> ClientCopyDocument.Section {
        let signatures = agreements.flatMap(\.signatures)
        guard !signatures.isEmpty else {
            return .init(heading: words[.signaturesHeading], blocks: [.paragraph(words[.nothingSigned])])
        }
        return .init(
            heading: words[.signaturesHeading],
            blocks: signatures.map { signature in
                .fields([
                    .init(label: words[.printedName], value: signature.name),
                    .init(label: words[.signedAs], value: words[signature.role.copyPhrase]),
                    .init(label: words[.dateAndTime], value: dates.moment(signature.signedAt)),
                    // As recorded and signed: the meaning is never reworded.
                    .init(label: words[.signatureMeaning], value: signature.meaning),
                ])
            })
    }

    /// The service, the guide and whether it was clinically reviewed, the client reference, the keyworker and the
    /// date; for a group, the facilitator and the head count are added by the handout.
    func aboutSection(_ dates: PlainDates, dateLabel: CopyPhrase) -> ClientCopyDocument.Section {
        var about: [ClientCopyDocument.Field] = []
        if let agencyName { about.append(.init(label: words[.yourService], value: agencyName)) }
        about.append(
            .init(
                label: words[.guide],
                value: words(.guideVersion, ["title": .text(guideTitle), "version": .text(guideVersion)])))
        let reviewed = review.map { words(.reviewedBy, ["name": .text($0.name), "date": .text($0.date.description)]) }
        about.append(.init(label: words[.review], value: reviewed ?? words[.notYetReviewed]))
        if let clientReference { about.append(.init(label: words[.clientReference], value: clientReference)) }
        about.append(.init(label: words[.yourKeyworker], value: keyworker))
        about.append(.init(label: words[dateLabel], value: dates.day(startedAt)))
        return .init(heading: words[.aboutHeading], blocks: [.paragraph(words[.aboutText]), .fields(about)])
    }

    var sourcesSection: ClientCopyDocument.Section {
        .init(heading: words[.sourcesHeading], blocks: [.paragraph(words[.sourcesIntro]), .list(sources)])
    }

    /// The receipt code and how to check the sealed record; `sealed` says what is sealed.
    func checkingSection(sealed: String) -> ClientCopyDocument.Section {
        .init(
            heading: words[.checkHeading],
            blocks: [
                .fields([.init(label: words[.copyReceiptCode], value: receiptCode, isCode: true)]),
                .paragraph(sealed), .paragraph(checkLine),
            ])
    }

    /// Words someone typed, or a statement, in the copy's quotation marks.
    func quoted(_ text: String) -> String {
        words(.quoted, ["text": .text(text)])
    }
}

extension SignerRole {
    /// The role as the copy names it.
    var copyPhrase: CopyPhrase {
        switch self {
        case .client: .copyRoleClient
        case .keyworker: .copyRoleKeyworker
        case .facilitator: .copyRoleFacilitator
        }
    }
}
