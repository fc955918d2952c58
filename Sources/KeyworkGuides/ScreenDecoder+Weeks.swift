import KeyworkDiagnostics
import Yams

/// The weeks screen (days in each of the last four weeks, per row) and the progress screen that charts it.
extension ScreenDecoder {
    func decodeWeeks(
        _ map: MappingReader, screenName: String, fields: inout FieldLocations, outline: inout ScreenOutline
    ) -> ScreenContent? {
        fields.record("text", map["text"])
        let text = map.string("text", required: true, example: "text: For each one, on how many days in each week?")
        guard
            let items = map.list(
                "rows", required: true, example: "rows: [{id: alcohol, label: Alcohol, amount: units on a using day}]"),
            checkNotEmpty(items, key: "rows", in: map, note: "give at least one row, each {id, label}")
        else { return nil }
        var rows: [WeeksScreen.Row] = []
        var seen: [String: SourceLocation] = [:]
        var complete = true
        for (index, item) in items.enumerated() {
            guard
                var row = MappingReader(
                    item, what: "row \(index + 1) of \(screenName)", sink: sink,
                    example: "{id: alcohol, label: Alcohol}")
            else {
                complete = false
                continue
            }
            let id = row.id(example: "id: alcohol")
            if let id { row.what = "row '\(id)' of \(screenName)" }
            row.checkKeys(["id", "label", "amount"])
            let label = row.string("label", required: true, example: "label: Alcohol")
            let amount = row.string("amount", example: "amount: units on a using day")
            guard let id, checkUnique(id, at: row.valueLocation("id"), seen: &seen, what: "\(screenName) rows"),
                let label
            else {
                complete = false
                continue
            }
            fields.record("row.\(id).label", row["label"])
            fields.record("row.\(id).amount", row["amount"])
            rows.append(WeeksScreen.Row(id: id, label: label, amount: amount))
        }
        outline.rowIDs = rows.map(\.id)
        guard complete, let text else { return nil }
        return .weeks(WeeksScreen(text: text, rows: rows))
    }

    func decodeProgress(
        _ map: MappingReader, screenName: String, fields: inout FieldLocations, outline: inout ScreenOutline
    ) -> ScreenContent? {
        let text = optionalText("text", map, fields: &fields)
        guard let items = map.list("show", required: true, example: "show: [use.alcohol, psych]"),
            checkNotEmpty(items, key: "show", in: map, note: "name the answers to chart: a scale screen or weeks.row")
        else { return nil }
        var shown: [ProgressScreen.Item] = []
        for (index, node) in items.enumerated() {
            let name = "item \(index + 1) of 'show' in \(screenName)"
            guard let written = MappingReader.text(node, name: name, sink: sink) else { continue }
            guard let item = ProgressScreen.Item(written),
                MappingReader.isValidID(item.screen), item.row.map(MappingReader.isValidID) ?? true
            else {
                sink.error(
                    "\(name) is '\(written)', which is not a screen id or 'screen.row'", at: node,
                    note: "write a scale screen's id, such as 'psych', or a weeks row, such as 'use.alcohol'")
                continue
            }
            shown.append(item)
            outline.shown.append((item, sink.location(of: node)))
        }
        guard shown.count == items.count else { return nil }
        return .progress(ProgressScreen(text: text, show: shown))
    }
}
