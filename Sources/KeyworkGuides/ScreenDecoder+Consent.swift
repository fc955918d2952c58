import KeyworkDiagnostics
import Yams

/// The consent screen and the `when:` condition any screen may have.
extension ScreenDecoder {
    func decodeConsent(
        _ map: MappingReader, screenName: String, fields: inout FieldLocations, outline: inout ScreenOutline
    ) -> ScreenContent? {
        let intro = optionalText("intro", map, fields: &fields)
        var conditions: [ScreenOutline.ConditionSource]? = []
        let statements = decodeStatements(
            map, screenName: screenName, fields: &fields, note: "give the statements the client will tick",
            conditions: &conditions)
        outline.statementWhens = conditions ?? []
        let signers = decodeSigners(map)
        let meanings = decodeMeanings(map, fields: &fields)
        let revisitAfterDays = map.days("revisit_after_days", example: "revisit_after_days: 90")
        let requiresSure = map.bool("requires_sure") ?? false
        if requiresSure {
            outline.requiresSureLocation = map.valueLocation("requires_sure")
        }
        guard let statements, let signers, let meanings else { return nil }
        return .consent(
            ConsentScreen(
                intro: intro, statements: statements, signers: signers, meanings: meanings,
                revisitAfterDays: revisitAfterDays, requiresSure: requiresSure))
    }

    /// Statements are text (id `statement-N`, counting from 1) or `{id, text}`, as on an acknowledge screen.
    func decodeStatements(
        _ map: MappingReader, screenName: String, fields: inout FieldLocations, note: String
    ) -> [ConsentScreen.Statement]? {
        var noConditions: [ScreenOutline.ConditionSource]?
        return decodeStatements(map, screenName: screenName, fields: &fields, note: note, conditions: &noConditions)
    }

    /// Statements as above; when `conditions` is not nil (a consent screen), a statement may also be
    /// `{id, text, required, when}`, and each `when` is added to `conditions` for the checks across screens.
    func decodeStatements(
        _ map: MappingReader, screenName: String, fields: inout FieldLocations, note: String,
        conditions: inout [ScreenOutline.ConditionSource]?
    ) -> [ConsentScreen.Statement]? {
        guard
            let items = map.list("statements", required: true, example: "statements: [\"I agree to ...\"]"),
            checkNotEmpty(items, key: "statements", in: map, note: note)
        else { return nil }
        var statements: [ConsentScreen.Statement] = []
        var seen: [String: SourceLocation] = [:]
        var complete = true
        for (index, item) in items.enumerated() {
            let name = "statement \(index + 1) of \(screenName)"
            var id: String?
            var text: String?
            var required = false
            var when: ScreenOutline.ConditionSource?
            var idLocation = sink.location(of: item)
            var textNode = item
            if case .mapping = item, var statement = MappingReader(item, what: name, sink: sink, example: "") {
                id = statement.id(example: "id: plan")
                idLocation = statement.valueLocation("id") ?? idLocation
                if let id { statement.what = "statement '\(id)' of \(screenName)" }
                statement.checkKeys(conditions == nil ? ["id", "text"] : ["id", "text", "required", "when"])
                text = statement.string("text", required: true, example: "text: I agree to ...")
                textNode = statement["text"] ?? item
                if conditions != nil {
                    required = statement.bool("required") ?? false
                    if let node = statement["when"] {
                        when = decodeWhen(node, screenName: statement.what)
                        if when == nil { complete = false }
                    }
                }
            } else {
                id = "statement-\(index + 1)"
                text = MappingReader.text(item, name: name, sink: sink)
            }
            guard let id, let text, checkUnique(id, at: idLocation, seen: &seen, what: "\(screenName) statements")
            else {
                complete = false
                continue
            }
            fields.record("statement.\(id)", textNode)
            if var when {
                when.statement = id
                conditions?.append(when)
            }
            statements.append(
                ConsentScreen.Statement(id: id, text: text, required: required, when: when?.condition))
        }
        return complete ? statements : nil
    }

    private func decodeSigners(_ map: MappingReader) -> [SignerRole]? {
        guard map.has("signers") else { return [.client, .keyworker] }
        let roles = SignerRole.allCases.map(\.rawValue)
        guard let items = map.list("signers", example: "signers: [client, keyworker]") else { return nil }
        guard
            checkNotEmpty(
                items, key: "signers", in: map, note: "name who signs, for example: signers: [client, keyworker]")
        else { return nil }
        var signers: [SignerRole] = []
        var complete = true
        for item in items {
            guard let text = MappingReader.text(item, name: "a signer in \(map.what)", sink: sink) else {
                complete = false
                continue
            }
            guard let role = SignerRole(rawValue: text) else {
                sink.error(
                    "'\(text)' is not a signer role", at: item,
                    note: "\(Suggestion.didYouMean(text, in: roles))signers are: \(roles.joined(separator: ", "))")
                complete = false
                continue
            }
            if signers.contains(role) {
                sink.error("'\(text)' is listed twice in 'signers'", at: item, note: "list each signer once")
                complete = false
                continue
            }
            signers.append(role)
        }
        return complete ? signers : nil
    }

    private func decodeMeanings(_ map: MappingReader, fields: inout FieldLocations) -> [SignerRole: String]? {
        guard let node = map["meaning"] else { return [:] }
        let example = "meaning: {client: \"I agree to this plan\"}"
        guard let meaning = MappingReader(node, what: "'meaning' of \(map.what)", sink: sink, example: example) else {
            return nil
        }
        let roles = SignerRole.allCases.map(\.rawValue)
        var meanings: [SignerRole: String] = [:]
        var complete = true
        for entry in meaning.entries {
            guard let role = SignerRole(rawValue: entry.key) else {
                sink.error(
                    "'meaning' names '\(entry.key)', which is not a signer role", at: entry.keyNode,
                    note: "\(Suggestion.didYouMean(entry.key, in: roles))signers are: \(roles.joined(separator: ", "))")
                complete = false
                continue
            }
            guard let text = MappingReader.text(entry.value, name: "the meaning for '\(entry.key)'", sink: sink) else {
                complete = false
                continue
            }
            fields.record("meaning.\(entry.key)", entry.value)
            meanings[role] = text
        }
        return complete ? meanings : nil
    }

    /// `when: {screen: ID, is: OPTION}`, or `is_not: OPTION`, or `any_of: [OPTION, ...]`: exactly one test.
    func decodeWhen(_ node: Node, screenName: String) -> ScreenOutline.ConditionSource? {
        let example = "when: {screen: goal, is: stop}"
        guard var map = MappingReader(node, what: "'when' of \(screenName)", sink: sink, example: example) else {
            return nil
        }
        map.checkKeys(["screen", "is", "is_not", "any_of"])
        let screen = map.id("screen", example: example)
        let tests = map.entries.filter { ["is", "is_not", "any_of"].contains($0.key) }
        guard let testEntry = tests.first else {
            sink.error(
                "'when' of \(screenName) needs one of 'is', 'is_not' or 'any_of'", at: map.location,
                note: "for example: \(example)")
            return nil
        }
        for extra in tests.dropFirst() {
            sink.error(
                "'when' of \(screenName) may have only one of 'is', 'is_not' or 'any_of'", at: extra.keyNode,
                note: "keep '\(testEntry.key)' or '\(extra.key)', not both; use 'any_of' for several options")
        }
        map.what = "'when' of \(screenName)"
        var options: [(id: String, location: SourceLocation)] = []
        let test: Condition.Test?
        switch testEntry.key {
        case "any_of":
            if let items = map.list("any_of", example: "any_of: [stop, stable]"),
                checkNotEmpty(items, key: "any_of", in: map, note: "name at least one option: any_of: [stop, stable]")
            {
                for item in items {
                    if let id = MappingReader.id(item, name: "an option in 'any_of'", sink: sink) {
                        options.append((id, sink.location(of: item)))
                    }
                }
                test = options.count == items.count ? .anyOf(options.map(\.id)) : nil
            } else {
                test = nil
            }
        default:
            if let id = map.id(testEntry.key) {
                options.append((id, sink.location(of: testEntry.value)))
                test = testEntry.key == "is" ? .isOption(id) : .isNotOption(id)
            } else {
                test = nil
            }
        }
        guard let screen, let test, tests.count == 1 else { return nil }
        return ScreenOutline.ConditionSource(
            condition: Condition(screen: screen, test: test, location: map.location),
            screenLocation: map.valueLocation("screen") ?? map.location, options: options)
    }
}
