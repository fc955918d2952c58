/// The two files of a session folder, as bytes.
public struct SessionFiles: Sendable, Equatable {
    public var journal: [UInt8]
    public var seal: [UInt8]

    public init(journal: [UInt8], seal: [UInt8]) {
        self.journal = journal
        self.seal = seal
    }
}

/// Damages a sealed session the ways an editor, a disk or a forger would: bytes flipped, added or lost,
/// files cut short, lines swapped or repeated, seals, seal lines or journal lines taken from other sessions,
/// and values a forger plants (an admin role, a forged key, an impossible date, a self-link, an escape code).
public struct SessionMutator: Sendable {
    /// Other sessions (with other ids) whose seals and lines may be swapped in; never the original itself.
    public let donors: [SessionFiles]

    public init(donors: [SessionFiles]) {
        self.donors = donors
    }

    /// `original` with one to three mutations; may come back unchanged (a swap of equal lines, say).
    public func mutant(of original: SessionFiles, using random: inout SeededRandom) -> SessionFiles {
        var files = original
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            mutate(&files, using: &random)
        }
        return files
    }

    private func mutate(_ files: inout SessionFiles, using random: inout SeededRandom) {
        let donor = donors.randomElement(using: &random)
        let onSeal = Int.random(in: 0..<3, using: &random) == 0
        switch Int.random(in: 0..<14, using: &random) {
        case 13:
            plant(&files, using: &random)
        case 12:
            if onSeal { insertJSON(&files.seal, using: &random) } else { insertJSON(&files.journal, using: &random) }
        case 0, 1:
            if onSeal { flipByte(&files.seal, using: &random) } else { flipByte(&files.journal, using: &random) }
        case 2:
            if onSeal { insertBytes(&files.seal, using: &random) } else { insertBytes(&files.journal, using: &random) }
        case 3:
            if onSeal { deleteBytes(&files.seal, using: &random) } else { deleteBytes(&files.journal, using: &random) }
        case 4:
            if onSeal { truncate(&files.seal, using: &random) } else { truncate(&files.journal, using: &random) }
        case 5: editLines(&files.journal, using: &random)
        case 6: editLines(&files.seal, using: &random)
        case 7:
            if let donor { files.seal = donor.seal }
        case 8:
            // One line of another session's seal: its statement or its signature.
            if let donor { replaceLine(&files.seal, from: donor.seal, using: &random) }
        case 9:
            if let donor { replaceLine(&files.journal, from: donor.journal, using: &random) }
        case 10:
            if let donor {
                if onSeal { files.journal = donor.journal } else { files = donor }
            }
        default:
            // A plausible addition: the last line again, a blank line, or a line ending changed.
            let endings: [[UInt8]] = [[0x0A], [0x0D, 0x0A], [0x20]]
            if onSeal {
                files.seal += endings[Int.random(in: 0..<endings.count, using: &random)]
            } else {
                let lines = split(files.journal)
                files.journal += (lines.last { !$0.isEmpty } ?? []) + [0x0A]
            }
        }
    }

    /// What a forger writes in place of a value: an admin role, a key of small order or not canonical, a date
    /// that does not exist, a link to the session itself, or an escape code inside a name.
    private func plant(_ files: inout SessionFiles, using random: inout SeededRandom) {
        let forgedKey = ForgedKeys.base64(ForgedKeys.all.randomElement(using: &random)?.key ?? ForgedKeys.identity)
        let plantings: [(pattern: String, replacement: String)] = [
            (#""role":""#, #""role":"admin","x":""#),
            (#""key":""#, #""key":"\#(forgedKey)","x":""#),
            (#""device_key":""#, #""device_key":"\#(forgedKey)","x":""#),
            (#""time":"2026-"#, #""time":"2026-02-30T10:00:00.000Z","x":"2026-"#),
            (#""ts":"2026-"#, #""ts":"2026-13-01T10:00:00.000Z","x":"2026-"#),
            (
                #""links":["#,
                #""links":[{"session":"20261127-024630-a1b2c3","journal_sha256":"\#(String(repeating: "0", count: 64))"},"#
            ),
            (#""name":""#, #""name":"\u001b[2J\r\u001b[32mvalid "#),
        ]
        guard let planting = plantings.randomElement(using: &random) else { return }
        let onSeal = Bool.random(using: &random)
        var bytes = onSeal ? files.seal : files.journal
        let pattern = Array(planting.pattern.utf8)
        guard let start = bytes.indices.first(where: { bytes[$0...].starts(with: pattern) }) else { return }
        bytes.replaceSubrange(start..<start + pattern.count, with: Array(planting.replacement.utf8))
        if onSeal { files.seal = bytes } else { files.journal = bytes }
    }

    private func flipByte(_ bytes: inout [UInt8], using random: inout SeededRandom) {
        guard !bytes.isEmpty else { return }
        let index = Int.random(in: 0..<bytes.count, using: &random)
        if Bool.random(using: &random) {
            bytes[index] ^= UInt8(1) << UInt8.random(in: 0..<8, using: &random)
        } else {
            bytes[index] = UInt8.random(in: 0...255, using: &random)
        }
    }

    private func insertBytes(_ bytes: inout [UInt8], using random: inout SeededRandom) {
        let pieces: [[UInt8]] = [[0x20], [0x0A], [0x22], [0x7B], [0x30], [0x00], [0xFF], Array("\"x\":1,".utf8)]
        let piece = pieces[Int.random(in: 0..<pieces.count, using: &random)]
        bytes.insert(contentsOf: piece, at: Int.random(in: 0...bytes.count, using: &random))
    }

    /// JSON that a strict parser must refuse: deep nesting, huge or odd numbers, lone surrogates, control
    /// characters, duplicate keys.
    private func insertJSON(_ bytes: inout [UInt8], using random: inout SeededRandom) {
        let deep = Int.random(in: 60...5_000, using: &random)
        let pieces = [
            String(repeating: "[", count: deep) + String(repeating: "]", count: deep),
            String(repeating: "{\"a\":", count: deep) + "1" + String(repeating: "}", count: deep),
            "99999999999999999999", "-0", "1e5", "1.5", "01", "\"\\uD800\"", "\"\\u0000\"", "\"\u{1}\"",
            "\"\\x\"", "{\"seq\":1,\"seq\":2}", "\"é\"", "true", "null", "[1,]", "{,}",
        ]
        let piece = Array(pieces[Int.random(in: 0..<pieces.count, using: &random)].utf8)
        let colons = bytes.indices.filter { bytes[$0] == UInt8(ascii: ":") }
        if let colon = colons.randomElement(using: &random), Bool.random(using: &random) {
            // As a value: replace what follows a colon up to the next comma or brace.
            var end = colon + 1
            while end < bytes.count, ![UInt8(ascii: ","), UInt8(ascii: "}"), 0x0A].contains(bytes[end]) { end += 1 }
            bytes.replaceSubrange(colon + 1..<end, with: piece)
        } else {
            bytes.insert(contentsOf: piece, at: Int.random(in: 0...bytes.count, using: &random))
        }
    }

    private func deleteBytes(_ bytes: inout [UInt8], using random: inout SeededRandom) {
        guard !bytes.isEmpty else { return }
        let start = Int.random(in: 0..<bytes.count, using: &random)
        let length = min(Int.random(in: 1...40, using: &random), bytes.count - start)
        bytes.removeSubrange(start..<start + length)
    }

    private func truncate(_ bytes: inout [UInt8], using random: inout SeededRandom) {
        guard !bytes.isEmpty else { return }
        bytes.removeLast(Int.random(in: 1...bytes.count, using: &random))
    }

    private func editLines(_ bytes: inout [UInt8], using random: inout SeededRandom) {
        var lines = split(bytes)
        guard lines.count > 1 else { return }
        let index = Int.random(in: 0..<lines.count, using: &random)
        let other = Int.random(in: 0..<lines.count, using: &random)
        switch Int.random(in: 0..<3, using: &random) {
        case 0: lines.swapAt(index, other)
        case 1: lines.insert(lines[index], at: other)
        default: lines.remove(at: index)
        }
        bytes = join(lines)
    }

    private func replaceLine(_ bytes: inout [UInt8], from donor: [UInt8], using random: inout SeededRandom) {
        var lines = split(bytes)
        let donorLines = split(donor)
        guard !lines.isEmpty, !donorLines.isEmpty else { return }
        let index = Int.random(in: 0..<lines.count, using: &random)
        lines[index] = donorLines[min(index, donorLines.count - 1)]
        bytes = join(lines)
    }

    private func split(_ bytes: [UInt8]) -> [[UInt8]] {
        bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
    }

    private func join(_ lines: [[UInt8]]) -> [UInt8] {
        Array(lines.joined(separator: [0x0A]))
    }
}
