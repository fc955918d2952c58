import KeyworkSession
import KeyworkText

/// What a verified session says the client did not agree to, read from the very lines verification checked,
/// for `keywork verify`'s session line: the statements still marked not agreed at the end, with the client's
/// words, and whether the session ended as "no agreement yet".
public struct ConsentOutcome: Sendable, Equatable {
    /// The events it is read from; verify keeps only these lines of a journal.
    static let events: Set<String> = [
        "statement_ticked", "statement_unticked", "statement_not_agreed", "no_agreement_yet", "closed_not_used",
    ]

    /// The statements not agreed at the end, in the order they were first marked.
    public var notAgreed: [NotAgreed]
    public var endedWithoutAgreement: Bool
    /// The session was closed as "not used": started by mistake, nothing in it agreed.
    public var closedNotUsed = false

    /// Nil when every statement was agreed and the session ended neither without an agreement nor as not used.
    init?(entries: [JournalEntry]) {
        var marks: [(key: String, notAgreed: NotAgreed?)] = []
        var ended = false
        for entry in entries where Self.events.contains(entry.event) {
            guard let event = try? SessionEventCoding.decode(name: entry.event, data: entry.data) else { continue }
            // A statement is keyed by its screen and id, which a NUL byte keeps apart.
            switch event {
            case .statementNotAgreed(let screen, let statement, let text, let words):
                Self.set(screen + "\0" + statement, NotAgreed(text: text, words: words), in: &marks)
            case .statementTicked(let screen, let statement), .statementUnticked(let screen, let statement):
                Self.set(screen + "\0" + statement, nil, in: &marks)
            case .noAgreementYet:
                ended = true
            case .closedNotUsed:
                closedNotUsed = true
            default:
                break
            }
        }
        notAgreed = marks.compactMap(\.notAgreed)
        endedWithoutAgreement = ended
        if notAgreed.isEmpty && !ended && !closedNotUsed { return nil }
    }

    private static func set(
        _ key: String, _ notAgreed: NotAgreed?, in marks: inout [(key: String, notAgreed: NotAgreed?)]
    ) {
        if let index = marks.firstIndex(where: { $0.key == key }) {
            marks[index].notAgreed = notAgreed
        } else {
            marks.append((key, notAgreed))
        }
    }

    /// The words added to verify's session line, e.g.
    /// `; not agreed: "I chose this." (client's words: "It was not my idea")`.
    public var summary: String {
        var text = closedNotUsed ? "; NOT USED (closed as not used: started by mistake, nothing in it agreed)" : ""
        if endedWithoutAgreement { text += "; NO AGREEMENT YET (a required statement was not agreed)" }
        if !notAgreed.isEmpty {
            text += "; not agreed: "
            text += notAgreed.map { line in
                Self.quoted(line.text) + " ("
                    + (line.words.map { "client's words: " + Self.quoted($0) } ?? "no words given") + ")"
            }.joined(separator: "; ")
        }
        return text
    }

    /// Text from a record in quotes, with whatever a terminal would act on shown visibly instead of sent.
    static func quoted(_ text: String) -> String {
        "\"" + TerminalText.escaped(text) + "\""
    }
}
