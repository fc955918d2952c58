import KeyworkGuides
import KeyworkSession
import KeyworkWords

/// A revisit's summary: what is different from last time, the old wording beside the new, in two
/// columns that wrap within the width (so it fits 60x16 and up), each difference said in words too.
enum RevisitChangesLayout {
    static func table(_ outcomes: [StatementOutcome], into body: inout Body) {
        let words = body.words
        let rows = outcomes.compactMap { row($0, words: words) }
        if rows.isEmpty {
            body.text(words[.revisitNothingDifferent])
            return
        }
        let divider = " " + body.glyphs.vertical + " "
        let columnWidth = max(8, (body.width - DisplayWidth.of(divider)) / 2)
        body.add(
            pair(
                StyledLine(words[.revisitLastTime], role: .emphasis), StyledLine(words[.revisitNow], role: .emphasis),
                columnWidth, divider))
        body.add(StyledLine(String(repeating: body.glyphs.horizontal, count: min(body.width, columnWidth * 2 + 3))))
        for (index, row) in rows.enumerated() {
            if index > 0 { body.gap() }
            let left = TextWrap.wrap([StyledRun(row.earlier)], width: columnWidth)
            let right = TextWrap.wrap(row.now, width: columnWidth)
            for line in 0..<max(left.count, right.count) {
                body.add(
                    pair(
                        line < left.count ? left[line] : StyledLine(), line < right.count ? right[line] : StyledLine(),
                        columnWidth, divider))
            }
        }
        let unchanged = outcomes.count - rows.count
        if unchanged > 0 {
            body.gap()
            body.text(words(.revisitOthersStillRight, ["count": .number(unchanged)]))
        }
    }

    /// Two cells side by side, the left padded to its column.
    private static func pair(_ left: StyledLine, _ right: StyledLine, _ width: Int, _ divider: String) -> StyledLine {
        let padding = String(repeating: " ", count: max(0, width - left.width))
        return StyledLine(left.runs + [StyledRun(padding + divider)] + right.runs)
    }

    /// The earlier wording and what stands now, for a statement that is not simply still right.
    private static func row(_ outcome: StatementOutcome, words: Words) -> (earlier: String, now: [StyledRun])? {
        let earlier = outcome.earlier.text
        switch outcome.verdict {
        case .stillRight:
            return nil
        case .notReviewed:
            return (earlier, [StyledRun(words[.revisitNotLookedAt], role: .dim)])
        case .toTalkAbout:
            return (
                earlier,
                [StyledRun(words[.revisitToTalkAbout] + " ", role: .emphasis), StyledRun(words[.revisitWordingStays])]
            )
        case .talkedAbout(let decided):
            return (
                earlier,
                [
                    StyledRun(words[.revisitTalkedAbout] + " ", role: .emphasis), StyledRun(decided + " "),
                    StyledRun(words[.revisitOldWordingStays]),
                ]
            )
        case .changeUnfinished:
            return (earlier, [StyledRun(words[.revisitChangeUnfinished], role: .dim)])
        case .changed(let text):
            return (earlier, [StyledRun(words[.revisitChanged] + " ", role: .emphasis), StyledRun(text)])
        case .changeNotAgreed(let proposed, let reason):
            var runs = [StyledRun(words[.revisitNotAgreed] + " ", role: .warning), StyledRun(proposed)]
            if let reason { runs.append(StyledRun(" " + words(.revisitWhy, ["reason": .text(reason)]))) }
            runs.append(StyledRun(" " + words[.revisitOldWordingStays]))
            return (earlier, runs)
        }
    }
}
