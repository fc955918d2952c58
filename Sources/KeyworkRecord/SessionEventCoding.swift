import KeyworkGuides
import KeyworkSession

/// The journal's names and data for the session's events: `SessionEvent` ⇄ (`event`, `data`).
/// The field names are part of the transcript format (Docs/transcript-format.md).
public enum SessionEventCoding {
    public static func encode(_ event: SessionEvent) -> (name: String, data: JSONValue) {
        switch event {
        case .screenShown(let screen, let textHash):
            ("screen_shown", .object([("screen", .string(screen)), ("text_hash", .string(textHash))]))
        case .answered(let screen, let answer):
            ("answered", .object([("screen", .string(screen)), ("answer", encode(answer))]))
        case .answerChanged(let screen, let from, let to):
            (
                "answer_changed",
                .object([("screen", .string(screen)), ("from", encode(from)), ("to", encode(to))])
            )
        case .wentBack(let from, let to):
            ("went_back", .object([("from", .string(from)), ("to", .string(to))]))
        case .questionNoted(let number, let screen, let text):
            (
                "question_noted",
                .object([("number", .int(Int64(number))), ("screen", .string(screen)), ("text", .string(text))])
            )
        case .questionAnswered(let number, let answer):
            ("question_answered", .object([("number", .int(Int64(number))), ("answer", .string(answer))]))
        case .questionCarriedForward(let number):
            ("question_carried_forward", .object([("number", .int(Int64(number)))]))
        case .flagRaised(let screen, let words):
            ("flag_raised", .object([("screen", .string(screen)), ("words", optional(words))]))
        case .statementTicked(let screen, let statement):
            ("statement_ticked", .object([("screen", .string(screen)), ("statement", .string(statement))]))
        case .statementUnticked(let screen, let statement):
            ("statement_unticked", .object([("screen", .string(screen)), ("statement", .string(statement))]))
        case .statementNotAgreed(let screen, let statement, let text, let words):
            (
                "statement_not_agreed",
                .object([
                    ("screen", .string(screen)), ("statement", .string(statement)), ("text", .string(text)),
                    ("words", optional(words)),
                ])
            )
        case .noAgreementYet(let screen):
            ("no_agreement_yet", .object([("screen", .string(screen))]))
        case .closedNotUsed(let note):
            ("closed_not_used", .object([("note", optional(note))]))
        case .signed(let screen, let role, let name, let meaning, let textHash):
            (
                "signed",
                .object([
                    ("screen", .string(screen)), ("role", .string(role.rawValue)), ("name", .string(name)),
                    ("meaning", .string(meaning)), ("text_hash", .string(textHash)),
                ])
            )
        case .agreementWorded(let screen, let statements):
            (
                "agreement_worded",
                .object([
                    ("screen", .string(screen)),
                    ("statements", .array(statements.map(encode))),
                ])
            )
        case .privacyChanged(let on):
            (on ? "privacy_on" : "privacy_off", .object([]))
        case .paused(let screen):
            ("paused", .object([("screen", .string(screen))]))
        case .resumed(let note):
            ("resumed", .object([("note", optional(note))]))
        case .completed:
            ("completed", .object([]))
        case .earlierAgreementUntrusted(let session, let keyID):
            ("earlier_agreement_untrusted", .object([("session", .string(session)), ("key_id", .string(keyID))]))
        case .optionsShown(let screen, let options):
            (
                "options_shown",
                .object([("screen", .string(screen)), ("options", .array(options.map(JSONValue.string)))])
            )
        case .pageShown(let screen, let page):
            (
                "page_shown",
                .object([
                    ("screen", .string(screen)), ("option", optional(page.option)), ("page", .int(Int64(page.number))),
                    ("pages", .int(Int64(page.count))),
                ])
            )
        case .draftKept(let screen, let draft):
            (
                "draft_kept",
                .object([
                    ("screen", .string(screen)), ("options", .array(draft.options.map(JSONValue.string))),
                    ("text", optional(draft.text)), ("number", draft.number.map { .int(Int64($0)) } ?? .null),
                    ("fields", .object(draft.fields.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })),
                    ("picks", .object(draft.picks.sorted { $0.key < $1.key }.map { ($0.key, .int(Int64($0.value))) })),
                    ("question", optional(draft.question)), ("flag_words", optional(draft.flagWords)),
                ])
            )
        case .progressShown(let screen, let shown):
            ("progress_shown", ProgressShownCoding.encode(screen: screen, shown))
        }
    }

    /// Reads an event back; a name or shape this version does not know is an error, never a guess.
    public static func decode(name: String, data: JSONValue) throws(EventDecodingError) -> SessionEvent {
        let fields = Fields(name: name, value: data)
        switch name {
        case "screen_shown":
            return .screenShown(screen: try fields.string("screen"), textHash: try fields.string("text_hash"))
        case "answered":
            return .answered(screen: try fields.string("screen"), answer: try decodeAnswer(fields.field("answer")))
        case "answer_changed":
            return .answerChanged(
                screen: try fields.string("screen"), from: try decodeAnswer(fields.field("from")),
                to: try decodeAnswer(fields.field("to")))
        case "went_back":
            return .wentBack(from: try fields.string("from"), to: try fields.string("to"))
        case "question_noted":
            return .questionNoted(
                number: try fields.int("number"), screen: try fields.string("screen"), text: try fields.string("text"))
        case "question_answered":
            return .questionAnswered(number: try fields.int("number"), answer: try fields.string("answer"))
        case "question_carried_forward":
            return .questionCarriedForward(number: try fields.int("number"))
        case "flag_raised":
            return .flagRaised(screen: try fields.string("screen"), words: try fields.optionalString("words"))
        case "statement_ticked":
            return .statementTicked(screen: try fields.string("screen"), statement: try fields.string("statement"))
        case "statement_unticked":
            return .statementUnticked(screen: try fields.string("screen"), statement: try fields.string("statement"))
        case "statement_not_agreed":
            return .statementNotAgreed(
                screen: try fields.string("screen"), statement: try fields.string("statement"),
                text: try fields.string("text"), words: try fields.optionalString("words"))
        case "no_agreement_yet":
            return .noAgreementYet(screen: try fields.string("screen"))
        case "closed_not_used":
            return .closedNotUsed(note: try fields.optionalString("note"))
        case "signed":
            guard let role = SignerRole(rawValue: try fields.string("role")) else {
                throw EventDecodingError(event: name, problem: "the signer role is not one Keywork knows")
            }
            return .signed(
                screen: try fields.string("screen"), role: role, name: try fields.string("name"),
                meaning: try fields.string("meaning"), textHash: try fields.string("text_hash"))
        case "agreement_worded":
            return .agreementWorded(
                screen: try fields.string("screen"), statements: try fields.statements("statements"))
        case "privacy_on":
            return .privacyChanged(on: true)
        case "privacy_off":
            return .privacyChanged(on: false)
        case "paused":
            return .paused(screen: try fields.string("screen"))
        case "resumed":
            return .resumed(note: try fields.optionalString("note"))
        case "completed":
            return .completed
        case "earlier_agreement_untrusted":
            return .earlierAgreementUntrusted(session: try fields.string("session"), keyID: try fields.string("key_id"))
        case "options_shown":
            return .optionsShown(screen: try fields.string("screen"), options: try fields.strings("options"))
        case "page_shown":
            return .pageShown(
                screen: try fields.string("screen"),
                page: ScreenPage(
                    option: try fields.optionalString("option"), number: try fields.int("page"),
                    count: try fields.int("pages")))
        case "draft_kept":
            return .draftKept(
                screen: try fields.string("screen"),
                draft: ScreenDraft(
                    options: try fields.strings("options"), text: try fields.optionalString("text"),
                    number: try fields.optionalInt("number"), fields: try fields.stringsByKey("fields"),
                    picks: try fields.numbersByKey("picks"), question: try fields.optionalString("question"),
                    flagWords: try fields.optionalString("flag_words")))
        case "progress_shown":
            return try ProgressShownCoding.decode(data)
        default:
            throw EventDecodingError(event: name, problem: "this version of Keywork does not know this event")
        }
    }

    static func encode(_ answer: Answer) -> JSONValue {
        switch answer {
        case .choice(let option, let other):
            .object([("type", .string("choice")), ("option", .string(option)), ("other", optional(other))])
        case .multi(let options):
            .object([("type", .string("multi")), ("options", .array(options.map(JSONValue.string)))])
        case .text(let text):
            .object([("type", .string("text")), ("text", .string(text))])
        case .skipped:
            .object([("type", .string("skipped"))])
        case .scale(let value):
            .object([("type", .string("scale")), ("value", .int(Int64(value)))])
        case .decision(let decision):
            .object([
                ("type", .string("decision")), ("preferred", .string(decision.preferred)),
                ("reasons", .string(decision.reasons)), ("keyworker_view", .string(decision.keyworkerView.rawValue)),
                ("risks", optional(decision.risks)), ("risk_reduction_steps", optional(decision.riskReductionSteps)),
                ("accepted", .bool(decision.accepted)), ("not_accepted_reason", optional(decision.notAcceptedReason)),
                ("agreed_option", optional(decision.agreedOption)), ("agreed_other", optional(decision.agreedOther)),
            ])
        case .availability(let wait):
            .object([
                ("type", .string("availability")), ("available_now", .bool(wait.availableNow)),
                ("how_plan_differs", optional(wait.howPlanDiffers)), ("extra_support", optional(wait.extraSupport)),
                ("transfer_later", wait.transferLater.map(JSONValue.bool) ?? .null),
                ("estimated_wait_weeks", wait.estimatedWaitWeeks.map { .int(Int64($0)) } ?? .null),
                ("how_told_of_delays", optional(wait.howToldOfDelays)), ("contact", optional(wait.contact)),
            ])
        case .sure(let check):
            .object([
                ("type", .string("sure")), ("answers", .array(check.answers.map(JSONValue.bool))),
                ("way_on", optional(check.wayOn?.rawValue)),
            ])
        case .acknowledged(let agreed, let present):
            .object([
                ("type", .string("acknowledged")), ("agreed", .int(Int64(agreed))), ("present", .int(Int64(present))),
            ])
        case .weeks(let weeks):
            WeeksAnswerCoding.encode(weeks)
        }
    }

    static func decodeAnswer(_ value: JSONValue) throws(EventDecodingError) -> Answer {
        let fields = Fields(name: "answer", value: value)
        switch try fields.string("type") {
        case "choice":
            return .choice(option: try fields.string("option"), other: try fields.optionalString("other"))
        case "multi":
            return .multi(options: try fields.strings("options"))
        case "text":
            return .text(try fields.string("text"))
        case "skipped":
            return .skipped
        case "scale":
            return .scale(try fields.int("value"))
        case "decision":
            guard let view = Decision.KeyworkerView(rawValue: try fields.string("keyworker_view")) else {
                throw EventDecodingError(event: "answer", problem: "the keyworker's view is not agree or concerns")
            }
            return .decision(
                Decision(
                    preferred: try fields.string("preferred"), reasons: try fields.string("reasons"),
                    keyworkerView: view, risks: try fields.optionalString("risks"),
                    riskReductionSteps: try fields.optionalString("risk_reduction_steps"),
                    accepted: try fields.bool("accepted"),
                    notAcceptedReason: try fields.optionalString("not_accepted_reason"),
                    // Journals written before the plan agreed instead was asked for have neither key.
                    agreedOption: try fields.optionalStringIfPresent("agreed_option"),
                    agreedOther: try fields.optionalStringIfPresent("agreed_other")))
        case "availability":
            return .availability(
                Availability(
                    availableNow: try fields.bool("available_now"),
                    howPlanDiffers: try fields.optionalString("how_plan_differs"),
                    extraSupport: try fields.optionalString("extra_support"),
                    transferLater: try fields.optionalBool("transfer_later"),
                    estimatedWaitWeeks: try fields.optionalInt("estimated_wait_weeks"),
                    howToldOfDelays: try fields.optionalString("how_told_of_delays"),
                    contact: try fields.optionalString("contact")))
        case "sure":
            let wayOn = try fields.optionalString("way_on")
            guard let answers = try? fields.bools("answers") else {
                throw EventDecodingError(event: "answer", problem: "the SURE answers are not a list of yes/no")
            }
            let way = try wayOn.map { (raw) throws(EventDecodingError) -> SureCheck.WayOn in
                guard let way = SureCheck.WayOn(rawValue: raw) else {
                    throw EventDecodingError(event: "answer", problem: "the SURE way on is not one Keywork knows")
                }
                return way
            }
            return .sure(SureCheck(answers: answers, wayOn: way))
        case "acknowledged":
            return .acknowledged(agreed: try fields.int("agreed"), present: try fields.int("present"))
        case "weeks":
            return .weeks(try WeeksAnswerCoding.decode(value))
        case let other:
            throw EventDecodingError(event: "answer", problem: "the answer type '\(other)' is not one Keywork knows")
        }
    }

    /// A statement as `agreement_worded` lists it: `{id, text}`, with `required: true` only when it is required.
    private static func encode(_ statement: ConsentScreen.Statement) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("id", .string(statement.id)), ("text", .string(statement.text))]
        if statement.required { pairs.append(("required", .bool(true))) }
        return .object(pairs)
    }

    private static func optional(_ text: String?) -> JSONValue {
        text.map(JSONValue.string) ?? .null
    }
}

/// An event in a journal whose data does not have the shape its name promises.
public struct EventDecodingError: Error, Sendable, Equatable, CustomStringConvertible {
    public var event: String
    public var problem: String

    public var description: String { "the '\(event)' event cannot be read: \(problem)" }
}

/// Typed reads of an event's data object, each failing with a plain reason.
private struct Fields {
    let name: String
    let value: JSONValue

    func field(_ key: String) throws(EventDecodingError) -> JSONValue {
        guard case .object(let pairs) = value else {
            throw EventDecodingError(event: name, problem: "its data is not an object")
        }
        guard let found = pairs.first(where: { $0.0 == key }) else {
            throw EventDecodingError(event: name, problem: "it has no '\(key)'")
        }
        return found.1
    }

    func string(_ key: String) throws(EventDecodingError) -> String {
        guard case .string(let text) = try field(key) else { throw wrongType(key, "text") }
        return text
    }

    func optionalString(_ key: String) throws(EventDecodingError) -> String? {
        switch try field(key) {
        case .null: return nil
        case .string(let text): return text
        default: throw wrongType(key, "text or null")
        }
    }

    func int(_ key: String) throws(EventDecodingError) -> Int {
        guard case .int(let number) = try field(key), let small = Int(exactly: number) else {
            throw wrongType(key, "a whole number")
        }
        return small
    }

    /// Like `optionalString`, but a key that is not there at all reads as nil too: for keys added to an event
    /// after journals without them were sealed.
    func optionalStringIfPresent(_ key: String) throws(EventDecodingError) -> String? {
        guard case .object(let pairs) = value, pairs.contains(where: { $0.0 == key }) else { return nil }
        return try optionalString(key)
    }

    func optionalInt(_ key: String) throws(EventDecodingError) -> Int? {
        if case .null = try field(key) { return nil }
        return try int(key)
    }

    func bool(_ key: String) throws(EventDecodingError) -> Bool {
        guard case .bool(let flag) = try field(key) else { throw wrongType(key, "true or false") }
        return flag
    }

    func optionalBool(_ key: String) throws(EventDecodingError) -> Bool? {
        if case .null = try field(key) { return nil }
        return try bool(key)
    }

    func statements(_ key: String) throws(EventDecodingError) -> [ConsentScreen.Statement] {
        guard case .array(let items) = try field(key) else { throw wrongType(key, "a list of {id, text}") }
        var result: [ConsentScreen.Statement] = []
        for item in items {
            let keys = item.objectKeys
            guard keys == ["id", "text"] || (keys == ["id", "text", "required"] && item["required"] == .bool(true)),
                let id = item["id"]?.stringValue, let text = item["text"]?.stringValue
            else { throw wrongType(key, "a list of {id, text}") }
            result.append(ConsentScreen.Statement(id: id, text: text, required: keys?.count == 3))
        }
        return result
    }

    func strings(_ key: String) throws(EventDecodingError) -> [String] {
        guard case .array(let items) = try field(key) else { throw wrongType(key, "a list of text") }
        var result: [String] = []
        for item in items {
            guard case .string(let text) = item else { throw wrongType(key, "a list of text") }
            result.append(text)
        }
        return result
    }

    func stringsByKey(_ key: String) throws(EventDecodingError) -> [String: String] {
        guard case .object(let members) = try field(key) else { throw wrongType(key, "an object of text") }
        var result: [String: String] = [:]
        for (name, value) in members {
            guard case .string(let text) = value else { throw wrongType(key, "an object of text") }
            result[name] = text
        }
        return result
    }

    func numbersByKey(_ key: String) throws(EventDecodingError) -> [String: Int] {
        guard case .object(let members) = try field(key) else { throw wrongType(key, "an object of whole numbers") }
        var result: [String: Int] = [:]
        for (name, value) in members {
            guard case .int(let number) = value, let small = Int(exactly: number) else {
                throw wrongType(key, "an object of whole numbers")
            }
            result[name] = small
        }
        return result
    }

    func bools(_ key: String) throws(EventDecodingError) -> [Bool] {
        guard case .array(let items) = try field(key) else { throw wrongType(key, "a list of true or false") }
        var result: [Bool] = []
        for item in items {
            guard case .bool(let flag) = item else { throw wrongType(key, "a list of true or false") }
            result.append(flag)
        }
        return result
    }

    private func wrongType(_ key: String, _ expected: String) -> EventDecodingError {
        EventDecodingError(event: name, problem: "'\(key)' should be \(expected)")
    }
}
