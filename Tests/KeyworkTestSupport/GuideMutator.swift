import Foundation

/// Makes broken guides from good ones, the ways people and disks break files: bytes flipped, lost or
/// repeated, lines spliced from other guides, indentation shifted, values of the wrong type, unknown keys,
/// truncation, bytes that are not UTF-8, and nesting or size up to the loader's limits.
public struct GuideMutator: Sendable {
    /// The guides mutations start from (built-in guides and fixtures), as bytes; never empty.
    public let seeds: [[UInt8]]
    /// Mutated guides are kept under this size, so one case stays quick.
    public static let sizeCap = 200_000

    public init(seeds: [[UInt8]]) {
        let usable = seeds.filter { !$0.isEmpty }
        self.seeds = usable.isEmpty ? [Array("keywork: 1\n".utf8)] : usable
    }

    /// The YAML files in `folder` (sorted by name), for use as seeds.
    public static func yamlFiles(in folder: String) -> [[UInt8]] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.sorted().filter { $0.hasSuffix(".yaml") }.compactMap { name in
            FileManager.default.contents(atPath: folder + "/" + name).map(Array.init)
        }
    }

    /// One mutated guide: a seed, or most often a few of its screens under its header, with one to four
    /// mutations applied. Short guides keep ten thousand cases quick in a debug build.
    public func mutant(using random: inout SeededRandom) -> [UInt8] {
        var bytes = seeds[Int.random(in: 0..<seeds.count, using: &random)]
        if Int.random(in: 0..<4, using: &random) > 0 { bytes = window(of: bytes, using: &random) }
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            mutate(&bytes, using: &random)
            if bytes.count > GuideMutator.sizeCap { bytes.removeLast(bytes.count - GuideMutator.sizeCap) }
        }
        return bytes
    }

    /// The guide's lines up to `screens:`, then one to three of its screens in a row.
    private func window(of bytes: [UInt8], using random: inout SeededRandom) -> [UInt8] {
        let own = lines(bytes)
        guard let screens = own.firstIndex(where: { $0.starts(with: Array("screens:".utf8)) }) else { return bytes }
        let starts = own.indices.filter { $0 > screens && own[$0].starts(with: Array("  - id:".utf8)) }
        guard !starts.isEmpty else { return bytes }
        let first = Int.random(in: 0..<starts.count, using: &random)
        let last = min(first + Int.random(in: 1...3, using: &random), starts.count)
        let end = last < starts.count ? starts[last] : own.count
        return join(Array(own[...screens]) + Array(own[starts[first]..<end]))
    }

    private func mutate(_ bytes: inout [UInt8], using random: inout SeededRandom) {
        guard !bytes.isEmpty else {
            bytes = seeds[0]
            return
        }
        switch Int.random(in: 0..<14, using: &random) {
        case 0: flipByte(&bytes, using: &random)
        case 1: deleteRange(&bytes, using: &random)
        case 2: duplicateRange(&bytes, using: &random)
        case 3: spliceLine(&bytes, using: &random)
        case 4: editLines(&bytes, using: &random)
        case 5: shiftIndentation(&bytes, using: &random)
        case 6: swapValueType(&bytes, using: &random)
        case 7: addUnknownKey(&bytes, using: &random)
        case 8: bytes.removeLast(Int.random(in: 1...bytes.count, using: &random))
        case 9: insertNonUTF8(&bytes, using: &random)
        case 10: insertDeepNesting(&bytes, using: &random)
        case 11: insertHugeValue(&bytes, using: &random)
        case 12: insertYAMLFeature(&bytes, using: &random)
        default: replaceByteWithSyntax(&bytes, using: &random)
        }
    }

    // MARK: Byte-level

    private func flipByte(_ bytes: inout [UInt8], using random: inout SeededRandom) {
        let index = Int.random(in: 0..<bytes.count, using: &random)
        bytes[index] ^= UInt8(1) << UInt8.random(in: 0..<8, using: &random)
    }

    private func deleteRange(_ bytes: inout [UInt8], using random: inout SeededRandom) {
        let start = Int.random(in: 0..<bytes.count, using: &random)
        let length = min(Int.random(in: 1...64, using: &random), bytes.count - start)
        bytes.removeSubrange(start..<start + length)
    }

    private func duplicateRange(_ bytes: inout [UInt8], using random: inout SeededRandom) {
        let start = Int.random(in: 0..<bytes.count, using: &random)
        let length = min(Int.random(in: 1...400, using: &random), bytes.count - start)
        let piece = bytes[start..<start + length]
        bytes.insert(contentsOf: piece, at: Int.random(in: 0...bytes.count, using: &random))
    }

    private func insertNonUTF8(_ bytes: inout [UInt8], using random: inout SeededRandom) {
        let bad: [[UInt8]] = [
            [0xFF], [0xC0, 0x80], [0x80], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80], [0xE2, 0x82],
        ]
        let piece = bad[Int.random(in: 0..<bad.count, using: &random)]
        bytes.insert(contentsOf: piece, at: Int.random(in: 0...bytes.count, using: &random))
    }

    private func replaceByteWithSyntax(_ bytes: inout [UInt8], using random: inout SeededRandom) {
        let syntax = Array(":-\"'{}[],#&*!|>%@`?\t\r\n\0 \u{7}\\".utf8)
        bytes[Int.random(in: 0..<bytes.count, using: &random)] =
            syntax[Int.random(in: 0..<syntax.count, using: &random)]
    }

    // MARK: Line-level

    private func lines(_ bytes: [UInt8]) -> [[UInt8]] {
        bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
    }

    private func join(_ lines: [[UInt8]]) -> [UInt8] {
        Array(lines.joined(separator: [UInt8(ascii: "\n")]))
    }

    private func spliceLine(_ bytes: inout [UInt8], using random: inout SeededRandom) {
        var own = lines(bytes)
        let donor = lines(seeds[Int.random(in: 0..<seeds.count, using: &random)])
        let count = Int.random(in: 1...6, using: &random)
        let from = Int.random(in: 0..<donor.count, using: &random)
        let piece = donor[from..<min(from + count, donor.count)]
        own.insert(contentsOf: piece, at: Int.random(in: 0...own.count, using: &random))
        bytes = join(own)
    }

    private func editLines(_ bytes: inout [UInt8], using random: inout SeededRandom) {
        var own = lines(bytes)
        let index = Int.random(in: 0..<own.count, using: &random)
        let other = Int.random(in: 0..<own.count, using: &random)
        switch Int.random(in: 0..<3, using: &random) {
        case 0: own.remove(at: index)
        case 1: own.insert(own[index], at: other)
        default: own.swapAt(index, other)
        }
        bytes = join(own)
    }

    private func shiftIndentation(_ bytes: inout [UInt8], using random: inout SeededRandom) {
        var own = lines(bytes)
        let index = Int.random(in: 0..<own.count, using: &random)
        let span = Int.random(in: 1...8, using: &random)
        for line in index..<min(index + span, own.count) {
            switch Int.random(in: 0..<4, using: &random) {
            case 0: own[line].insert(contentsOf: Array(repeating: UInt8(ascii: " "), count: 2), at: 0)
            case 1: own[line].insert(UInt8(ascii: "\t"), at: 0)
            default:
                let spaces = own[line].prefix { $0 == UInt8(ascii: " ") }.count
                own[line].removeFirst(min(spaces, Int.random(in: 1...4, using: &random)))
            }
        }
        bytes = join(own)
    }

    /// Replaces the value after a `key: ` with one of another type.
    private func swapValueType(_ bytes: inout [UInt8], using random: inout SeededRandom) {
        var own = lines(bytes)
        let withValues = own.indices.filter { own[$0].firstRange(of: Array(": ".utf8)) != nil }
        guard let index = withValues.randomElement(using: &random),
            let separator = own[index].firstRange(of: Array(": ".utf8))
        else { return }
        let values = [
            "[]", "{}", "42", "-7", "3.5", "true", "false", "~", "null", "\"\"", "''", "[a, b]", "{a: 1, b: [2]}",
            "2026-13-45", "2026-02-29", "99999999999999999999", "0x1F", ".inf", "!!binary aGVsbG8=", "|", ">-",
            "- x", "\"unterminated", "é漢字🙂", String(repeating: "long ", count: 400),
        ]
        own[index].replaceSubrange(separator.upperBound..., with: Array(values.pick(using: &random).utf8))
        bytes = join(own)
    }

    private func addUnknownKey(_ bytes: inout [UInt8], using random: inout SeededRandom) {
        var own = lines(bytes)
        let index = Int.random(in: 0..<own.count, using: &random)
        let indentation = own[index].prefix { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "-") }
            .map { $0 == UInt8(ascii: "-") ? UInt8(ascii: " ") : $0 }
        let keys = ["titel", "bodyy", "extra", "optoins", "zz-top", "id", "type", "screens", "when", "from"]
        own.insert(indentation + Array("\(keys.pick(using: &random)): surprise".utf8), at: index + 1)
        bytes = join(own)
    }

    // MARK: Structure and size

    /// Nests lists or mappings deeply, up to well past what a guide needs.
    private func insertDeepNesting(_ bytes: inout [UInt8], using random: inout SeededRandom) {
        let depth = Int.random(in: 8...300, using: &random)
        var piece: String
        switch Int.random(in: 0..<3, using: &random) {
        case 0: piece = String(repeating: "[", count: depth) + "x" + String(repeating: "]", count: depth)
        case 1: piece = String(repeating: "{a: ", count: depth) + "x" + String(repeating: "}", count: depth)
        default:
            piece =
                "\n"
                + (0..<min(depth, 120)).map { String(repeating: "  ", count: $0) + "- k\($0):" }
                .joined(separator: "\n") + " x"
        }
        var own = lines(bytes)
        let index = Int.random(in: 0..<own.count, using: &random)
        if let separator = own[index].firstRange(of: Array(": ".utf8)) {
            own[index].replaceSubrange(separator.upperBound..., with: Array(piece.utf8))
        } else {
            own.insert(Array(("nested: " + piece).utf8), at: index)
        }
        bytes = join(own)
    }

    /// Very long text, very many list items, or a whole guide's screens many times over.
    private func insertHugeValue(_ bytes: inout [UInt8], using random: inout SeededRandom) {
        var own = lines(bytes)
        let index = Int.random(in: 0..<own.count, using: &random)
        switch Int.random(in: 0..<3, using: &random) {
        case 0:
            let word = ["help ", "é", "漢", "🙂", "a"].pick(using: &random)
            own.insert(Array("title: \(String(repeating: word, count: 5_000))".utf8), at: index)
        case 1:
            let items = (0..<1_000).map { "o\($0)" }.joined(separator: ", ")
            own.insert(Array("    options: [\(items)]".utf8), at: index)
        default:
            let block = Array(own[index...].prefix(40))
            for _ in 0..<Int.random(in: 5...30, using: &random) { own.append(contentsOf: block) }
        }
        bytes = join(own)
    }

    /// YAML features a guide does not use: aliases, anchors, tags, documents, directives, complex keys.
    private func insertYAMLFeature(_ bytes: inout [UInt8], using random: inout SeededRandom) {
        let features = [
            "a: &x [1, 2]\nb: *x", "title: *missing", "? [a, b]\n: c", "--- \nkeywork: 1", "...", "%YAML 1.2\n---",
            "title: !!str 1", "title: !custom x", "<<: {id: merged}",
            "lol: &a [x, x, x, x, x, x, x, x, x, x]\n"
                + "lol2: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nlol3: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
                + "lol4: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n? *d\n: boom",
            "\u{FEFF}keywork: 1", "title: \"\\uD800\"", "title: \"\\x00\"", "id: \"\0\"",
        ]
        var own = lines(bytes)
        own.insert(Array(features.pick(using: &random).utf8), at: Int.random(in: 0...own.count, using: &random))
        bytes = join(own)
    }
}

extension Array where Element == String {
    /// A random element, or "" for an empty list (never the case for the fixed lists here).
    func pick(using random: inout SeededRandom) -> String {
        randomElement(using: &random) ?? ""
    }
}
