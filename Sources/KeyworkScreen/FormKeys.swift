import KeyworkGuides
import KeyworkSession
import KeyworkWords

/// Keys on the form screens (decision, availability, SURE): one field is active at a time, Enter or Tab
/// confirms it and moves to the next, and Enter on the last field submits the whole form. In a list of
/// choices one under another ↑ ↓ choose, as everyone first tries; elsewhere they move between fields.
/// Enter on a pick with nothing picked, or on a number field holding words, says what fits and stays;
/// a form the session refuses goes to its first empty field.
enum FormKeys {
    static func handle(_ key: Key, screen: Screen, session: SessionState, view: inout ViewState) -> [SessionAction] {
        let words = view.words
        guard let fields = SessionForm.fields(for: screen, in: session, form: view.form, words: words), !fields.isEmpty
        else {
            return []
        }
        view.form.active = min(max(0, view.form.active), fields.count - 1)
        let field = fields[view.form.active]
        switch key {
        case .up where field.listsVertically, .down where field.listsVertically:
            break
        case .up, .backTab:
            view.form.active = max(0, view.form.active - 1)
            return []
        case .down, .tab:
            view.form.active = min(fields.count - 1, view.form.active + 1)
            return []
        case .enter:
            if let hint = SessionForm.unfinished(field, form: view.form, words: words) {
                view.notice = hint
                return []
            }
            // The fields shown can grow as picks are made, so "last" is judged on the fields now shown.
            if view.form.active < fields.count - 1 {
                view.form.active += 1
                return []
            }
            switch SessionForm.answer(for: screen, in: session, form: view.form, words: words) {
            case .success(let answer):
                // The session checks what was typed, in the order of the fields: if it refuses, its words
                // show with the focus already on the first field still empty.
                if let empty = firstEmpty(fields, form: view.form) { view.form.active = empty }
                return [.submit(answer)]
            case .failure(let missing):
                view.notice = missing.message
                view.form.active = missing.field
                return []
            }
        default:
            break
        }
        switch field.kind {
        case .pick(let choices):
            pick(key, choices: choices, id: field.id, form: &view.form, words: words)
        case .text, .digits:
            // A number field keeps what was typed, exactly, and says at Enter if it is not a whole number:
            // taking the digits out of "about 3 months" would record something nobody said.
            var text = view.form.texts[field.id] ?? TextField()
            if text.edit(key) { view.form.texts[field.id] = text }
        }
        return []
    }

    /// The first field shown that must be filled in and is empty.
    static func firstEmpty(_ fields: [FormField], form: FormState) -> Int? {
        fields.firstIndex { field in
            switch field.kind {
            case _ where field.optional: false
            case .pick: form.picks[field.id] == nil
            case .text, .digits: (form.texts[field.id]?.text ?? "").allSatisfy(\.isWhitespace)
            }
        }
    }

    private static func pick(_ key: Key, choices: [String], id: String, form: inout FormState, words: Words) {
        guard !choices.isEmpty else { return }
        let current = form.picks[id]
        switch key {
        case .left, .up:
            form.picks[id] = max(0, (current ?? 1) - 1)
        case .right, .down, .character(" "):
            form.picks[id] = current.map { min(choices.count - 1, $0 + 1) } ?? 0
        case .character(let character):
            // y and n always work; so does the first letter of yes and no in the language shown (t for tak).
            let isYesNo = choices == SessionForm.yesNo(words)
            let letter = character.lowercased()
            if isYesNo && (letter == "y" || letter == words[.yes].prefix(1).lowercased()) {
                form.picks[id] = 0
            } else if isYesNo && (letter == "n" || letter == words[.no].prefix(1).lowercased()) {
                form.picks[id] = 1
            } else if let number = character.wholeNumberValue, number >= 1, number <= choices.count {
                form.picks[id] = number - 1
            }
        default:
            break
        }
    }
}
