import KeyworkRecord
import KeyworkText
import KeyworkWords

/// `keywork due` in words for a person, or as JSON for scripts. Clients appear by reference only. Every value
/// taken from a record is escaped (`TerminalText`), so none can send a control to the terminal or start a line.
/// On the home screen it is said in the chosen language; printed by `keywork due`, in English, like
/// every other printed report (Docs/translations.md). Reasons from the record stay English.
public enum DueReport {
    /// `notArchived`: how many sealed sessions the agency archive does not hold yet, when one is set up.
    public static func text(_ list: DueList, words: Words, notArchived: Int? = nil) -> String {
        var lines: [String] = []
        let today: WordArgument = .text(list.today.description)
        if list.items.isEmpty {
            lines.append(words(.dueNothing, ["date": today]))
        } else {
            lines.append(words(.dueHeading, ["date": today]))
            for (index, item) in list.items.enumerated() {
                lines.append("\(index + 1). " + describe(item, words: words))
            }
        }
        if !list.attention.isEmpty {
            lines.append("")
            lines += attention(list, words: words)
        }
        let archiveLines = Self.notArchived(notArchived, words: words)
        if !archiveLines.isEmpty { lines += [""] + archiveLines }
        return lines.joined(separator: "\n")
    }

    /// The "needing attention" part of `text`, on its own: a heading and one line per entry; none when empty.
    public static func attention(_ list: DueList, words: Words) -> [String] {
        guard !list.attention.isEmpty else { return [] }
        return [words(.dueAttention, ["count": .number(list.attention.count)])]
            + list.attention.map { "- " + describe($0) }
    }

    /// How many sealed sessions the agency archive does not hold yet, as a line; none when all are there or
    /// there is no archive.
    public static func notArchived(_ count: Int?, words: Words) -> [String] {
        guard let count, count > 0 else { return [] }
        return [words(.dueNotArchived, ["count": .number(count)])]
    }

    /// One due item in a line, as `text` lists it after its number.
    public static func describe(_ item: DueList.Item, words: Words) -> String {
        var arguments: [String: WordArgument] = [
            "client": .text(item.clientReference.map(TerminalText.escaped) ?? words[.dueAGroup]),
            "date": .text(item.date.description), "session": .text(TerminalText.escaped(item.sessionID)),
            "guide": .text(TerminalText.escaped(item.guideID)),
        ]
        switch item.kind {
        case .revisit, .review:
            let when: String
            switch item.daysOverdue {
            case 0: when = words(.dueToday, arguments)
            case let overdue where overdue > 0:
                arguments["count"] = .number(overdue)
                when = words(.dueOverdue, arguments)
            case let overdue:
                arguments["count"] = .number(-overdue)
                when = words(.dueIn, arguments)
            }
            arguments["when"] = .text(when)
            return words(item.kind == .review ? .dueReview : .dueRevisit, arguments)
        case .wait:
            arguments["count"] = .number(item.daysOverdue)
            arguments["waiting"] = .text(item.waitingFor.map(TerminalText.escaped) ?? words[.dueNotRecorded])
            arguments["told"] = .text(item.howToldOfDelays.map(TerminalText.escaped) ?? words[.dueNotRecorded])
            return words(.dueWait, arguments)
        case .unfinished:
            arguments["count"] = .number(item.daysOverdue + 1)
            return words(.dueUnfinished, arguments)
        case .noAgreement:
            return words(.dueNoAgreement, arguments)
        }
    }

    private static func describe(_ entry: DueList.Attention) -> String {
        let session = TerminalText.escaped(entry.sessionID)
        let reason = TerminalText.escaped(entry.reason)
        switch entry.kind {
        case "does_not_verify":
            return "Session \(session) does not verify: \(reason). It is left out of the list above."
        case AttentionLog.revisitRefused:
            let client = entry.clientReference.map { " for client \(TerminalText.escaped($0))" } ?? ""
            let time = entry.time.map(TerminalText.escaped) ?? "?"
            return "\(time): a revisit\(client) was refused because session \(session) does not verify: \(reason)."
        case "archive_columns_differ":
            return "Session \(session) is not listed: \(reason)."
        case "revisit_date_unknown":
            return "Session \(session): its revisit date cannot be worked out: \(reason)."
        default:
            return "\(session.isEmpty ? "" : "Session \(session): ")\(reason)."
        }
    }

    public static func json(_ list: DueList) -> String {
        func text(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
        let items: [JSONValue] = list.items.map { item in
            .object([
                ("kind", .string(item.kind.rawValue)), ("client", text(item.clientReference)),
                ("session", .string(item.sessionID)), ("guide", .string(item.guideID)),
                ("date", .string(item.date.description)), ("days_overdue", .int(Int64(item.daysOverdue))),
                ("waiting_for", text(item.waitingFor)), ("how_told_of_delays", text(item.howToldOfDelays)),
            ])
        }
        let attention: [JSONValue] = list.attention.map { entry in
            .object([
                ("kind", .string(entry.kind)), ("session", .string(entry.sessionID)),
                ("client", text(entry.clientReference)), ("time", text(entry.time)), ("reason", .string(entry.reason)),
            ])
        }
        let document = JSONValue.object([
            ("today", .string(list.today.description)), ("due", .array(items)), ("attention", .array(attention)),
        ])
        // JSON's own escapes keep every string exactly, for scripts, and nothing acts on a terminal it is shown on.
        return TerminalText.escapedJSON(String(decoding: document.encoded(), as: UTF8.self))
    }
}
