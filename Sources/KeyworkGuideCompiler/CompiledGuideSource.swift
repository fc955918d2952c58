import KeyworkDiagnostics
import KeyworkGuides

/// Writes loaded guides as Swift source that builds the same `Guide` values: the compiled built-in guides that the
/// CompileBuiltinGuides plugin adds to KeyworkBuiltinGuides at build time.
///
/// Every stored property of every guide type is written out; `CompiledBuiltinGuidesTests` checks that each compiled
/// guide equals the one loaded from its YAML, so a property this misses fails that test.
enum CompiledGuideSource {
    /// One built-in guide to compile: its id (its file name) and the guide loaded from its YAML.
    struct Entry {
        let id: String
        let guide: Guide
    }

    static func file(_ entries: [Entry]) -> String {
        var out = """
            // swift-format-ignore-file
            // Generated at build time from BuiltinGuides/*.yaml by KeyworkGuideCompiler (the CompileBuiltinGuides
            // plugin runs it): do not edit. A changed guide is compiled again by the next build.

            import KeyworkDiagnostics
            import KeyworkGuides

            extension BuiltinGuides {
                /// The ids of the compiled guides, sorted.
                static let compiledIDs: [String] = [\(entries.map { literal($0.id) }.joined(separator: ", "))]

                /// The compiled form of the built-in guide `id`; nil when there is none.
                static func compiledGuide(id: String) -> Guide? {
                    switch id {

            """
        for entry in entries {
            out +=
                "        case \(literal(entry.id)): return \(functionName(entry.id))()\n"
        }
        out += "        default: return nil\n        }\n    }\n"
        for entry in entries {
            out += "\n    private static func \(functionName(entry.id))() -> Guide {\n"
            out += "        let file = \(literal(entry.guide.origin))\n"
            out += "        return " + guide(entry.guide, indent: 2) + "\n    }\n"
        }
        out += """

                private static func at(_ file: String, _ line: Int, _ column: Int) -> SourceLocation {
                    SourceLocation(file: file, line: line, column: column)
                }
            }

            """
        return out
    }

    static func functionName(_ id: String) -> String {
        "guide_" + id.map { $0.isLetter || $0.isNumber ? String($0) : "_" }.joined()
    }

    // MARK: The model

    static func guide(_ guide: Guide, indent: Int) -> String {
        call(
            "Guide",
            [
                ("formatVersion", "\(guide.formatVersion)"), ("id", literal(guide.id)), ("title", literal(guide.title)),
                ("version", literal(guide.version)), ("language", literal(guide.language)),
                ("mode", ".\(guide.mode.rawValue)"),
                ("participants", guide.participants.map { ".\($0.rawValue)" } ?? "nil"),
                ("status", guide.status.map { ".\($0.rawValue)" } ?? "nil"), ("reviewedBy", optional(guide.reviewedBy)),
                ("reviewed", date(guide.reviewed)), ("reviewBy", date(guide.reviewBy)),
                ("sources", array(guide.sources.map(literal), indent: indent + 1)), ("notice", optional(guide.notice)),
                ("repeatAfterDays", int(guide.repeatAfterDays)),
                ("screens", array(guide.screens.map { screen($0, indent: indent + 2) }, indent: indent + 1)),
                ("origin", literal(guide.origin)), ("contentHash", literal(guide.contentHash)),
                ("fieldLocations", locations(guide.fieldLocations, indent: indent + 1)),
            ], indent: indent)
    }

    static func screen(_ screen: Screen, indent: Int) -> String {
        call(
            "Screen",
            [
                ("id", literal(screen.id)), ("title", optional(screen.title)),
                ("when", screen.when.map(condition) ?? "nil"), ("handout", optional(screen.handout)),
                ("content", content(screen.content, indent: indent + 1)),
                ("location", location(screen.location)), ("textHash", literal(screen.textHash)),
                ("fieldLocations", locations(screen.fieldLocations, indent: indent + 1)),
            ], indent: indent)
    }

    static func condition(_ condition: Condition) -> String {
        let test =
            switch condition.test {
            case .isOption(let option): ".isOption(\(literal(option)))"
            case .isNotOption(let option): ".isNotOption(\(literal(option)))"
            case .anyOf(let options): ".anyOf([\(options.map(literal).joined(separator: ", "))])"
            }
        return
            "Condition(screen: \(literal(condition.screen)), test: \(test), location: \(location(condition.location)))"
    }

    static func content(_ content: ScreenContent, indent: Int) -> String {
        let inner = indent
        switch content {
        case .info(let s):
            return ".info(InfoScreen(body: \(literal(s.body))))"
        case .choice(let s):
            return ".choice("
                + call(
                    "ChoiceScreen",
                    [
                        ("prompt", literal(s.prompt)), ("options", options(s.options, indent: inner + 1)),
                        ("allowOther", "\(s.allowOther)"), ("optional", "\(s.optional)"),
                    ], indent: inner) + ")"
        case .multi(let s):
            return ".multi("
                + call(
                    "MultiScreen",
                    [
                        ("prompt", literal(s.prompt)), ("options", options(s.options, indent: inner + 1)),
                        ("min", int(s.min)), ("max", int(s.max)),
                    ], indent: inner) + ")"
        case .text(let s):
            return ".text(TextScreen(prompt: \(literal(s.prompt)), optional: \(s.optional)))"
        case .scale(let s):
            return ".scale("
                + call(
                    "ScaleScreen",
                    [
                        ("prompt", literal(s.prompt)), ("min", "\(s.min)"), ("max", "\(s.max)"),
                        ("minLabel", optional(s.minLabel)), ("maxLabel", optional(s.maxLabel)),
                    ], indent: inner) + ")"
        case .compare(let s):
            let attributes = s.attributes.map {
                "CompareScreen.Attribute(id: \(literal($0.id)), label: \(literal($0.label)))"
            }
            let columns = s.options.map { column in
                call(
                    "CompareScreen.Column",
                    [
                        ("id", literal(column.id)), ("label", literal(column.label)),
                        ("values", dictionary(column.values.mapValues(literal), indent: inner + 3)),
                        ("pros", array(column.pros.map(literal), indent: inner + 3)),
                        ("cons", array(column.cons.map(literal), indent: inner + 3)),
                    ], indent: inner + 2)
            }
            return ".compare("
                + call(
                    "CompareScreen",
                    [
                        ("prompt", optional(s.prompt)), ("attributes", array(attributes, indent: inner + 1)),
                        ("options", array(columns, indent: inner + 1)),
                    ], indent: inner) + ")"
        case .decision(let s):
            return ".decision(DecisionScreen(from: \(literal(s.from)), prompt: \(optional(s.prompt))))"
        case .availability(let s):
            return ".availability(AvailabilityScreen(from: \(optional(s.from)), prompt: \(optional(s.prompt))))"
        case .sure(let s):
            return ".sure(SureScreen(intro: \(optional(s.intro))))"
        case .consent(let s):
            let meanings = s.meanings.sorted { $0.key.rawValue < $1.key.rawValue }
                .map { ".\($0.key.rawValue): \(literal($0.value))" }
            return ".consent("
                + call(
                    "ConsentScreen",
                    [
                        ("intro", optional(s.intro)), ("statements", statements(s.statements, indent: inner + 1)),
                        ("signers", "[\(s.signers.map { ".\($0.rawValue)" }.joined(separator: ", "))]"),
                        ("meanings", meanings.isEmpty ? "[:]" : "[\(meanings.joined(separator: ", "))]"),
                        ("revisitAfterDays", int(s.revisitAfterDays)), ("requiresSure", "\(s.requiresSure)"),
                    ], indent: inner) + ")"
        case .summary(let s):
            return ".summary(SummaryScreen(intro: \(optional(s.intro))))"
        case .acknowledge(let s):
            return ".acknowledge("
                + call(
                    "AcknowledgeScreen",
                    [
                        ("intro", optional(s.intro)), ("statements", statements(s.statements, indent: inner + 1)),
                        ("prompt", optional(s.prompt)),
                    ], indent: inner) + ")"
        case .questions(let s):
            return ".questions(QuestionsScreen(prompt: \(literal(s.prompt))))"
        case .weeks(let s):
            let rows = s.rows.map {
                "WeeksScreen.Row(id: \(literal($0.id)), label: \(literal($0.label)), amount: \(optional($0.amount)))"
            }
            return ".weeks(WeeksScreen(text: \(literal(s.text)), rows: \(array(rows, indent: inner + 1))))"
        case .progress(let s):
            let items = s.show.map { "ProgressScreen.Item(screen: \(literal($0.screen)), row: \(optional($0.row)))" }
            return ".progress(ProgressScreen(text: \(optional(s.text)), show: \(array(items, indent: inner + 1))))"
        }
    }

    static func options(_ options: [Option], indent: Int) -> String {
        array(
            options.map {
                "Option(id: \(literal($0.id)), label: \(literal($0.label)), detail: \(optional($0.detail)))"
            }, indent: indent)
    }

    static func statements(_ statements: [ConsentScreen.Statement], indent: Int) -> String {
        array(
            statements.map { statement in
                var arguments = "id: \(literal(statement.id)), text: \(literal(statement.text))"
                // Only what a statement has, so the usual statement stays one short line.
                if statement.required { arguments += ", required: true" }
                if let when = statement.when { arguments += ", when: \(condition(when))" }
                return "ConsentScreen.Statement(\(arguments))"
            },
            indent: indent)
    }

    // MARK: Swift syntax

    static func call(_ name: String, _ arguments: [(String, String)], indent: Int) -> String {
        let pad = String(repeating: "    ", count: indent + 1)
        let lines = arguments.map { "\(pad)\($0.0): \($0.1)" }.joined(separator: ",\n")
        return "\(name)(\n\(lines)\n\(String(repeating: "    ", count: indent)))"
    }

    static func array(_ items: [String], indent: Int) -> String {
        guard !items.isEmpty else { return "[]" }
        let pad = String(repeating: "    ", count: indent + 1)
        return "[\n" + items.map { pad + $0 + ",\n" }.joined() + String(repeating: "    ", count: indent) + "]"
    }

    static func dictionary(_ items: [String: String], indent: Int) -> String {
        guard !items.isEmpty else { return "[:]" }
        return array(items.keys.sorted().map { "\(literal($0)): \(items[$0] ?? "")" }, indent: indent)
    }

    static func locations(_ locations: [String: SourceLocation], indent: Int) -> String {
        dictionary(locations.mapValues(location), indent: indent)
    }

    /// Every location in a guide is in the guide's own file, the `file` constant of its function.
    static func location(_ location: SourceLocation) -> String {
        "at(file, \(location.line), \(location.column))"
    }

    static func date(_ date: GuideDate?) -> String {
        date.map { "GuideDate(year: \($0.year), month: \($0.month), day: \($0.day))" } ?? "nil"
    }

    static func int(_ value: Int?) -> String {
        value.map { "\($0)" } ?? "nil"
    }

    static func optional(_ text: String?) -> String {
        text.map(literal) ?? "nil"
    }

    /// A Swift string literal of `text`: quotes, backslashes and control characters escaped, the rest as is.
    static func literal(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) {
                    out += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
