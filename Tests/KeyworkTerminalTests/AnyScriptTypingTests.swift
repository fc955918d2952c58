import KeyworkBuiltinGuides
import KeyworkGuides
import KeyworkScreen
import KeyworkSession
import KeyworkTerminal
import KeyworkTerminalTesting
import KeyworkTestSupport
import Testing

/// Words clients of UK drug services write, typed and pasted through the in-memory terminal into a real
/// session: the answer recorded is exactly what was typed, byte for byte, and every frame drawn on the way
/// is whole, with no cell a terminal would show stale.
@Suite struct AnyScriptTypingTests {
    /// Samples of the scripts the issue names, precomposed and decomposed where a script has both forms.
    static let samples: [(name: String, text: String)] = [
        ("Devanagari", "नमस्ते क्षत्रिय हिन्दी कि"),
        ("Tamil", "வணக்கம் தமிழ் க்ஷ ஸ்ரீ"),
        ("Thai", "สวัสดี คำ ที่ น้ำ"),
        ("Hangul jamo", "\u{1100}\u{1161}\u{11A8} \u{1112}\u{1161}\u{11AB}\u{1100}\u{116E}\u{11A8} 한국어"),
        ("Arabic", "السلام عليكم مَرْحَبًا"),
        ("Hebrew", "שָׁלוֹם עולם"),
        ("Polish", "Zażółć gęślą jaźń"),
        ("Vietnamese precomposed", "Tiếng Việt có dấu"),
        ("Vietnamese decomposed", "Tie\u{302}\u{301}ng Vie\u{323}\u{302}t co\u{301} da\u{302}\u{301}u"),
        ("accents as their own keys", "cafe\u{301} nai\u{308}ve"),
        ("emoji", "❤️ 👨‍👩 🇵🇱 👍🏽 🏴󠁧󠁢󠁳󠁣󠁴󠁿"),
        ("hexagrams", String(repeating: "䷀", count: 50)),
    ]

    /// The tour, at its text screen "In your own words".
    static func atTextScreen(size: TerminalSize, then steps: [InMemoryTerminal.Step]) -> InMemoryTerminal {
        InMemoryTerminal(size: size, script: [.key(.enter), .type("1"), .key(.enter)] + steps + [.key(.function(10))])
    }

    static func run(_ terminal: InMemoryTerminal) throws -> [SessionEvent] {
        let guide = try #require(BuiltinGuides.guide(id: "tour"))
        let state = SessionState(guide: guide, context: SessionContext(keyworker: "Sam", clientReference: "C-1"))
        let recorder = MemoryRecorder()
        _ = SessionRunner(state: state, backend: terminal, recorder: recorder).run(firstActions: [.start])
        return recorder.events
    }

    static func typedAnswers(_ events: [SessionEvent]) -> [String] {
        events.compactMap { event in
            if case .answered("in-your-words", .text(let text)) = event { return text }
            return nil
        }
    }

    static func notedQuestions(_ events: [SessionEvent]) -> [String] {
        events.compactMap { event in
            if case .questionNoted(_, _, let text) = event { return text }
            return nil
        }
    }

    @Test(arguments: [TerminalSize(columns: 80, rows: 24), TerminalSize(columns: 60, rows: 16)])
    func eachScriptTypedAScalarAtATimeIsRecordedExactlyAndDrawnWhole(size: TerminalSize) throws {
        for sample in Self.samples {
            let terminal = Self.atTextScreen(size: size, then: [.typeScalars(sample.text), .key(.enter)])
            let answers = Self.typedAnswers(try Self.run(terminal))
            #expect(answers.map { Array($0.utf8) } == [Array(sample.text.utf8)], "\(sample.name) at \(size)")
            #expect(terminal.drawingProblems.prefix(3) == [], "\(sample.name) at \(size)")
        }
    }

    @Test func eachScriptPastedIntoTheQuestionBoxIsNotedExactly() throws {
        var steps: [InMemoryTerminal.Step] = []
        for sample in Self.samples { steps += [.key(.function(2)), .key(.paste(sample.text)), .key(.enter)] }
        let terminal = Self.atTextScreen(size: TerminalSize(columns: 80, rows: 24), then: steps)
        let noted = Self.notedQuestions(try Self.run(terminal))
        #expect(noted.map { Array($0.utf8) } == Self.samples.map { Array($0.text.utf8) })
        #expect(terminal.drawingProblems.prefix(3) == [])
    }

    /// Every fully-qualified (RGI) emoji sequence of Unicode's emoji-test.txt, from Debian's unicode-data.
    static func rgiEmoji() throws -> [String] {
        let path = "/usr/share/unicode/emoji/emoji-test.txt"
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw MissingEmojiTest(path: path)
        }
        return text.split(separator: "\n").compactMap { line in
            guard let semicolon = line.firstIndex(of: ";"), line[semicolon...].contains("; fully-qualified") else {
                return nil
            }
            let scalars = line[..<semicolon].split(separator: " ").compactMap { UInt32($0, radix: 16) }
                .compactMap(Unicode.Scalar.init)
            return String(String.UnicodeScalarView(scalars))
        }
    }

    struct MissingEmojiTest: Error, CustomStringConvertible {
        let path: String
        var description: String { "\(path) is missing: install Debian's unicode-data (.ci/run does)" }
    }

    @Test func everyRGIEmojiSequenceTypedAndPastedIsNotedExactlyAndDrawnWhole() throws {
        let emoji = try Self.rgiEmoji()
        #expect(emoji.count > 3_600, "Unicode 15's emoji-test.txt lists 3,658 RGI sequences")
        // Twenty to a question, so the question box holds a few lines and every one of them is drawn.
        let batches = stride(from: 0, to: emoji.count, by: 20).map {
            emoji[$0..<min($0 + 20, emoji.count)].joined(separator: " ")
        }
        var steps: [InMemoryTerminal.Step] = []
        for batch in batches {
            steps += [.key(.function(2)), .typeScalars(batch), .key(.enter)]
            steps += [.key(.function(2)), .key(.paste(batch)), .key(.enter)]
        }
        let terminal = Self.atTextScreen(size: TerminalSize(columns: 80, rows: 24), then: steps)
        let noted = Self.notedQuestions(try Self.run(terminal))
        let expected = batches.flatMap { [$0, $0] }
        #expect(noted.count == expected.count)
        for (index, (got, want)) in zip(noted, expected).enumerated() where Array(got.utf8) != Array(want.utf8) {
            Issue.record("question \(index) was noted as \(got.debugDescription), typed \(want.debugDescription)")
            break
        }
        #expect(terminal.drawingProblems.prefix(3) == [])
        print(
            "emoji test: \(emoji.count) RGI emoji sequences typed and pasted, \(terminal.frames.count) frames checked")
    }
}
