import KeyworkSession

/// How a weeks answer is written in a journal (Docs/transcript-format.md): `{"type":"weeks","rows":[{"id":…,
/// "days":[w1,w2,w3,w4] or null,"amount":"…" or null}]}`. A row not answered has `"days":null`, never zeros.
enum WeeksAnswerCoding {
    static func encode(_ weeks: WeeksAnswer) -> JSONValue {
        .object([
            ("type", .string("weeks")),
            (
                "rows",
                .array(
                    weeks.rows.map { row in
                        .object([
                            ("id", .string(row.id)),
                            ("days", row.days.map { .array($0.map { .int(Int64($0)) }) } ?? .null),
                            ("amount", row.amount.map(JSONValue.string) ?? .null),
                        ])
                    })
            ),
        ])
    }

    static func decode(_ value: JSONValue) throws(EventDecodingError) -> WeeksAnswer {
        let wrong = EventDecodingError(event: "answer", problem: "'rows' should be a list of {id, days, amount}")
        guard let items = value["rows"]?.arrayValue else { throw wrong }
        var rows: [WeeksAnswer.Row] = []
        for item in items {
            guard item.objectKeys == ["id", "days", "amount"], let id = item["id"]?.stringValue,
                let days = item["days"], let amount = item["amount"]
            else { throw wrong }
            var numbers: [Int]?
            if !days.isNull {
                guard let list = days.arrayValue else { throw wrong }
                numbers = try list.map { (day) throws(EventDecodingError) -> Int in
                    guard let number = day.intValue, let small = Int(exactly: number) else { throw wrong }
                    return small
                }
            }
            guard amount.isNull || amount.stringValue != nil else { throw wrong }
            rows.append(WeeksAnswer.Row(id: id, days: numbers, amount: amount.stringValue))
        }
        return WeeksAnswer(rows: rows)
    }
}
