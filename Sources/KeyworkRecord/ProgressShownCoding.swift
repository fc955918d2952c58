import KeyworkSession

/// How `progress_shown` is written in a journal (Docs/transcript-format.md): `{"screen":…,"sessions":[{"session":…,
/// "date":"YYYY-MM-DD","values":[{"item":"use.alcohol","value":12 or null}]}],"left_out":[{"session":…,
/// "date":… or null}]}`. A null value is "not answered". A value with an amount on a using day has it as
/// `"amount":"1.5"` after `value`; journals written before amounts were charted have none.
enum ProgressShownCoding {
    static func encode(screen: String, _ shown: ProgressShown) -> JSONValue {
        .object([
            ("screen", .string(screen)),
            (
                "sessions",
                .array(
                    shown.sessions.map { session in
                        .object([
                            ("session", .string(session.sessionID)), ("date", .string(session.date)),
                            (
                                "values",
                                .array(
                                    session.values.map {
                                        .object(
                                            [
                                                ("item", .string($0.item)),
                                                ("value", $0.value.map { .int(Int64($0)) } ?? .null),
                                            ] + ($0.amount.map { [("amount", JSONValue.string($0))] } ?? []))
                                    })
                            ),
                        ])
                    })
            ),
            (
                "left_out",
                .array(
                    shown.leftOut.map {
                        .object([("session", .string($0.sessionID)), ("date", $0.date.map(JSONValue.string) ?? .null)])
                    })
            ),
        ])
    }

    static func decode(_ data: JSONValue) throws(EventDecodingError) -> SessionEvent {
        let wrong = EventDecodingError(
            event: "progress_shown", problem: "its sessions or values do not have their shape")
        guard data.objectKeys == ["screen", "sessions", "left_out"], let screen = data["screen"]?.stringValue,
            let sessions = data["sessions"]?.arrayValue, let leftOut = data["left_out"]?.arrayValue
        else { throw wrong }
        var shown = ProgressShown()
        for session in sessions {
            guard session.objectKeys == ["session", "date", "values"], let id = session["session"]?.stringValue,
                let date = session["date"]?.stringValue, let values = session["values"]?.arrayValue
            else { throw wrong }
            var read: [ProgressShown.Value] = []
            for value in values {
                guard let keys = value.objectKeys, keys == ["item", "value"] || keys == ["item", "value", "amount"],
                    let item = value["item"]?.stringValue, let number = value["value"],
                    number.isNull || number.intValue != nil
                else { throw wrong }
                let amount = value["amount"]?.stringValue
                guard keys.count == 2 || amount != nil else { throw wrong }
                read.append(
                    ProgressShown.Value(
                        item: item, value: number.intValue.flatMap { Int(exactly: $0) }, amount: amount))
            }
            shown.sessions.append(ProgressShown.Session(sessionID: id, date: date, values: read))
        }
        for left in leftOut {
            guard left.objectKeys == ["session", "date"], let id = left["session"]?.stringValue,
                let date = left["date"], date.isNull || date.stringValue != nil
            else { throw wrong }
            shown.leftOut.append(EarlierResults.LeftOut(sessionID: id, date: date.stringValue))
        }
        return .progressShown(screen: screen, shown: shown)
    }
}
