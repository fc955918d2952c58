/// The text a screen shows, in two forms: the canonical text that its hash covers, and the separate text
/// fields that lint reads.
///
/// **Canonical text** (format 1) is one line per field, each `name: value` followed by a newline, with
/// `\` written `\\`, a newline written `\n` and a carriage return written `\r` in values. Lines come in this
/// order; a line in [brackets] is left out when the guide leaves that field out:
///
/// - every screen: `type: <type>`, `id: <id>`, [`title: <title>`]
/// - info: `body: <body>`
/// - choice: `prompt:`, then per option `option: <id>`, `label: <label>`, [`detail: <detail>`];
///   then `allow_other: true|false`, `optional: true|false`
/// - multi: `prompt:`, the options as for choice, [`min: <n>`], [`max: <n>`]
/// - text: `prompt:`, `optional: true|false`
/// - scale: `prompt:`, `min: <n>`, `max: <n>`, [`min_label:`], [`max_label:`]
/// - compare: [`prompt:`], per attribute `attribute: <id>`, `label: <label>`; then per option
///   `option: <id>`, `label: <label>`, per attribute in attribute order `value: <attribute id>: <text>`,
///   each `pro: <text>`, each `con: <text>`
/// - decision: `from: <id>`, [`prompt:`]
/// - availability: [`from: <id>`], [`prompt:`]
/// - sure: [`intro:`], then `question: <text>` for each of `SureScreen.questions`
/// - consent: [`intro:`], per statement `statement: <id>`, `text: <text>`, [`required: true`]; per signer in order
///   `signer: <role>`, `meaning: <meaning, the default when the guide gives none>`;
///   [`revisit_after_days: <n>`], `requires_sure: true|false`
/// - summary: [`intro:`]
/// - acknowledge: [`intro:`], per statement `statement: <id>`, `text: <text>`; then [`prompt:`]
/// - questions: `prompt:`
/// - weeks: `text:`, then per row `row: <id>`, `label: <label>`, [`amount: <unit>`]
/// - progress: [`text:`], then `show: <screen or screen.row>` for each answer shown
///
/// A `when:` condition, of a screen or of a consent statement, and a screen's `handout:` are not text the screen
/// shows, so they are not part of the canonical text (the guide's content hash covers them); a consent screen as shown (`SessionState.asShown`) lists only the statements shown.
/// Fixed wording that the session and screen layers add (key hints, the decision and availability forms)
/// is not part of the guide either, and is not covered.
public enum ScreenText {
    /// One piece of text that a screen shows, with a path naming where it came from.
    public struct Field: Sendable, Equatable {
        /// For example `title`, `prompt`, `option.stop.label`, `option.a.pro.1`, `statement.plan`.
        public var path: String
        public var text: String
    }

    /// The canonical text of a screen, as defined above.
    public static func canonicalText(of screen: Screen) -> String {
        var lines: [(String, String)] = [("type", screen.type.rawValue), ("id", screen.id)]
        if let title = screen.title { lines.append(("title", title)) }
        func add(_ name: String, _ value: String?) {
            if let value { lines.append((name, value)) }
        }
        func addOptions(_ options: [Option]) {
            for option in options {
                add("option", option.id)
                add("label", option.label)
                add("detail", option.detail)
            }
        }
        switch screen.content {
        case .info(let info):
            add("body", info.body)
        case .choice(let choice):
            add("prompt", choice.prompt)
            addOptions(choice.options)
            add("allow_other", String(choice.allowOther))
            add("optional", String(choice.optional))
        case .multi(let multi):
            add("prompt", multi.prompt)
            addOptions(multi.options)
            add("min", multi.min.map(String.init))
            add("max", multi.max.map(String.init))
        case .text(let text):
            add("prompt", text.prompt)
            add("optional", String(text.optional))
        case .scale(let scale):
            add("prompt", scale.prompt)
            add("min", String(scale.min))
            add("max", String(scale.max))
            add("min_label", scale.minLabel)
            add("max_label", scale.maxLabel)
        case .compare(let compare):
            add("prompt", compare.prompt)
            for attribute in compare.attributes {
                add("attribute", attribute.id)
                add("label", attribute.label)
            }
            for option in compare.options {
                add("option", option.id)
                add("label", option.label)
                for attribute in compare.attributes {
                    add("value", "\(attribute.id): \(option.values[attribute.id] ?? "")")
                }
                for pro in option.pros { add("pro", pro) }
                for con in option.cons { add("con", con) }
            }
        case .decision(let decision):
            add("from", decision.from)
            add("prompt", decision.prompt)
        case .availability(let availability):
            add("from", availability.from)
            add("prompt", availability.prompt)
        case .sure(let sure):
            add("intro", sure.intro)
            for question in SureScreen.questions { add("question", question) }
        case .consent(let consent):
            add("intro", consent.intro)
            for statement in consent.statements {
                add("statement", statement.id)
                add("text", statement.text)
                // Left out when false, so guides written before `required` keep their hashes.
                if statement.required { add("required", "true") }
            }
            for signer in consent.signers {
                add("signer", signer.rawValue)
                add("meaning", consent.meaning(for: signer))
            }
            add("revisit_after_days", consent.revisitAfterDays.map(String.init))
            add("requires_sure", String(consent.requiresSure))
        case .summary(let summary):
            add("intro", summary.intro)
        case .acknowledge(let acknowledge):
            add("intro", acknowledge.intro)
            for statement in acknowledge.statements {
                add("statement", statement.id)
                add("text", statement.text)
            }
            add("prompt", acknowledge.prompt)
        case .questions(let questions):
            add("prompt", questions.prompt)
        case .weeks(let weeks):
            add("text", weeks.text)
            for row in weeks.rows {
                add("row", row.id)
                add("label", row.label)
                add("amount", row.amount)
            }
        case .progress(let progress):
            add("text", progress.text)
            for item in progress.show { add("show", item.written) }
        }
        return lines.map { "\($0.0): \(escape($0.1))\n" }.joined()
    }

    /// `\` → `\\`, newline → `\n`, carriage return → `\r`, so that every value stays on one line.
    static func escape(_ value: String) -> String {
        // Nearly every value has none of the three, and is its own escaped form; hashing a guide escapes them all.
        guard value.utf8.contains(where: { escapedForm(of: $0) != nil }) else { return value }
        // The three are ASCII, and no byte of a longer UTF-8 sequence is ASCII, so bytes escape as scalars do.
        var result: [UInt8] = []
        result.reserveCapacity(value.utf8.count + 8)
        for byte in value.utf8 {
            if let letter = escapedForm(of: byte) {
                result.append(UInt8(ascii: "\\"))
                result.append(letter)
            } else {
                result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// The letter written after `\` for a byte that is escaped; nil for every other byte.
    private static func escapedForm(of byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "\\"): UInt8(ascii: "\\")
        case UInt8(ascii: "\n"): UInt8(ascii: "n")
        case UInt8(ascii: "\r"): UInt8(ascii: "r")
        default: nil
        }
    }

    /// Every piece of prose a screen shows, in reading order, then its `handout` text, for lint. Ids and numbers
    /// are left out.
    public static func fields(of screen: Screen) -> [Field] {
        var fields: [Field] = []
        _ = screen.transformingTextFields { path, text in
            fields.append(Field(path: path, text: text))
            return text
        }
        return fields
    }
}

extension Screen {
    /// The canonical text that `textHash` covers; see `ScreenText`.
    public var canonicalText: String { ScreenText.canonicalText(of: self) }
}
