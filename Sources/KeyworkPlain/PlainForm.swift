import KeyworkGuides
import KeyworkScreen
import KeyworkSession
import KeyworkWords

/// The decision, availability, SURE and group acknowledgement forms for the line-by-line mode: the same
/// fields, the same answer and the same prefill as the full screen, asked one field at a time.
public struct PlainForm: Sendable {
    /// The line mode's own words, in the chosen language.
    public let plain: PlainWords
    var words: Words { plain.words }

    public init(_ words: Words) {
        plain = PlainWords(words)
    }

    /// One field as the line mode asks it.
    public struct Field: Sendable, Equatable {
        public var id: String
        public var label: String
        /// The numbered choices of a pick field; nil for typed fields.
        public var choices: [String]?
        /// A whole number is wanted.
        public var isNumber: Bool
        /// What the form already holds for it, in words; nil when nothing yet.
        public var value: String?
        /// Words said before the field, such as "It is fine to take more time." before the SURE way on.
        public var note: String?
        /// What `value` is, said before it: an earlier answer, or the head count given at the start.
        public var valueLabel: String
        /// How to keep `value`: Enter on its own.
        public var keepHint: String
    }

    /// The fields now shown, in order; some appear only after an earlier answer.
    public func fields(_ screen: Screen, session: SessionState, form: FormState) -> [Field] {
        (SessionForm.fields(for: screen, in: session, form: form, words: words) ?? []).map { field in
            var asked = plainField(field, form: form)
            if field.id == "wayOn" { asked.note = words[.takeMoreTime] }
            if Self.isHeadCount(field, asked.value, screen: screen, session: session) {
                asked.valueLabel = plain.headCountGiven
                asked.keepHint = plain.keepHeadCount
            }
            return asked
        }
    }

    /// Whether an acknowledgement's "how many are here" still holds the head count given at the start,
    /// rather than an earlier answer, so it is not called one.
    private static func isHeadCount(_ field: FormField, _ value: String?, screen: Screen, session: SessionState) -> Bool
    {
        guard case .acknowledge = screen.content, field.id == "present", session.answers[screen.id] == nil,
            let headCount = session.context.participants?.headCount
        else { return false }
        return value == String(headCount)
    }

    private func plainField(_ field: FormField, form: FormState) -> Field {
        switch field.kind {
        case .pick(let choices):
            let value = form.picks[field.id].flatMap { choices.indices.contains($0) ? choices[$0] : nil }
            return Field(
                id: field.id, label: field.label, choices: choices, isNumber: false, value: value,
                valueLabel: plain.earlierAnswer, keepHint: plain.keepEarlier)
        case .text, .digits:
            let text = form.texts[field.id]?.text ?? ""
            return Field(
                id: field.id, label: field.label, choices: nil, isNumber: field.kind == .digits,
                value: text.isEmpty ? nil : text, valueLabel: plain.earlierAnswer, keepHint: plain.keepEarlier)
        }
    }

    /// Puts one line into a field: a choice number for a pick field, the words for a typed one.
    /// Returns false when the line does not fit (a number out of range, letters for a number).
    public func fill(_ field: Field, with line: String, into form: inout FormState) -> Bool {
        if let choices = field.choices {
            let yesNo = choices == SessionForm.yesNo(words)
            if yesNo && plain.isYes(line) {
                form.picks[field.id] = 0
            } else if yesNo && plain.isNo(line) {
                form.picks[field.id] = 1
            } else if let number = Int(line), choices.indices.contains(number - 1) {
                form.picks[field.id] = number - 1
            } else {
                return false
            }
            return true
        }
        if field.isNumber && WholeNumber.parse(line).map({ $0 >= 0 }) != true { return false }
        form.texts[field.id] = TextField(line)
        return true
    }

    /// The answer the filled form makes, or a gentle note about what is missing.
    public func answer(_ screen: Screen, session: SessionState, form: FormState) -> Result<Answer, Message> {
        SessionForm.answer(for: screen, in: session, form: form, words: words).mapError { Message(text: $0.message) }
    }

    /// A note to show when the form is not complete.
    public struct Message: Error, Equatable {
        public var text: String
    }

    /// The form filled in from the current screen's earlier answer, so going back shows it again.
    public static func prefilled(_ session: SessionState) -> FormState {
        guard let screen = session.currentScreen else { return FormState() }
        return SessionForm.prefill(session.answers[screen.id], for: screen, in: session)
    }
}

extension PlainScreen {
    func formFields(_ screen: Screen, session: SessionState, form: FormState) -> [PlainForm.Field] {
        PlainForm(plain.words).fields(screen, session: session, form: form)
    }

    func prefilledForm(_ session: SessionState) -> FormState {
        PlainForm.prefilled(session)
    }
}
