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
    /// The titles of the information screens shown, in order.
    public var topics: [String]
    public var acknowledgements: [Acknowledgement]

    init(state: SessionState, participants: Participants?) {
        headCount = participants?.headCount
        topics = state.path.compactMap { id in
            guard let screen = state.guide.screen(id), case .info = screen.content else { return nil }
            return screen.title
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
    /// The group handout: what was covered, the ground rules by count, the group's questions with their
    /// answers, and the facilitator's signature. Nobody is named but the facilitator.
    func groupHandout(_ group: GroupRecord, timeZone: TimeZone) -> ClientCopyDocument {
        let dates = PlainDates(timeZone: timeZone)
        var about: [ClientCopyDocument.Field] = [
            .init(label: "Guide", value: "\(guideTitle) (version \(guideVersion))"),
            .init(label: "Facilitator", value: keyworker),
            .init(label: "Date of the group", value: dates.day(startedAt)),
        ]
        if let headCount = group.headCount {
            about.append(.init(label: "People in the group", value: "\(headCount)"))
        }
        var sections: [ClientCopyDocument.Section] = [
            .init(
                heading: "About this handout",
                blocks: [
                    .paragraph(
                        "This is a handout for everyone who came to the group. It lists what we talked about "
                            + "and the questions the group asked, with their answers. Nobody is named."),
                    .fields(about),
                ])
        ]
        if !group.topics.isEmpty {
            sections.append(.init(heading: "What we talked about", blocks: [.list(group.topics)]))
        }
        for acknowledgement in group.acknowledgements {
            sections.append(
                .init(
                    heading: acknowledgement.title ?? "What the group agreed",
                    blocks: [
                        .list(acknowledgement.statements),
                        .paragraph("\(acknowledgement.agreed) of \(acknowledgement.present) people agreed."),
                    ]))
        }
        sections.append(groupQuestionSection)
        // The facilitator's printed name, time and meaning, as on every human-readable form of a signed record.
        sections.append(signatureSection(dates))
        sections.append(checkingSection(of: "group"))
        return ClientCopyDocument(title: "Group handout: \(guideTitle)", sections: sections)
    }

    private var groupQuestionSection: ClientCopyDocument.Section {
        let heading = "Questions from the group"
        guard !questions.isEmpty else {
            return .init(heading: heading, blocks: [.paragraph("The group did not note any questions.")])
        }
        let blocks: [ClientCopyDocument.Block] = questions.map { question in
            let answer: String =
                switch question.resolution {
                case .answered(let text): text
                case .carriedForward: "Not answered today. Please ask your keyworker."
                case .open: "Not yet answered"
                }
            return .fields([.init(label: "Question", value: question.text), .init(label: "Answer", value: answer)])
        }
        return .init(heading: heading, blocks: blocks)
    }
}
