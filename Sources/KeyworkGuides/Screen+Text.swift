extension Screen {
    /// The screen with every piece of text it shows, and its handout, passed through `transform`; ids, numbers,
    /// conditions and hashes are kept. The front ends draw guide text this way, for example naming each
    /// `{key:...}` action; the text hash stays that of the guide's own words.
    public func withText(transformedBy transform: (String) -> String) -> Screen {
        transformingTextFields { _, text in transform(text) }
    }

    /// The one walk over a screen's prose, in reading order and then its handout, with each field's path (as
    /// `ScreenText.Field` names it); `ScreenText.fields(of:)` lists what this walk passes, so the two never
    /// disagree on which text a screen has. A compare value is reached through its attribute, as the decoder
    /// requires every value to name one.
    func transformingTextFields(_ transform: (_ path: String, _ text: String) -> String) -> Screen {
        var screen = self
        func optional(_ path: String, _ text: String?) -> String? { text.map { transform(path, $0) } }
        func options(_ options: [Option]) -> [Option] {
            options.map {
                Option(
                    id: $0.id, label: transform("option.\($0.id).label", $0.label),
                    detail: optional("option.\($0.id).detail", $0.detail))
            }
        }
        func statements(_ statements: [ConsentScreen.Statement]) -> [ConsentScreen.Statement] {
            statements.map { statement in
                var shown = statement
                shown.text = transform("statement.\(statement.id)", statement.text)
                return shown
            }
        }
        screen.title = optional("title", title)
        switch content {
        case .info(let info):
            screen.content = .info(InfoScreen(body: transform("body", info.body)))
        case .choice(var choice):
            choice.prompt = transform("prompt", choice.prompt)
            choice.options = options(choice.options)
            screen.content = .choice(choice)
        case .multi(var multi):
            multi.prompt = transform("prompt", multi.prompt)
            multi.options = options(multi.options)
            screen.content = .multi(multi)
        case .text(var text):
            text.prompt = transform("prompt", text.prompt)
            screen.content = .text(text)
        case .scale(var scale):
            scale.prompt = transform("prompt", scale.prompt)
            scale.minLabel = optional("min_label", scale.minLabel)
            scale.maxLabel = optional("max_label", scale.maxLabel)
            screen.content = .scale(scale)
        case .compare(var compare):
            compare.prompt = optional("prompt", compare.prompt)
            compare.attributes = compare.attributes.map {
                .init(id: $0.id, label: transform("attribute.\($0.id).label", $0.label))
            }
            compare.options = compare.options.map { column in
                let label = transform("option.\(column.id).label", column.label)
                var values = column.values
                for attribute in compare.attributes {
                    values[attribute.id] = optional("option.\(column.id).value.\(attribute.id)", values[attribute.id])
                }
                let pros = column.pros.enumerated().map {
                    transform("option.\(column.id).pro.\($0.offset + 1)", $0.element)
                }
                let cons = column.cons.enumerated().map {
                    transform("option.\(column.id).con.\($0.offset + 1)", $0.element)
                }
                return .init(id: column.id, label: label, values: values, pros: pros, cons: cons)
            }
            screen.content = .compare(compare)
        case .decision(var decision):
            decision.prompt = optional("prompt", decision.prompt)
            screen.content = .decision(decision)
        case .availability(var availability):
            availability.prompt = optional("prompt", availability.prompt)
            screen.content = .availability(availability)
        case .sure(var sure):
            sure.intro = optional("intro", sure.intro)
            screen.content = .sure(sure)
        case .consent(var consent):
            consent.intro = optional("intro", consent.intro)
            consent.statements = statements(consent.statements)
            for role in consent.meanings.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
                consent.meanings[role] = optional("meaning.\(role.rawValue)", consent.meanings[role])
            }
            screen.content = .consent(consent)
        case .summary(var summary):
            summary.intro = optional("intro", summary.intro)
            screen.content = .summary(summary)
        case .acknowledge(var acknowledge):
            acknowledge.intro = optional("intro", acknowledge.intro)
            acknowledge.statements = statements(acknowledge.statements)
            acknowledge.prompt = optional("prompt", acknowledge.prompt)
            screen.content = .acknowledge(acknowledge)
        case .questions(var questions):
            questions.prompt = transform("prompt", questions.prompt)
            screen.content = .questions(questions)
        case .weeks(var weeks):
            weeks.text = transform("text", weeks.text)
            weeks.rows = weeks.rows.map {
                .init(
                    id: $0.id, label: transform("row.\($0.id).label", $0.label),
                    amount: optional("row.\($0.id).amount", $0.amount))
            }
            screen.content = .weeks(weeks)
        case .progress(var progress):
            progress.text = optional("text", progress.text)
            screen.content = .progress(progress)
        }
        screen.handout = optional("handout", handout)
        return screen
    }

    /// Whether any text of the screen names an action with `{key:...}`.
    public var namesActions: Bool {
        ScreenText.fields(of: self).contains { $0.text.contains(ActionPlaceholder.opening) }
    }
}
