extension Screen {
    /// The screen with every piece of text it shows, and its handout, passed through `transform`; ids, numbers,
    /// conditions and hashes are kept. The front ends draw guide text this way, for example naming each
    /// `{key:...}` action; the text hash stays that of the guide's own words.
    public func withText(transformedBy transform: (String) -> String) -> Screen {
        var screen = self
        screen.title = title.map(transform)
        screen.handout = handout.map(transform)
        func options(_ options: [Option]) -> [Option] {
            options.map { Option(id: $0.id, label: transform($0.label), detail: $0.detail.map(transform)) }
        }
        switch content {
        case .info(let info):
            screen.content = .info(InfoScreen(body: transform(info.body)))
        case .choice(var choice):
            choice.prompt = transform(choice.prompt)
            choice.options = options(choice.options)
            screen.content = .choice(choice)
        case .multi(var multi):
            multi.prompt = transform(multi.prompt)
            multi.options = options(multi.options)
            screen.content = .multi(multi)
        case .text(var text):
            text.prompt = transform(text.prompt)
            screen.content = .text(text)
        case .scale(var scale):
            scale.prompt = transform(scale.prompt)
            scale.minLabel = scale.minLabel.map(transform)
            scale.maxLabel = scale.maxLabel.map(transform)
            screen.content = .scale(scale)
        case .compare(var compare):
            compare.prompt = compare.prompt.map(transform)
            compare.attributes = compare.attributes.map { .init(id: $0.id, label: transform($0.label)) }
            compare.options = compare.options.map { column in
                .init(
                    id: column.id, label: transform(column.label), values: column.values.mapValues(transform),
                    pros: column.pros.map(transform), cons: column.cons.map(transform))
            }
            screen.content = .compare(compare)
        case .decision(var decision):
            decision.prompt = decision.prompt.map(transform)
            screen.content = .decision(decision)
        case .availability(var availability):
            availability.prompt = availability.prompt.map(transform)
            screen.content = .availability(availability)
        case .sure(var sure):
            sure.intro = sure.intro.map(transform)
            screen.content = .sure(sure)
        case .consent(var consent):
            consent.intro = consent.intro.map(transform)
            consent.statements = consent.statements.map { statement in
                var shown = statement
                shown.text = transform(statement.text)
                return shown
            }
            consent.meanings = consent.meanings.mapValues(transform)
            screen.content = .consent(consent)
        case .summary(var summary):
            summary.intro = summary.intro.map(transform)
            screen.content = .summary(summary)
        case .acknowledge(var acknowledge):
            acknowledge.intro = acknowledge.intro.map(transform)
            acknowledge.statements = acknowledge.statements.map { statement in
                var shown = statement
                shown.text = transform(statement.text)
                return shown
            }
            acknowledge.prompt = acknowledge.prompt.map(transform)
            screen.content = .acknowledge(acknowledge)
        case .questions(var questions):
            questions.prompt = transform(questions.prompt)
            screen.content = .questions(questions)
        }
        return screen
    }

    /// Whether any text of the screen names an action with `{key:...}`.
    public var namesActions: Bool {
        ScreenText.fields(of: self).contains { $0.text.contains(ActionPlaceholder.opening) }
    }
}
