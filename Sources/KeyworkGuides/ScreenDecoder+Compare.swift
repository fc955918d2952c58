import KeyworkDiagnostics
import Yams

/// The compare (Option Grid) screen: attributes are rows, options are columns.
extension ScreenDecoder {
    func decodeCompare(_ map: MappingReader, screenName: String, fields: inout FieldLocations) -> ScreenContent? {
        let prompt = optionalText("prompt", map, fields: &fields)
        let attributes = decodeAttributes(map, screenName: screenName, fields: &fields)
        guard
            let items = map.list(
                "options", required: true,
                example: "options: [{id: a, label: A, values: {what: ...}, pros: [...], cons: [...]}]"),
            checkNotEmpty(items, key: "options", in: map, note: "give two or three options to compare")
        else { return nil }
        fields.record("options", map["options"])
        var columns: [CompareScreen.Column] = []
        var seen: [String: SourceLocation] = [:]
        var complete = attributes != nil
        for (index, item) in items.enumerated() {
            guard
                let column = decodeColumn(
                    item, index: index, screenName: screenName, attributes: attributes, seen: &seen,
                    fields: &fields)
            else {
                complete = false
                continue
            }
            columns.append(column)
        }
        guard complete, let attributes else { return nil }
        return .compare(CompareScreen(prompt: prompt, attributes: attributes, options: columns))
    }

    private func decodeAttributes(
        _ map: MappingReader, screenName: String, fields: inout FieldLocations
    ) -> [CompareScreen.Attribute]? {
        guard
            let items = map.list(
                "attributes", required: true, example: "attributes: [{id: what, label: What it involves}]"),
            checkNotEmpty(items, key: "attributes", in: map, note: "give the rows of the grid, each {id, label}")
        else { return nil }
        var attributes: [CompareScreen.Attribute] = []
        var seen: [String: SourceLocation] = [:]
        var complete = true
        for (index, item) in items.enumerated() {
            guard
                var attribute = MappingReader(
                    item, what: "attribute \(index + 1) of \(screenName)", sink: sink,
                    example: "{id: what, label: What it involves}")
            else {
                complete = false
                continue
            }
            let id = attribute.id(example: "id: what")
            if let id { attribute.what = "attribute '\(id)' of \(screenName)" }
            attribute.checkKeys(["id", "label"])
            let label = attribute.string("label", required: true, example: "label: What it involves")
            guard let id,
                checkUnique(id, at: attribute.valueLocation("id"), seen: &seen, what: "\(screenName) attributes"),
                let label
            else {
                complete = false
                continue
            }
            fields.record("attribute.\(id).label", attribute["label"])
            attributes.append(CompareScreen.Attribute(id: id, label: label))
        }
        return complete ? attributes : nil
    }

    private func decodeColumn(
        _ item: Node, index: Int, screenName: String, attributes: [CompareScreen.Attribute]?,
        seen: inout [String: SourceLocation], fields: inout FieldLocations
    ) -> CompareScreen.Column? {
        guard
            var option = MappingReader(
                item, what: "option \(index + 1) of \(screenName)", sink: sink,
                example: "{id: a, label: A, values: {what: ...}, pros: [...], cons: [...]}")
        else { return nil }
        let id = option.id(example: "id: methadone")
        if let id { option.what = "option '\(id)' of \(screenName)" }
        option.checkKeys(["id", "label", "values", "pros", "cons"])
        let label = option.string("label", required: true, example: "label: Methadone")
        let pros = option.stringList("pros", example: "pros: [\"...\"]") ?? []
        let cons = option.stringList("cons", example: "cons: [\"...\"]") ?? []
        let values = decodeValues(
            option, attributes: attributes, fieldPrefix: id.map { "option.\($0)" }, fields: &fields)
        guard let id, checkUnique(id, at: option.valueLocation("id"), seen: &seen, what: "\(screenName) options")
        else { return nil }
        fields.record("option.\(id)", item)
        fields.record("option.\(id).label", option["label"])
        for (list, key) in [(option["pros"], "pro"), (option["cons"], "con")] {
            if case .sequence(let sequence)? = list {
                for (number, node) in sequence.enumerated() {
                    fields.record("option.\(id).\(key).\(number + 1)", node)
                }
            }
        }
        guard let label, let values else { return nil }
        return CompareScreen.Column(id: id, label: label, values: values, pros: pros, cons: cons)
    }

    /// `values: {attributeID: text}`, which must name every attribute and nothing else.
    private func decodeValues(
        _ option: MappingReader, attributes: [CompareScreen.Attribute]?, fieldPrefix: String?,
        fields: inout FieldLocations
    ) -> [String: String]? {
        let example = "values: {\(attributes?.map { "\($0.id): ..." }.joined(separator: ", ") ?? "what: ...")}"
        guard let node = option["values"] else {
            option.reportMissing("values", example: example)
            return nil
        }
        guard let map = MappingReader(node, what: "'values' of \(option.what)", sink: sink, example: example) else {
            return nil
        }
        var values: [String: String] = [:]
        var complete = true
        let attributeIDs = attributes?.map(\.id)
        for entry in map.entries {
            if let attributeIDs, !attributeIDs.contains(entry.key) {
                sink.error(
                    "\(option.what) has a value for '\(entry.key)', which is not an attribute of this screen",
                    at: entry.keyNode,
                    note:
                        "\(Suggestion.didYouMean(entry.key, in: attributeIDs))attributes are: \(attributeIDs.joined(separator: ", "))"
                )
                complete = false
                continue
            }
            guard
                let text = MappingReader.text(
                    entry.value, name: "the '\(entry.key)' value of \(option.what)", sink: sink)
            else {
                complete = false
                continue
            }
            values[entry.key] = text
            if let fieldPrefix { fields.record("\(fieldPrefix).value.\(entry.key)", entry.value) }
        }
        for attribute in attributes ?? [] where !map.has(attribute.id) {
            sink.error(
                "\(option.what) has no value for the attribute '\(attribute.id)'", at: map.location,
                note: "add '\(attribute.id): ...' under 'values', so every option answers every row")
            complete = false
        }
        return complete ? values : nil
    }
}
