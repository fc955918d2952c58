import Foundation
import KeyworkForgery
import KeyworkGuides
import KeyworkRecord
import KeyworkSession
import Testing

/// Escape codes typed at the screen or planted in a record, in every field that is ever printed, reach no
/// terminal: verify, due, export, resume, error messages and the line mode all show them as `\u{1B}`.
@Suite struct EscapedOutputEndToEndTests {
    /// Clears the screen, moves to the start of the line, fakes a "valid" line in green, and turns the text around.
    static let attack = "\u{1B}[2J\r\u{1B}[32mvalid    sealed by Sam\u{1B}[0m\u{9B}2J\u{202E}"

    /// Fails the test when `text` holds anything a terminal would act on (a line feed apart).
    static func expectNothingActs(
        in text: String, _ what: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let acting = text.unicodeScalars.filter {
            ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) || $0.value == 0x202E
        }
        #expect(
            acting.isEmpty, "\(what) sent \(acting.map { String($0.value, radix: 16) })", sourceLocation: sourceLocation
        )
    }

    static func expectNothingActs(
        in result: KeyworkBinary.Result, _ what: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        expectNothingActs(in: result.output, what + " (stdout)", sourceLocation: sourceLocation)
        expectNothingActs(in: result.errors, what + " (stderr)", sourceLocation: sourceLocation)
    }

    @Test func aSessionTypedWithEscapeCodesInTheLineModePrintsNoneOfThem() throws {
        let store = try KeyworkBinary.temporaryStore()
        var lines = PlainModeEndToEndTests.tourLines
        for (index, line) in lines.enumerated() where line.count > 3 {
            lines[index] = line.hasPrefix("question ") ? line + Self.attack : Self.attack + line
        }
        // A reference or name is refused whole, said escaped (older and hand-made records are below, in due's tests).
        for option in ["--client", "--keyworker"] {
            var arguments = ["session", "--guide", "tour", "--client", "C-1", "--keyworker", "Sam", "--store", store]
            arguments[arguments.firstIndex(of: option)! + 1] += Self.attack
            let refused = try KeyworkBinary.run(arguments + ["--plain"], environment: ["TERM": "dumb"], input: "\n")
            #expect(refused.status == 64, "\(option): \(refused.errors)")
            #expect(refused.errors.contains("error: \(option) holds \\u{1B}"), "\(refused.errors)")
            Self.expectNothingActs(in: refused, "the refusal of \(option)")
        }
        let session = try KeyworkBinary.run(
            ["session", "--guide", "tour", "--client", "C-1", "--keyworker", "Sam", "--store", store, "--plain"],
            environment: ["TERM": "dumb"], input: lines.joined(separator: "\n") + "\n")
        Self.expectNothingActs(in: session, "the line mode")
        #expect(session.output.contains("\\u{1B}[2J"), "what was typed is shown, escaped")
        let id = try StoreContents(root: store).onlySessionID()
        for format in ["text", "markdown", "html"] {
            let copy = try KeyworkBinary.run(["export", id, "--format", format, "--store", store])
            #expect(copy.status == 0, "\(format): \(copy.errors)")
            Self.expectNothingActs(in: copy, "export --format \(format)")
        }
        let verified = try KeyworkBinary.run(["verify", "--store", store])
        #expect(verified.status == 0, "\(verified.output)\(verified.errors)")
        Self.expectNothingActs(in: verified, "verify")
    }

    /// Records a session of the due tests' guide with the attack in every field a person gave.
    func record(in due: DueStore, on date: String, seal: Bool = true) throws -> String {
        let context = SessionContext(keyworker: "Sam" + Self.attack, clientReference: "C-2" + Self.attack)
        let journal = try SessionJournal.start(
            store: due.store, guide: due.guide, context: context, deviceKey: due.key, clock: { DueStore.noon(date) })
        defer { journal.close() }
        var state = SessionState(guide: due.guide, context: context)
        let wait = Availability(
            availableNow: false, howPlanDiffers: Self.attack, extraSupport: Self.attack, transferLater: true,
            estimatedWaitWeeks: 1, howToldOfDelays: "A call" + Self.attack, contact: Self.attack)
        let actions: [SessionAction] = [
            .start, .proceed, .submit(.decision(Decision(preferred: "rehab", reasons: Self.attack))),
            .submit(.availability(wait)), .tick(statement: "meet", ticked: true),
            .tick(statement: "safe", ticked: true),
            .sign(role: .client, name: "Jo" + Self.attack), .sign(role: .keyworker, name: "Sam" + Self.attack),
            .proceed,
        ]
        for action in seal ? actions : Array(actions.prefix(4)) {
            try journal.record(try Session.reduce(&state, action))
        }
        if seal { _ = try journal.seal(keyworker: "Sam" + Self.attack, key: due.key) }
        return journal.sessionID
    }

    @Test func aRecordWithEscapeCodesInEveryFieldPrintsNoneOfThem() throws {
        let due = try DueStore()
        let sealed = try record(in: due, on: "2026-10-01")
        _ = try record(in: due, on: "2026-10-02", seal: false)
        // A renamed folder, and a seal whose duplicated key carries a fake "valid" line.
        try FileManager.default.createDirectory(
            atPath: due.store.sessionsFolder + "/renamed" + Self.attack, withIntermediateDirectories: true)
        let damaged = try due.session(client: "C-3", on: "2026-10-03", DueStore.agreement(waitWeeks: nil))
        let sealPath = due.store.sessionFolder(damaged) + "/seal.sig"
        let key = #"\r\u001b[2K\u001b[32m"# + damaged + "  valid    sealed by Sam (keyworker), this device"
        var text = try String(contentsOfFile: sealPath, encoding: .utf8)
        text = text.replacingOccurrences(of: #"{"session":"#, with: #"{"\#(key)":1,"\#(key)":2,"session":"#)
        try text.write(toFile: sealPath, atomically: true, encoding: .utf8)

        let store = ["--store", due.root]
        let verified = try KeyworkBinary.run(["verify"] + store)
        #expect(verified.status == 1)
        Self.expectNothingActs(in: verified, "verify of the store")
        // The fake line stays inside the damaged session's own line, which says INVALID from its start.
        let damagedLines = verified.output.split(separator: "\n").filter { $0.contains(damaged) }
        #expect(damagedLines.count == 1)
        #expect(damagedLines.first?.hasPrefix("\(damaged)  INVALID  the seal's statement is not valid JSON") == true)
        for arguments in [["due", "--today", "2026-11-01"], ["due", "--json", "--today", "2026-11-01"]] {
            let listed = try KeyworkBinary.run(arguments + store)
            Self.expectNothingActs(in: listed, arguments.joined(separator: " "))
            #expect(
                listed.output.contains("C-2\\u{1B}[2J") || listed.output.contains(#"C-2\u001b[2J"#), "\(listed.output)")
        }
        for format in ["text", "markdown", "html"] {
            let copy = try KeyworkBinary.run(["export", sealed, "--format", format] + store)
            #expect(copy.status == 0, "\(copy.errors)")
            Self.expectNothingActs(in: copy, "export --format \(format)")
        }
        let resumed = try KeyworkBinary.run(["resume", "--plain"] + store, environment: ["TERM": "dumb"], input: "")
        Self.expectNothingActs(in: resumed, "the resume listing")
        #expect(resumed.output.contains("C-2\\u{1B}[2J"), "\(resumed.output)")
        let refused = try KeyworkBinary.run(["revisit", damaged, "--plain"] + store, input: "")
        #expect(refused.status == 1)
        Self.expectNothingActs(in: refused, "a refused revisit")
        let listedAgain = try KeyworkBinary.run(["due"] + store)
        Self.expectNothingActs(in: listedAgain, "due, with the refusal in the attention log")
    }

    @Test func errorMessagesShowWhatTheyQuoteEscaped() throws {
        let store = try KeyworkBinary.temporaryStore()
        for arguments in [
            ["verify", "nowhere" + Self.attack, "--store", store],
            ["export", "20261127-024630-a1b2c3" + Self.attack, "--store", store],
            ["key", "trust", store + "/missing" + Self.attack + ".pub", "--name", "Laptop", "--store", store],
            ["key", "trust", "/dev/null", "--name", "Laptop" + Self.attack, "--store", store],
            ["lint", store + "/guide" + Self.attack + ".yaml"],
        ] {
            let result = try KeyworkBinary.run(arguments)
            #expect(result.status != 0 && result.status < 128, "\(arguments): \(result.status)")
            Self.expectNothingActs(in: result, arguments.prefix(2).joined(separator: " "))
        }
    }
}
