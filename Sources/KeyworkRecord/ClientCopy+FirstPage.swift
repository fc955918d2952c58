import Foundation
import KeyworkSession
import KeyworkWords

/// Page one of the client's copy: what happens next and when, who to call, and the receipt code.
extension ClientCopy {
    /// The next date, any wait with the support while waiting, and questions kept for next time.
    func nextStepsSection(_ dates: PlainDates) -> ClientCopyDocument.Section {
        var blocks: [ClientCopyDocument.Block] = closedNotUsed ? [.paragraph(words[.copyNotUsed])] : []
        var fields: [ClientCopyDocument.Field] = []
        for agreement in agreements {
            if agreement.endedWithoutAgreement {
                blocks.append(.paragraph(words[.nextTalkAgain]))
                continue
            }
            guard let days = agreement.revisitAfterDays, let signed = agreement.signatures.last?.signedAt else {
                continue
            }
            fields.append(.init(label: words[.nextLookAgain], value: dates.day(dates.adding(days: days, to: signed))))
        }
        for wait in waits where !wait.availability.availableNow {
            let option = wait.option ?? words[.yourChoiceFallback]
            if let weeks = wait.availability.estimatedWaitWeeks {
                let inWeeks = words(.aboutWeeks, ["count": .number(weeks)])
                fields.append(
                    .init(
                        label: words[.nextExpected],
                        value: words(.nextExpectedValue, ["option": .text(option), "weeks": .text(inWeeks)])))
            }
            if let support = wait.availability.extraSupport {
                fields.append(.init(label: words[.nextWhileWaiting], value: support))
            }
            if let told = wait.availability.howToldOfDelays {
                fields.append(.init(label: words[.nextDelays], value: told))
            }
        }
        let carried = questions.filter { $0.resolution == .carriedForward }.count
        if carried > 0 {
            fields.append(.init(label: words[.nextQuestions], value: "\(carried)"))
        }
        if !fields.isEmpty { blocks.append(.fields(fields)) }
        if blocks.isEmpty { blocks.append(.paragraph(words[.nextNoDate])) }
        return .init(heading: words[.nextHeading], blocks: blocks)
    }

    /// The contact agreed for a wait, else the agency's number from the config, else where to write it in; the
    /// keyworker; and 999 in an emergency.
    var callSection: ClientCopyDocument.Section {
        var fields: [ClientCopyDocument.Field] = []
        let contacts = waits.compactMap(\.availability.contact)
        for contact in contacts { fields.append(.init(label: words[.callContact], value: contact)) }
        if contacts.isEmpty, let agencyPhone {
            let service = agencyName.map { "\($0): \(agencyPhone)" } ?? agencyPhone
            fields.append(.init(label: words[.callService], value: service))
        } else if let agencyName {
            fields.append(.init(label: words[.yourService], value: agencyName))
        }
        fields.append(.init(label: words[.yourKeyworker], value: keyworker))
        var blocks: [ClientCopyDocument.Block] = [.fields(fields)]
        if contacts.isEmpty && agencyPhone == nil { blocks.append(.paragraph(words[.callAskForNumber])) }
        blocks.append(.paragraph(words[.callEmergency]))
        return .init(heading: words[.callHeading], blocks: blocks)
    }

    /// The receipt code, why to keep it, and whether the guide used was clinically reviewed.
    func receiptSection(keep: String) -> ClientCopyDocument.Section {
        var blocks: [ClientCopyDocument.Block] = [
            .fields([.init(label: words[.copyReceiptCode], value: receiptCode, isCode: true)]), .paragraph(keep),
        ]
        if review == nil { blocks.append(.paragraph(words[.draftNotice])) }
        return .init(heading: words[.receiptHeading], blocks: blocks)
    }
}
