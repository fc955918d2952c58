import KeyworkDiagnostics
import Yams

/// Decodes one screen of a guide from its YAML mapping, reporting each problem where it is.
struct ScreenDecoder {
    let sink: DiagnosticCollector

    static let commonKeys = ["id", "type", "title", "when", "handout"]

    /// The keys each screen type accepts besides `commonKeys`.
    static let keysByType: [ScreenType: [String]] = [
        .info: ["body"],
        .choice: ["prompt", "options", "allow_other", "optional"],
        .multi: ["prompt", "options", "min", "max"],
        .text: ["prompt", "optional"],
        .scale: ["prompt", "min", "max", "min_label", "max_label"],
        .compare: ["prompt", "attributes", "options"],
        .decision: ["from", "prompt"],
        .availability: ["from", "prompt"],
        .sure: ["intro"],
        .consent: ["intro", "statements", "signers", "meaning", "revisit_after_days", "requires_sure"],
        .summary: ["intro"],
        .acknowledge: ["intro", "statements", "prompt"],
        .questions: ["prompt"],
        .weeks: ["text", "rows"],
        .progress: ["text", "show"],
    ]

    func decode(_ node: Node, index: Int) -> ScreenOutline {
        var outline = ScreenOutline(index: index)
        let errorsBefore = sink.diagnostics.count
        guard
            var map = MappingReader(
                node, what: outline.name, sink: sink, example: "- id: welcome\n    type: info\n    body: Hello")
        else { return outline }
        outline.id = map.id(example: "id: welcome")
        outline.idLocation = map.valueLocation("id")
        map.what = outline.name

        var fields = FieldLocations(sink: sink)
        fields.record("", node)
        guard let typeName = map.string("type", required: true, example: "type: info") else { return outline }
        guard let type = ScreenType(rawValue: typeName) else {
            let all = ScreenType.allCases.map(\.rawValue)
            sink.error(
                "unknown screen type '\(typeName)' in \(outline.name)", at: map.valueLocation("type") ?? map.location,
                note: "\(Suggestion.didYouMean(typeName, in: all))screen types are: \(all.joined(separator: ", "))")
            return outline
        }
        outline.type = type
        outline.typeLocation = map.valueLocation("type")
        map.checkKeys(Self.commonKeys + (Self.keysByType[type] ?? []))

        let title = map.string("title")
        fields.record("title", map["title"])
        let handout = map.string("handout", example: "handout: Call 999 if someone cannot be woken.")
        fields.record("handout", map["handout"])
        if let whenNode = map["when"] {
            outline.when = decodeWhen(whenNode, screenName: outline.name)
        }

        let content = decodeContent(type, map: map, fields: &fields, outline: &outline)
        guard let id = outline.id, let content, sink.diagnostics.count == errorsBefore else { return outline }
        outline.screen = Screen(
            id: id, title: title, when: outline.when?.condition, handout: handout, content: content,
            location: map.location,
            fieldLocations: fields.locations)
        return outline
    }

    private func decodeContent(
        _ type: ScreenType, map: MappingReader, fields: inout FieldLocations, outline: inout ScreenOutline
    ) -> ScreenContent? {
        let name = outline.name
        switch type {
        case .info:
            fields.record("body", map["body"])
            return map.string("body", required: true, example: "body: Welcome to your session.").map {
                .info(InfoScreen(body: $0))
            }
        case .choice:
            let prompt = requiredPrompt(map, fields: &fields)
            let options = decodeOptions(map, screenName: name, fields: &fields)
            outline.optionIDs = options?.ids
            let allowOther = map.bool("allow_other") ?? false
            let optional = map.bool("optional") ?? false
            guard let prompt, let options = options?.options else { return nil }
            return .choice(ChoiceScreen(prompt: prompt, options: options, allowOther: allowOther, optional: optional))
        case .multi:
            let prompt = requiredPrompt(map, fields: &fields)
            let options = decodeOptions(map, screenName: name, fields: &fields)
            outline.optionIDs = options?.ids
            let min = map.int("min", example: "min: 1")
            let max = map.int("max", example: "max: 3")
            if let count = options?.ids.count {
                checkMultiBounds(map, min: min, max: max, optionCount: count)
            }
            guard let prompt, let options = options?.options else { return nil }
            return .multi(MultiScreen(prompt: prompt, options: options, min: min, max: max))
        case .text:
            let prompt = requiredPrompt(map, fields: &fields)
            let optional = map.bool("optional") ?? false
            return prompt.map { .text(TextScreen(prompt: $0, optional: optional)) }
        case .scale:
            return decodeScale(map, fields: &fields)
        case .compare:
            return decodeCompare(map, screenName: name, fields: &fields)
        case .decision:
            let from = map.id("from", example: "from: options")
            outline.from = from.flatMap { id in map.valueLocation("from").map { (id, $0) } }
            let prompt = optionalText("prompt", map, fields: &fields)
            return from.map { .decision(DecisionScreen(from: $0, prompt: prompt)) }
        case .availability:
            let from = map.id("from", required: false)
            outline.from = from.flatMap { id in map.valueLocation("from").map { (id, $0) } }
            let prompt = optionalText("prompt", map, fields: &fields)
            return .availability(AvailabilityScreen(from: from, prompt: prompt))
        case .sure:
            return .sure(SureScreen(intro: optionalText("intro", map, fields: &fields)))
        case .consent:
            return decodeConsent(map, screenName: name, fields: &fields, outline: &outline)
        case .summary:
            return .summary(SummaryScreen(intro: optionalText("intro", map, fields: &fields)))
        case .acknowledge:
            let intro = optionalText("intro", map, fields: &fields)
            let prompt = optionalText("prompt", map, fields: &fields)
            let statements = decodeStatements(
                map, screenName: name, fields: &fields, note: "give the statements the group will agree to")
            return statements.map { .acknowledge(AcknowledgeScreen(intro: intro, statements: $0, prompt: prompt)) }
        case .questions:
            return requiredPrompt(map, fields: &fields).map { .questions(QuestionsScreen(prompt: $0)) }
        case .weeks:
            return decodeWeeks(map, screenName: name, fields: &fields, outline: &outline)
        case .progress:
            return decodeProgress(map, screenName: name, fields: &fields, outline: &outline)
        }
    }

    // MARK: - Shared pieces

    func requiredPrompt(_ map: MappingReader, fields: inout FieldLocations) -> String? {
        fields.record("prompt", map["prompt"])
        return map.string("prompt", required: true, example: "prompt: What would help most?")
    }

    func optionalText(_ key: String, _ map: MappingReader, fields: inout FieldLocations) -> String? {
        fields.record(key, map[key])
        return map.string(key)
    }

    /// Reports an empty list at the list itself.
    func checkNotEmpty(_ items: [Node], key: String, in map: MappingReader, note: String) -> Bool {
        guard items.isEmpty else { return true }
        sink.error(
            "'\(key)' in \(map.what) is an empty list", at: map.valueLocation(key) ?? map.location, note: note)
        return false
    }

    /// Reports an id seen before in the same list, pointing back at the first.
    func checkUnique(
        _ id: String, at location: SourceLocation?, seen: inout [String: SourceLocation], what: String
    ) -> Bool {
        if let first = seen[id] {
            sink.error(
                "\(what) has two with the id '\(id)'", at: location ?? first,
                note: "the first '\(id)' is at line \(first.line); give each one its own id")
            return false
        }
        if let location { seen[id] = location }
        return true
    }

    /// The `options` of a choice or multi screen; nil when the list itself is unusable.
    func decodeOptions(
        _ map: MappingReader, screenName: String, fields: inout FieldLocations
    ) -> (options: [Option]?, ids: [String])? {
        guard
            let items = map.list(
                "options", required: true, example: "options: [{id: yes, label: Yes}, {id: no, label: No}]"),
            checkNotEmpty(items, key: "options", in: map, note: "give at least two options, each {id, label}")
        else { return nil }
        fields.record("options", map["options"])
        var options: [Option] = []
        var ids: [String] = []
        var seen: [String: SourceLocation] = [:]
        var complete = true
        for (index, item) in items.enumerated() {
            guard
                var option = MappingReader(
                    item, what: "option \(index + 1) of \(screenName)", sink: sink,
                    example: "{id: stable, label: Feel more stable}")
            else {
                complete = false
                continue
            }
            let id = option.id(example: "id: stable")
            if let id { option.what = "option '\(id)' of \(screenName)" }
            option.checkKeys(["id", "label", "detail"])
            let label = option.string("label", required: true, example: "label: Feel more stable")
            let detail = option.string("detail")
            guard let id, checkUnique(id, at: option.valueLocation("id"), seen: &seen, what: "\(screenName) options")
            else {
                complete = false
                continue
            }
            ids.append(id)
            fields.record("option.\(id)", item)
            fields.record("option.\(id).label", option["label"])
            fields.record("option.\(id).detail", option["detail"])
            guard let label else {
                complete = false
                continue
            }
            options.append(Option(id: id, label: label, detail: detail))
        }
        return (complete ? options : nil, ids)
    }

    func checkMultiBounds(_ map: MappingReader, min: Int?, max: Int?, optionCount: Int) {
        if let min, min < 0 || min > optionCount {
            sink.error(
                "'min' in \(map.what) is \(min), but there are \(optionCount) options",
                at: map.valueLocation("min") ?? map.location,
                note: "use a number from 0 to \(optionCount), or leave 'min' out")
        }
        if let max, max < 1 || max > optionCount {
            sink.error(
                "'max' in \(map.what) is \(max), but there are \(optionCount) options",
                at: map.valueLocation("max") ?? map.location,
                note: "use a number from 1 to \(optionCount), or leave 'max' out")
        }
        if let min, let max, min > max {
            sink.error(
                "'min' (\(min)) is above 'max' (\(max)) in \(map.what)",
                at: map.valueLocation("min") ?? map.location, note: "make 'min' no more than 'max'")
        }
    }

    func decodeScale(_ map: MappingReader, fields: inout FieldLocations) -> ScreenContent? {
        let prompt = requiredPrompt(map, fields: &fields)
        let min = map.int("min", required: true, example: "min: 0")
        let max = map.int("max", required: true, example: "max: 10")
        fields.record("min_label", map["min_label"])
        fields.record("max_label", map["max_label"])
        let minLabel = map.string("min_label")
        let maxLabel = map.string("max_label")
        if let min, let max, min >= max {
            sink.error(
                "'min' (\(min)) must be below 'max' (\(max)) in \(map.what)",
                at: map.valueLocation("min") ?? map.location,
                note: "a scale needs at least two points, for example min: 0 and max: 10")
            return nil
        }
        guard let prompt, let min, let max else { return nil }
        return .scale(ScaleScreen(prompt: prompt, min: min, max: max, minLabel: minLabel, maxLabel: maxLabel))
    }
}

/// Where each text field of a screen is, keyed by the paths of `ScreenText.fields(of:)`.
struct FieldLocations {
    let sink: DiagnosticCollector
    var locations: [String: SourceLocation] = [:]

    mutating func record(_ path: String, _ node: Node?) {
        if let node { locations[path] = sink.location(of: node) }
    }
}
