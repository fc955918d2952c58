import Foundation
import KeyworkApp
import KeyworkConfig
import KeyworkRecord
import KeyworkScreen
import KeyworkTerminalTesting
import Testing

/// A client reference or a keyworker's name is sealed for good and shown on the shared screen, the copy and `due`:
/// one that is empty or holds what a terminal acts on is refused where it is given, and nothing is started.
@Suite struct RecordedNameTests {
    @Test func aNameIsTrimmedAndAnyScriptIsKept() {
        #expect(RecordedName.checked("  C-1042\t") == .success("C-1042"))
        #expect(RecordedName.checked("Anjali Sharma") == .success("Anjali Sharma"))
        // Hindi needs its joiners, Thai its marks: neither acts on a terminal.
        #expect(RecordedName.checked("क्\u{200D}ष") == .success("क्\u{200D}ष"))
        #expect(RecordedName.checked("สมชาย") == .success("สมชาย"))
    }

    @Test func anEmptyNameOrOneThatActsOnATerminalIsRefused() {
        #expect(RecordedName.checked("") == .failure(.empty))
        #expect(RecordedName.checked(" \t ") == .failure(.empty))
        #expect(RecordedName.checked("C-10\u{1B}[2J42") == .failure(.actingCharacter("\u{1B}")))
        #expect(RecordedName.checked("C-10\t42") == .failure(.actingCharacter("\t")))
        #expect(RecordedName.checked("C-10\u{9B}2J") == .failure(.actingCharacter("\u{9B}")))
        #expect(RecordedName.checked("Sam \u{202E}nivek") == .failure(.actingCharacter("\u{202E}")))
        #expect(RecordedName.checked("Sam\u{2028}Bench") == .failure(.actingCharacter("\u{2028}")))
    }

    @Test func aReferenceOrNameGivenOnTheCommandLineThatCannotBeRecordedStartsNothing() throws {
        let app = try AppFixture()
        let cases: [(String, (SessionLauncher) throws -> LaunchResult)] = [
            (
                "--client holds \\u{1B}",
                { try $0.startSession(guideName: "tour", client: "C-1\u{1B}[2J", keyworker: "Sam") }
            ),
            ("--client is empty", { try $0.startSession(guideName: "tour", client: "  ", keyworker: "Sam") }),
            (
                "--keyworker holds \\u{202E}",
                { try $0.startSession(guideName: "tour", client: "C-1", keyworker: "\u{202E}maS") }
            ),
            ("--client holds \\u{7}", { try $0.startRevisit(client: "C-1\u{7}", session: nil, keyworker: "Sam") }),
            ("--facilitator holds \\u{A}", { try $0.startGroup(guideName: nil, facilitator: "Sam\nBench") }),
        ]
        for (message, start) in cases {
            let io = ScriptedLines(["1", "1", "1"])
            let failure = try #require(throws: Failure.self) { try start(app.plainLauncher(io)) }
            #expect(failure.status == .usage)
            #expect(failure.description.hasPrefix("error: " + message), "\(failure.description)")
            #expect(failure.description.contains("note: give it again"))
            #expect(io.output.isEmpty && io.linesLeft == 3, "nothing was asked or shown before the refusal")
        }
        #expect(try app.store.listSessions().isEmpty)
        #expect(!FileManager.default.fileExists(atPath: app.root + "/keys/device.key"), "not even a key was made")
    }

    @Test func aReferenceWithSpacesAroundItIsRecordedWithout() throws {
        let app = try AppFixture()
        let paused = try app.plainLauncher(ScriptedLines(Array(AppFixture.wholeTour.prefix(2)))).startSession(
            guideName: "tour", client: " C-1042  ", keyworker: "  Sam ")
        let id = try app.onlySessionID()
        #expect(paused == .paused(sessionID: id))
        #expect(AgreementLookup.clientReference(ofSession: id, in: app.store) == "C-1042")
        #expect(try app.verify(id).outcome == .unfinished)
    }

    @Test func aTypedReferenceThatCannotBeRecordedIsAskedAgainWithWhy() throws {
        let app = try AppFixture()
        let io = ScriptedLines(["C-10\u{1B}[2J42", "C-1042"] + Array(AppFixture.wholeTour.prefix(1)))

        let result = try app.plainLauncher(io).startSession(guideName: "tour", client: nil, keyworker: "Sam")

        let id = try app.onlySessionID()
        #expect(result == .paused(sessionID: id))
        #expect(io.output.contains("A control character (\\u{1B}) cannot be saved."))
        #expect(!io.output.contains("\u{1B}"), "the refused text is never sent back to the terminal")
        #expect(AgreementLookup.clientReference(ofSession: id, in: app.store) == "C-1042")
    }

    @Test func aPastedReferenceWithADirectionOverrideIsAskedForAgain() throws {
        let app = try AppFixture()
        // The text field already drops C0 and C1 controls as they are typed or pasted; an override gets through.
        let terminal = InMemoryTerminal(
            size: TerminalSize(columns: 80, rows: 24),
            script: [
                .key(.paste("C-10\u{202E}42")), .key(.enter),  // refused: said, and asked again
                .key(.escape),  // back: nothing started
            ])

        let result = try app.fullScreenLauncher(terminal).startSession(guideName: "tour", client: nil, keyworker: "Sam")

        #expect(result == .leftBeforeStarting)
        let asked = try #require(terminal.frames.last { $0.text.contains("Type the agency's reference") })
        #expect(asked.text.contains("A control character (\\u{202E}) cannot be saved"), "\(asked.text)")
        #expect(!asked.text.contains("C-1042") && asked.text.contains("  ______"), "the field is empty again")
        #expect(try app.store.listSessions().isEmpty)
        #expect(terminal.drawingProblems.isEmpty, "\(terminal.drawingProblems)")
    }

    @Test func aTypedKeyworkerNameThatCannotBeRecordedIsNeitherRememberedNorUsed() throws {
        let app = try AppFixture()
        let io = ScriptedLines(["Sam\u{202E}Bench", "Sam Bench", "C-1042"] + Array(AppFixture.wholeTour.prefix(1)))

        _ = try app.plainLauncher(io).startSession(guideName: "tour", client: nil, keyworker: nil)

        #expect(io.output.contains("(\\u{202E})"))
        #expect(KeyworkerProfile.name(in: app.store) == "Sam Bench")
    }

    @Test func aRememberedNameThatActsOnATerminalIsAskedForAgain() throws {
        let app = try AppFixture()
        try app.store.prepare()
        try Data("keywork-profile/1\nkeyworker: Sam\u{1B}[2J\n".utf8).write(
            to: URL(fileURLWithPath: app.root + "/profile"))
        #expect(KeyworkerProfile.name(in: app.store) == nil)
    }
}
