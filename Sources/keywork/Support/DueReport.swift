import KeyworkRecord

/// `keywork due` in words for a person, or as JSON for scripts. Clients appear by reference only.
enum DueReport {
    static func text(_ list: DueList) -> String {
        var lines: [String] = []
        if list.items.isEmpty {
            lines.append("Nothing is due on \(list.today).")
        } else {
            lines.append("What is due on \(list.today), most urgent first:")
            for (index, item) in list.items.enumerated() {
                lines.append("\(index + 1). " + describe(item))
            }
        }
        if !list.attention.isEmpty {
            lines.append("")
            lines.append("Needing attention (\(list.attention.count)):")
            for entry in list.attention {
                lines.append("- " + describe(entry))
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func describe(_ item: DueList.Item) -> String {
        let client = item.clientReference ?? "a group"
        switch item.kind {
        case .revisit:
            let when: String
            switch item.daysOverdue {
            case 0: when = "due today (\(item.date))"
            case let overdue where overdue > 0: when = "\(days(overdue)) overdue (due \(item.date))"
            case let overdue: when = "due in \(days(-overdue)) (\(item.date))"
            }
            return "Revisit for client \(client): \(when). Agreement: session \(item.sessionID) (\(item.guideID))."
        case .wait:
            return "Wait for client \(client): \(days(item.daysOverdue)) past the estimate (\(item.date)). "
                + "Waiting for: \(item.waitingFor ?? "not recorded"). "
                + "Told of delays by: \(item.howToldOfDelays ?? "not recorded"). Session \(item.sessionID)."
        case .unfinished:
            return "Unfinished session for client \(client): started \(item.date), \(days(item.daysOverdue + 1)) ago "
                + "(\(item.guideID)). To carry on: keywork resume \(item.sessionID)"
        }
    }

    private static func describe(_ entry: DueList.Attention) -> String {
        switch entry.kind {
        case "does_not_verify":
            return "Session \(entry.sessionID) does not verify: \(entry.reason). It is left out of the list above."
        case AttentionLog.revisitRefused:
            let client = entry.clientReference.map { " for client \($0)" } ?? ""
            return "\(entry.time ?? "?"): a revisit\(client) was refused because session \(entry.sessionID) "
                + "does not verify: \(entry.reason)."
        case "revisit_date_unknown":
            return "Session \(entry.sessionID): its revisit date cannot be worked out: \(entry.reason)."
        default:
            return "\(entry.sessionID.isEmpty ? "" : "Session \(entry.sessionID): ")\(entry.reason)."
        }
    }

    private static func days(_ count: Int) -> String { count == 1 ? "1 day" : "\(count) days" }

    static func json(_ list: DueList) -> String {
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
        return String(decoding: document.encoded(), as: UTF8.self)
    }
}
