import Foundation
import KeyworkGuides
import KeyworkSession

/// What a group handout adds to a copy: how many came, what was covered and what the group agreed by
/// count. It holds no initials: a handout is given to everyone, so nothing in it may point at a person.
public struct GroupRecord: Sendable, Equatable {
    /// One acknowledge screen: the statements read out and how many of those present agreed.
    public struct Acknowledgement: Sendable, Equatable {
        public var title: String?
        public var statements: [String]
        public var agreed: Int
        public var present: Int
    }

    /// The head count given at the start.
    public var headCount: Int?
    /// The titles of the information screens shown that have no `handout` text of their own (those are in the
    /// copy's `handouts`), in order.
    public var topics: [String]
    public var acknowledgements: [Acknowledgement]

    init(state: SessionState, participants: Participants?) {
        headCount = participants?.headCount
        topics = state.path.compactMap { id in
            guard let screen = state.guide.screen(id), case .info = screen.content, screen.handout == nil else {
                return nil
            }
            return screen.title.map(ActionPlaceholder.withKeyCaps)
        }
        acknowledgements = state.answersOnPath.compactMap { screen, answer in
            guard case .acknowledge(let acknowledge) = screen.content,
                case .acknowledged(let agreed, let present) = answer
            else { return nil }
            return Acknowledgement(
                title: screen.title, statements: acknowledge.statements.map(\.text), agreed: agreed, present: present)
        }
    }
}

extension ClientCopy {
    /// The group handout: what was covered, with each screen's take-home (`handout`) text, the ground rules by
    /// count, the group's questions with their answers, and the facilitator's signature. Nobody is named but the
    /// facilitator.
    func groupHandout(_ group: GroupRecord, timeZone: TimeZone) -> ClientCopyDocument {
        let dates = PlainDates(timeZone: timeZone, words: words)
        var about: [ClientCopyDocument.Field] = [
            .init(
                label: words[.guide],
                value: words(.guideVersion, ["title": .text(guideTitle), "version": .text(guideVersion)])),
            .init(label: words[.facilitator], value: keyworker),
            .init(label: words[.groupDate], value: dates.day(startedAt)),
        ]
        if let headCount = group.headCount {
            about.append(.init(label: words[.peopleInGroup], value: "\(headCount)"))
        }
        if review == nil { about.append(.init(label: words[.review], value: words[.notYetReviewed])) }
        var sections: [ClientCopyDocument.Section] = [
            .init(heading: words[.handoutAboutHeading], blocks: [.paragraph(words[.handoutAbout]), .fields(about)])
        ]
        var covered: [ClientCopyDocument.Block] = []
        if !handouts.isEmpty { covered.append(.fields(handouts.map { .init(label: $0.heading, value: $0.text) })) }
        if !group.topics.isEmpty { covered.append(.list(group.topics)) }
        if !covered.isEmpty { sections.append(.init(heading: words[.talkedAbout], blocks: covered)) }
        for acknowledgement in group.acknowledgements {
            sections.append(
                .init(
                    heading: acknowledgement.title ?? words[.groupAgreedHeading],
                    blocks: [
                        .list(acknowledgement.statements),
                        .paragraph(
                            words(
                                .groupAgreedCount,
                                [
                                    "agreed": .number(acknowledgement.agreed),
                                    "present": .number(acknowledgement.present),
                                ])),
                    ]))
        }
        sections.append(groupQuestionSection)
        // The facilitator's printed name, time and meaning, as on every human-readable form of a signed record.
        sections.append(signatureSection(dates))
        if !sources.isEmpty { sections.append(sourcesSection) }
        sections.append(checkingSection(sealed: words[.sealedGroup]))
        return ClientCopyDocument(
            title: words(.handoutTitle, ["guide": .text(guideTitle)]), sections: sections,
            languageCode: words.language.code)
    }

    private var groupQuestionSection: ClientCopyDocument.Section {
        guard !questions.isEmpty else {
            return .init(heading: words[.groupQuestionsHeading], blocks: [.paragraph(words[.groupQuestionsNone])])
        }
        let blocks: [ClientCopyDocument.Block] = questions.map { question in
            let answer: String =
                switch question.resolution {
                case .answered(let text): text
                case .carriedForward: words[.groupCarriedForward]
                case .open: words[.notYetAnswered]
                }
            return .fields([
                .init(label: words[.question], value: question.text), .init(label: words[.answer], value: answer),
            ])
        }
        return .init(heading: words[.groupQuestionsHeading], blocks: blocks)
    }
}
