import KeyworkGuides

/// The facts of a session as one JSON object of the due index (transcript-format.md §14). Only what is there is
/// written; dates are day numbers since 1970-01-01.
extension SessionFacts {
    var json: JSONValue {
        var members: [(String, JSONValue)] = [("id", .string(sessionID))]
        switch outcome {
        case .valid: members.append(("verdict", .string("valid")))
        case .unfinished: members.append(("verdict", .string("unfinished")))
        case .invalid(let reason): members += [("verdict", .string("invalid")), ("reason", .string(reason))]
        }
        func add(_ key: String, _ value: JSONValue?) {
            if let value { members.append((key, value)) }
        }
        add("sealed_at", sealedAt.map(JSONValue.string))
        add("sha256", journalSHA256.map(JSONValue.string))
        add("key", publicKey.map { .string(Hex.encode($0)) })
        if !links.isEmpty {
            add("links", .array(links.map { .array([.string($0.sessionID), .string($0.journalSHA256)]) }))
        }
        add("client", clientReference.map(JSONValue.string))
        if !guideID.isEmpty { members += [("guide", .string(guideID)), ("version", .string(guideVersion))] }
        if closedNotUsed { members.append(("closed_not_used", .bool(true))) }
        switch agreement {
        case .signed(let next)?: add("agreement", .object([("revisit", day(next))]))
        case .unreadable(let reason)?: add("agreement", .object([("unreadable", .string(reason))]))
        case nil: break
        }
        if let wait {
            add(
                "wait",
                .object([
                    ("date", day(wait.date)), ("waiting_for", wait.waitingFor.map(JSONValue.string) ?? .null),
                    ("told", wait.howToldOfDelays.map(JSONValue.string) ?? .null),
                ]))
        }
        add("no_agreement", noAgreementSince.map(day))
        add("review", nextReview.map(day))
        return .object(members)
    }

    /// The facts an index line holds, or nil when any part of it is not as `json` writes it.
    init?(json: JSONValue) {
        guard let id = json["id"]?.stringValue, Store.isValidSessionID(id) else { return nil }
        switch json["verdict"]?.stringValue {
        case "valid": self.init(sessionID: id, outcome: .valid)
        case "unfinished": self.init(sessionID: id, outcome: .unfinished)
        case "invalid":
            guard let reason = json["reason"]?.stringValue else { return nil }
            self.init(sessionID: id, outcome: .invalid(reason: reason))
        default: return nil
        }
        guard let sealedAt = Self.optional(json["sealed_at"], \.stringValue),
            let journalSHA256 = Self.optional(json["sha256"], \.stringValue),
            let key = Self.optional(json["key"], { $0.stringValue.flatMap(Hex.decode) }),
            let client = Self.optional(json["client"], \.stringValue),
            let wait = Self.optional(json["wait"], Self.wait),
            let noAgreement = Self.optional(json["no_agreement"], Self.day),
            let review = Self.optional(json["review"], Self.day),
            let agreement = Self.optional(json["agreement"], Self.agreement)
        else { return nil }
        (self.sealedAt, self.journalSHA256, publicKey, clientReference) = (sealedAt, journalSHA256, key, client)
        (self.wait, noAgreementSince, nextReview, self.agreement) = (wait, noAgreement, review, agreement)
        guideID = json["guide"]?.stringValue ?? ""
        guideVersion = json["version"]?.stringValue ?? ""
        closedNotUsed = json["closed_not_used"]?.boolValue ?? false
        for link in json["links"]?.arrayValue ?? [] {
            guard let id = link[0]?.stringValue, let hash = link[1]?.stringValue else { return nil }
            links.append(SessionLink(sessionID: id, journalSHA256: hash))
        }
    }

    /// `.some(nil)` when the member is absent, `.some(value)` when it reads, nil when it is there but wrong.
    private static func optional<Value>(_ value: JSONValue?, _ read: (JSONValue) -> Value?) -> Value?? {
        guard let value else { return .some(nil) }
        return read(value).map { .some($0) }
    }

    private func day(_ date: GuideDate?) -> JSONValue {
        date.map { .int(Int64($0.dayNumber)) } ?? .null
    }

    private static func day(_ value: JSONValue) -> GuideDate? {
        value.intValue.flatMap { abs($0) < 10_000_000 ? GuideDate(dayNumber: Int($0)) : nil }
    }

    private static func wait(_ value: JSONValue) -> Wait? {
        guard let date = value["date"].flatMap(day) else { return nil }
        return Wait(
            date: date, waitingFor: value["waiting_for"]?.stringValue, howToldOfDelays: value["told"]?.stringValue)
    }

    private static func agreement(_ value: JSONValue) -> Agreement? {
        if let reason = value["unreadable"]?.stringValue { return .unreadable(reason: reason) }
        guard let next = value["revisit"] else { return nil }
        if next == .null { return .signed(nextRevisit: nil) }
        return day(next).map { .signed(nextRevisit: $0) }
    }
}
