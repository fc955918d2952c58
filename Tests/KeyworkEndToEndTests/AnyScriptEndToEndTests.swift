import Foundation
import KeyworkScreen
import Testing

/// Typing in many scripts into the real binary in tmux: every sample is stored exactly as typed, and drawn
/// aligned, as tmux itself places it: the field's underline ends at the same column on every row, no row is
/// wider than the window, and tmux's cursor is where the next character goes.
@Suite struct AnyScriptEndToEndTests {
    static let samples = [
        "नमस्ते क्षत्रिय हिन्दी कि", "வணக்கம் தமிழ் க்ஷ", "สวัสดี คำ ที่ น้ำ", "\u{1100}\u{1161}\u{11A8} 한국어",
        "السلام عليكم", "שָׁלוֹם עולם", "Zażółć gęślą jaźń", "Tiếng Việt có dấu",
        "Tie\u{302}\u{301}ng Vie\u{323}\u{302}t", "cafe\u{301}", "❤️ 👨‍👩 🇵🇱 👍🏽", String(repeating: "䷀", count: 30),
    ]

    /// How many cells tmux gives a captured row: each character its glibc width, marks none.
    static func cells(_ row: Substring) -> Int {
        row.unicodeScalars.reduce(0) { $0 + max(0, DisplayWidth.of($1)) }
    }

    /// The screen's scalars without spaces, line ends and the field's underline, to find typed text in it
    /// however the field wrapped it. A zero-width joiner is never drawn (tmux would join what follows it).
    static func compact(_ text: String) -> [UInt32] {
        text.unicodeScalars.filter { !$0.properties.isWhitespace && $0 != "_" && $0 != "\u{200D}" }.map(\.value)
    }

    static func shows(_ screen: String, _ typed: String) -> Bool {
        let shown = compact(screen)
        let wanted = compact(typed)
        guard wanted.count <= shown.count else { return false }
        return (0...(shown.count - wanted.count)).contains { Array(shown[$0..<$0 + wanted.count]) == wanted }
    }

    /// The text answers recorded in the store's only session.
    static func typedAnswers(in storePath: String) throws -> [String] {
        let store = StoreContents(root: storePath)
        return try store.events(try store.onlySessionID()).filter { $0.eventName == "answered" }
            .compactMap { ($0.eventData["answer"] as? [String: Any])?["text"] as? String }
    }

    @Test(arguments: [(80, 24), (60, 16)])
    func everySampleTypedIntoATextAnswerIsStoredExactlyAndDrawnAligned(columns: Int, rows: Int) throws {
        let storePath = try KeyworkBinary.temporaryStore()
        let walk = try TourWalk.start(store: storePath, columns: columns, rows: rows)
        try walk.passWelcome()
        try walk.chooseFocus(1)
        try walk.tmux.waitFor(TourWalk.inYourWordsText)
        // The text answer's field runs from the left margin to the right one, two cells each.
        let fieldEnd = columns - 2
        var typed = ""
        for sample in Self.samples {
            let text = typed.isEmpty ? sample : " " + sample
            try walk.tmux.type(text)
            typed += text
            let screen = try walk.tmux.waitUntil("the sample \(sample.debugDescription)") { Self.shows($0, typed) }
            let fieldRows = screen.split(separator: "\n").filter { $0.hasPrefix("  ") && $0.hasSuffix("_") }
            #expect(!fieldRows.isEmpty, "the field shows at \(columns)x\(rows):\n\(screen)")
            for row in screen.split(separator: "\n") {
                #expect(Self.cells(row) <= columns, "no row wider than the window: \(row)")
            }
            for row in fieldRows {
                #expect(Self.cells(row) == fieldEnd, "the underline ends where the field ends: \(row)")
            }
            if let last = fieldRows.last {
                let underline = last.reversed().prefix { $0 == "_" }.count
                let cursor = try walk.tmux.cursor()
                #expect(cursor.column == Self.cells(last) - underline, "the cursor is where typing goes: \(last)")
            }
        }
        try walk.tmux.send("Enter")
        try walk.tmux.waitFor(TourWalk.hopeText)
        #expect(try walk.pauseWithF10() == 0)
        let answers = try Self.typedAnswers(in: storePath)
        #expect(answers.map { Array($0.utf8) } == [Array(typed.utf8)], "stored byte for byte as typed")
    }

    @Test func underACLocaleTypedLettersAreKeptAndTheFieldSaysTheyCannotBeShown() throws {
        let storePath = try KeyworkBinary.temporaryStore()
        let walk = try TourWalk.start(store: storePath, environment: ["LANG": "C", "LC_ALL": "C"])
        try walk.passWelcome()
        try walk.chooseFocus(1)
        try walk.tmux.waitFor(TourWalk.inYourWordsText)
        try walk.tmux.type("Zażółć 中文 ok")
        try walk.tmux.waitFor("Za???? ? ?  ok")
        try walk.tmux.waitFor(words: "What you type is kept exactly as typed")
        // A byte that is not UTF-8 is one replacement character; what follows it is kept.
        try walk.tmux.sendBytes([0x20, 0x63, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x6B])
        try walk.tmux.waitFor("ok caf? ok")
        try walk.tmux.send("Enter")
        try walk.tmux.waitFor(TourWalk.hopeText)
        #expect(try walk.pauseWithF10() == 0)
        let answers = try Self.typedAnswers(in: storePath)
        #expect(answers.map { Array($0.utf8) } == [Array("Zażółć 中文 ok caf\u{FFFD} ok".utf8)])
    }
}
