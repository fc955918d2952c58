/// The checks that look across screens: duplicate ids, `when` (of screens and of consent statements),
/// `from`, `requires_sure` and a progress screen's `show`.

import KeyworkDiagnostics

struct GuideCrossReferences {
    let outlines: [ScreenOutline]
    let sink: DiagnosticCollector

    func check() {
        checkDuplicateIDs()
        for outline in outlines {
            if let when = outline.when { checkWhen(when, of: outline, owner: outline.name) }
            for when in outline.statementWhens {
                checkWhen(when, of: outline, owner: "statement '\(when.statement ?? "?")' of \(outline.name)")
            }
            if let from = outline.from, let type = outline.type { checkFrom(from, of: outline, type: type) }
            if let location = outline.requiresSureLocation { checkSureBefore(outline, at: location) }
            for shown in outline.shown { checkShown(shown.item, at: shown.location, of: outline) }
        }
    }

    private var allIDs: [String] { outlines.compactMap(\.id) }

    private func checkDuplicateIDs() {
        var seen: [String: SourceLocation] = [:]
        for outline in outlines {
            guard let id = outline.id, let location = outline.idLocation else { continue }
            if let first = seen[id] {
                sink.error(
                    "duplicate screen id '\(id)'", at: location,
                    note: "the first screen '\(id)' is at line \(first.line); give each screen its own id")
            } else {
                seen[id] = location
            }
        }
    }

    /// The screen a reference names, or nil after reporting why it cannot be used.
    private func earlierScreen(
        named id: String, at location: SourceLocation, from outline: ScreenOutline, key: String, owner: String? = nil
    ) -> ScreenOutline? {
        let owner = owner ?? outline.name
        guard let target = outlines.first(where: { $0.id == id }) else {
            sink.error(
                "'\(key)' of \(owner) names screen '\(id)', but there is no screen with that id",
                at: location,
                note: "\(Suggestion.didYouMean(id, in: allIDs))name a screen that comes before this one")
            return nil
        }
        if target.index == outline.index {
            sink.error(
                "'\(key)' of \(owner) names the screen itself", at: location,
                note: "name a screen that comes before this one")
            return nil
        }
        if target.index > outline.index {
            sink.error(
                "'\(key)' of \(owner) names screen '\(id)', which comes later in the guide", at: location,
                note: "move screen '\(id)' before \(outline.name), or name an earlier screen")
            return nil
        }
        return target
    }

    private func checkWhen(_ when: ScreenOutline.ConditionSource, of outline: ScreenOutline, owner: String) {
        guard
            let target = earlierScreen(
                named: when.condition.screen, at: when.screenLocation, from: outline, key: "when", owner: owner)
        else { return }
        guard let type = target.type else { return }
        let optionIDs: [String]?
        switch type {
        case .choice, .multi: optionIDs = target.optionIDs
        case .decision: optionIDs = DecisionScreen.outcomes
        case .availability: optionIDs = AvailabilityScreen.outcomes
        default:
            sink.error(
                "'when' of \(owner) tests screen '\(when.condition.screen)', which is a \(type.rawValue) screen",
                at: when.screenLocation,
                note: "'when' can only test the answer to a choice, multi, decision or availability screen")
            return
        }
        guard let optionIDs else { return }
        let kind =
            switch type {
            case .decision, .availability: "outcome"
            default: "option"
            }
        for option in when.options where !optionIDs.contains(option.id) {
            sink.error(
                "screen '\(when.condition.screen)' has no \(kind) '\(option.id)'", at: option.location,
                note:
                    "\(Suggestion.didYouMean(option.id, in: optionIDs))its \(kind)s are: \(optionIDs.joined(separator: ", "))"
            )
        }
    }

    private func checkFrom(_ from: (id: String, location: SourceLocation), of outline: ScreenOutline, type: ScreenType)
    {
        guard let target = earlierScreen(named: from.id, at: from.location, from: outline, key: "from"),
            let targetType = target.type
        else { return }
        let expected: ScreenType = type == .decision ? .compare : .decision
        if targetType != expected {
            sink.error(
                "'from' of \(outline.name) names screen '\(from.id)', which is a \(targetType.rawValue) screen",
                at: from.location,
                note:
                    "a \(type.rawValue) screen takes its options from a \(expected.rawValue) screen; name one of those")
        }
    }

    private func checkSureBefore(_ outline: ScreenOutline, at location: SourceLocation) {
        let hasSure = outlines.contains { $0.index < outline.index && $0.type == .sure }
        if !hasSure {
            sink.error(
                "\(outline.name) has 'requires_sure: true', but no sure screen comes before it", at: location,
                note: "add a screen with 'type: sure' before this consent, or remove 'requires_sure'")
        }
    }

    /// A progress screen charts numbers: a scale screen's, or one row of a weeks screen, asked before it.
    private func checkShown(_ item: ProgressScreen.Item, at location: SourceLocation, of outline: ScreenOutline) {
        guard let target = earlierScreen(named: item.screen, at: location, from: outline, key: "show"),
            let type = target.type
        else { return }
        switch (type, item.row) {
        case (.scale, nil):
            return
        case (.weeks, let row?):
            guard let rows = target.rowIDs, !rows.contains(row) else { return }
            sink.error(
                "screen '\(item.screen)' has no row '\(row)'", at: location,
                note: "\(Suggestion.didYouMean(row, in: rows))its rows are: \(rows.joined(separator: ", "))")
        case (.weeks, nil):
            sink.error(
                "'show' of \(outline.name) names weeks screen '\(item.screen)' without a row", at: location,
                note: "name one row, such as '\(item.screen).\(target.rowIDs?.first ?? "alcohol")'")
        case (.scale, _?):
            sink.error(
                "'show' of \(outline.name) names a row of scale screen '\(item.screen)', which has no rows",
                at: location, note: "write just '\(item.screen)'")
        default:
            sink.error(
                "'show' of \(outline.name) names screen '\(item.screen)', which is a \(type.rawValue) screen",
                at: location, note: "a progress screen charts a scale screen or one row of a weeks screen")
        }
    }
}
