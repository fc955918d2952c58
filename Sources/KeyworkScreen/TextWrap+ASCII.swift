extension TextWrap {
    /// Whether every run is printable ASCII and line feeds only: one cell per byte, no tab, CR, control, soft
    /// hyphen or zero-width space. Nearly all guide text and Keywork's own English words are.
    static func isPlainASCII(_ runs: [StyledRun]) -> Bool {
        runs.allSatisfy { run in
            run.text.utf8.allSatisfy { ($0 >= 0x20 && $0 < 0x7F) || $0 == UInt8(ascii: "\n") }
        }
    }

    /// `wrap(_:width:)` for plain ASCII runs, by bytes: the same lines the general path gives (a seeded test
    /// compares them), without a `Character`, a width lookup or a `Glyph` per byte. Every piece breaks before at
    /// a space and ends at one, so only the general path's space and too-wide-word rules apply.
    static func wrapASCII(_ runs: [StyledRun], width: Int) -> [StyledLine] {
        typealias Cell = (byte: UInt8, role: StyleRole)
        var segments: [[Cell]] = [[]]
        for run in runs {
            for byte in run.text.utf8 {
                if byte == UInt8(ascii: "\n") {
                    segments.append([])
                } else {
                    segments[segments.count - 1].append((byte, run.role))
                }
            }
        }
        var lines: [[Cell]] = []
        for segment in segments {
            var current: [Cell] = []
            for word in segment.split(whereSeparator: { $0.byte == UInt8(ascii: " ") }) {
                let space = current.isEmpty ? 0 : 1
                if current.count + space + word.count <= width {
                    if let last = current.last, let first = word.first {
                        current.append((UInt8(ascii: " "), last.role == first.role ? last.role : .normal))
                    }
                    current += word
                    continue
                }
                if !current.isEmpty {
                    lines.append(current)
                    current = []
                }
                // A word wider than the line is cut at the line's width.
                var rest = word[...]
                while rest.count > width {
                    lines.append(Array(rest.prefix(width)))
                    rest = rest.dropFirst(width)
                }
                current = Array(rest)
            }
            lines.append(current)
        }
        return lines.map { cells in
            var line = StyledLine()
            var start = 0
            while start < cells.count {
                let role = cells[start].role
                var end = start
                while end < cells.count && cells[end].role == role { end += 1 }
                line.runs.append(StyledRun(String(decoding: cells[start..<end].map(\.byte), as: UTF8.self), role: role))
                start = end
            }
            return line
        }
    }
}
