import KeyworkTestSupport
import Testing

@testable import KeyworkScreen

/// Random grapheme cluster sequences, from a fixed seed, typed a scalar at a time into a text field and then
/// edited at random: nothing traps, what was typed is stored byte for byte, each edit changes exactly what
/// it should, and the field always draws as a whole frame.
@Suite struct TextFieldFuzzTests {
    static let seed: UInt64 = 20_261_216
    static let sequences = 10_000

    /// Scalars that start clusters: letters of many scripts, emoji, regional indicators, and some that
    /// glibc does not know (Unicode 15's shaking face, an unassigned code point).
    static let bases: [ClosedRange<UInt32>] = [
        0x61...0x7A, 0xE0...0xFF, 0x105...0x17E, 0x5D0...0x5EA, 0x627...0x64A, 0x915...0x939, 0xB95...0xBB9,
        0xE01...0xE2E, 0x1100...0x1112, 0xAC00...0xAC40, 0x4E00...0x4E40, 0x4DC0...0x4DC8, 0x1F300...0x1F64F,
        0x1F466...0x1F469, 0x1F1E6...0x1F1FF, 0x1FAE8...0x1FAE8, 0x378...0x378, 0xE000...0xE001,
    ]
    /// Scalars that join the cluster before them: accents, vowel signs, viramas, Thai marks, conjoining
    /// jamo, Arabic and Hebrew points, variation selectors, skin tones, tags and the joiners.
    static let marks: [ClosedRange<UInt32>] = [
        0x300...0x36F, 0x93E...0x94D, 0xBBE...0xBCD, 0xE31...0xE3A, 0xE47...0xE4E, 0x1161...0x1175, 0x11A8...0x11C2,
        0x64B...0x652, 0x5B0...0x5BD, 0xFE0E...0xFE0F, 0x1F3FB...0x1F3FF, 0xE0020...0xE007F, 0x200C...0x200D,
    ]
    /// Scalars that sit between clusters: spaces, a zero-width space, a soft hyphen.
    static let between: [UInt32] = [0x20, 0x200B, 0xAD, 0x3000]

    static func scalar(from ranges: [ClosedRange<UInt32>], using random: inout SeededRandom) -> Unicode.Scalar {
        let range = ranges.randomElement(using: &random) ?? 0x61...0x61
        return Unicode.Scalar(UInt32.random(in: range, using: &random)) ?? "?"
    }

    /// A random run of clusters: bases with marks on them, lone marks, ZWJ pairs and things in between.
    static func clusters(using random: inout SeededRandom) -> String {
        var text = String.UnicodeScalarView()
        for _ in 0..<Int.random(in: 1...12, using: &random) {
            switch Int.random(in: 0..<10, using: &random) {
            case 0: text.append(scalar(from: marks, using: &random))
            case 1: text.append(Unicode.Scalar(between.randomElement(using: &random) ?? 0x20) ?? " ")
            default:
                text.append(scalar(from: bases, using: &random))
                for _ in 0..<Int.random(in: 0...4, using: &random) { text.append(scalar(from: marks, using: &random)) }
                if Bool.random(using: &random) && Bool.random(using: &random) {
                    text.append("\u{200D}")
                    text.append(scalar(from: [0x1F466...0x1F469, 0x2764...0x2764], using: &random))
                }
            }
        }
        return String(text)
    }

    @Test func randomClusterSequencesAreStoredExactlyAndEveryEditDoesWhatItSays() {
        var edits = 0
        for index in 0..<Self.sequences {
            var random = SeededRandom(seed: Self.seed &+ UInt64(index) &* 0x9E37_79B9)
            let input = Self.clusters(using: &random)
            var field = TextFieldTests.typed(input)
            guard Array(field.text.utf8) == Array(input.utf8) else {
                Issue.record(
                    "sequence \(index) was stored as \(field.text.debugDescription), not \(input.debugDescription)")
                return
            }
            for _ in 0..<Int.random(in: 0...12, using: &random) {
                edits += 1
                if let problem = Self.edit(&field, using: &random) {
                    Issue.record("sequence \(index) (seed \(Self.seed)): \(problem)")
                    return
                }
            }
            let size = TerminalSize(
                columns: Int.random(in: 60...100, using: &random), rows: Int.random(in: 16...24, using: &random))
            var prompt = PromptView(title: "Fuzz", explanation: ["Type anything."])
            prompt.field = field
            let frame = prompt.render(size: size, options: RenderOptions(unicode: Bool.random(using: &random)))
            let problems = FrameCheck.problems(in: frame)
            guard problems.isEmpty, frame.cursor != nil else {
                Issue.record(
                    "sequence \(index) drew a broken frame at \(size): \(problems), cursor \(String(describing: frame.cursor))"
                )
                return
            }
        }
        print(
            "text field fuzz: \(Self.sequences) random cluster sequences, seed \(Self.seed), \(edits) edits, all stored exactly"
        )
    }

    /// One random edit, checked against String's own clusters of the text before it; the problem, if any.
    static func edit(_ field: inout TextField, using random: inout SeededRandom) -> String? {
        let before = field
        let clusters = Array(before.text)
        guard before.cursor >= 0 && before.cursor <= clusters.count else { return "the cursor left the text" }
        let head = Array(String(clusters[..<before.cursor]).utf8)
        let tail = Array(String(clusters[before.cursor...]).utf8)
        var expected: [UInt8]?
        switch Int.random(in: 0..<8, using: &random) {
        case 0, 1:
            let typed = scalar(from: bases + marks, using: &random)
            _ = field.edit(.character(Character(typed)))
            expected = head + Array(String(typed).utf8) + tail
        case 2:
            let pasted = Self.clusters(using: &random)
            _ = field.edit(.paste(pasted))
            expected = head + Array(pasted.utf8) + tail
        case 3:
            _ = field.edit(.backspace)
            if before.cursor > 0 {
                expected = Array(String(clusters[..<(before.cursor - 1)]).utf8) + tail
            }
        case 4:
            _ = field.edit(.delete)
            if before.cursor < clusters.count {
                expected = head + Array(String(clusters[(before.cursor + 1)...]).utf8)
            }
        default:
            let move: Key = [.left, .right, .home, .end].randomElement(using: &random) ?? .left
            _ = field.edit(move)
        }
        let bytes = Array(field.text.utf8)
        if bytes != (expected ?? Array(before.text.utf8)) {
            return "an edit at \(before.cursor) of \(before.text.debugDescription) made \(field.text.debugDescription)"
        }
        if field.cursor < 0 || field.cursor > field.text.count {
            return "the cursor \(field.cursor) left \(field.text.debugDescription)"
        }
        return nil
    }
}
