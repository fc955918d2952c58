import Foundation
import KeyworkGuides
import KeyworkSession
import KeyworkWords

/// The client's copy in words but not yet laid out: a title and sections of paragraphs, labelled fields and
/// lists. All the wording lives here, so the text, Markdown and HTML copies say exactly the same things.
public struct ClientCopyDocument: Sendable, Equatable {
    public struct Field: Sendable, Equatable {
        public var label: String
        public var value: String
        /// A code to copy exactly, such as the receipt code: the HTML copy sets it in a typewriter face.
        public var isCode: Bool = false
    }

    public enum Block: Sendable, Equatable {
        case paragraph(String)
        /// Labelled values that belong together, such as one signature.
        case fields([Field])
        case list([String])
        /// A progress chart, with the numbers beside its bars.
        case chart(Chart)
    }

    public struct Section: Sendable, Equatable {
        public var heading: String
        public var blocks: [Block]
    }

    public var title: String
    public var sections: [Section]
    /// The language it is written in, such as "en" or "pl" (the HTML copy's `lang`).
    public var languageCode: String = "en"
    /// How many of `sections` make page one: what happens next, who to call and the receipt code. The HTML copy
    /// starts a new printed page after them.
    public var firstPageSections: Int = 0

    /// Page one alone: the sections a client most needs to keep, on one printed page.
    public var firstPage: ClientCopyDocument {
        var page = self
        page.sections = Array(sections.prefix(firstPageSections))
        return page
    }
}

/// The layouts `keywork export` can write.
public enum ClientCopyFormat: String, Sendable, CaseIterable {
    case text, markdown, html
}

extension ClientCopy {
    /// The line that tells the client how to check the record: the only place an id is shown.
    public var checkLine: String {
        words(.checkLine, ["session": .text(sessionID), "code": .text(receiptCode)])
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
    ///
    /// Page one holds what a client needs to keep: what happens next and when, who to call, and the receipt code.
    /// Then come the decision, the lines not agreed and every "not sure", then the rest of the record.
    public func document(timeZone: TimeZone) -> ClientCopyDocument {
        if let group { return groupHandout(group, timeZone: timeZone) }
        let dates = PlainDates(timeZone: timeZone, words: words)
        let firstPage = [nextStepsSection(dates), callSection, receiptSection(keep: words[.receiptKeep])]
        var rest: [ClientCopyDocument.Section] = decisions.map(section)
        // What the client did not agree to comes straight after, so it is never missed at the end of the copy.
        rest += dissentSections
        rest.append(flagSection)
        if !answers.isEmpty {
            rest.append(.init(heading: words[.answersHeading], blocks: answers.map(block)))
        }
        rest += progressSections()
        rest += waits.map(section)
        rest += sureResults.map(section)
        rest.append(agreementSection)
        rest.append(questionSection)
        if !handouts.isEmpty { rest.append(rememberSection) }
        rest.append(signatureSection(dates))
        rest.append(aboutSection(dates, dateLabel: .sessionDate))
        if !sources.isEmpty { rest.append(sourcesSection) }
        rest.append(checkingSection(sealed: words[.sealedSession]))
        return ClientCopyDocument(
            title: words(.copyTitle, ["guide": .text(guideTitle)]), sections: firstPage + rest,
            languageCode: words.language.code, firstPageSections: firstPage.count)
    }
}
