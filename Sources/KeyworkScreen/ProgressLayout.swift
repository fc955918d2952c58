import KeyworkGuides
import KeyworkSession
import KeyworkWords

/// Draws a progress screen: for each answer it charts, one line per session, oldest first and today's last,
/// each with its date, a bar and the number beside it; "This is the first one" when there is nothing earlier;
/// and, named, every earlier session left out because it did not verify.
package enum ProgressLayout {
    static func body(_ progress: ProgressScreen, screen: Screen, session: SessionState, into body: inout Body) {
        let words = body.words
        if let text = progress.text {
            body.runs(GuideText.emphasis(text))
            body.gap()
        }
        let shown = session.progressShown[screen.id] ?? ProgressShown.of(progress, earlier: session.context.earlier)
        if shown.sessions.isEmpty {
            body.text(words[.progressFirstOne], role: .emphasis)
            body.gap()
        }
        for line in lines(
            of: ProgressSeries.of(screen, in: session), width: body.width, unicode: body.options.unicode, words: words)
        {
            body.add(line)
        }
        for leftOut in shown.leftOut {
            body.gap()
            body.text(leftOutWords(leftOut, words: words), role: .warning)
        }
    }

    /// "Left out: the session of 2026-03-02 (id) did not pass its check."
    package static func leftOutWords(_ leftOut: EarlierResults.LeftOut, words: Words) -> String {
        words(
            .progressLeftOut,
            ["date": .text(leftOut.date ?? words[.progressDateUnknown]), "session": .text(leftOut.sessionID)])
    }

    /// The charts as lines: a heading per answer, then a line per session with date, bar and number, and the
    /// amount on a using day after the number where the row has one (the bar is shortened to leave it room).
    package static func lines(of charts: [ProgressSeries], width: Int, unicode: Bool, words: Words) -> [StyledLine] {
        var lines: [StyledLine] = []
        let today = words[.progressToday]
        let dateWidth = max(10, DisplayWidth.of(today))
        let notAnswered = words[.weeksNotAnswered]
        for (index, chart) in charts.enumerated() {
            if index > 0 { lines.append(StyledLine()) }
            let heading = words(
                .progressRange,
                [
                    "label": .text(chart.label), "min": .number(chart.range.lowerBound),
                    "max": .number(chart.range.upperBound),
                ])
            lines += TextWrap.wrap([StyledRun(heading, role: .emphasis)], width: width, prefix: [])
            let numberWidth = String(chart.range.upperBound).count
            let amounts = chart.points.map { chart.amountText($0, words: words).map { "  " + $0 } ?? "" }
            let amountWidth = amounts.map(DisplayWidth.of).max() ?? 0
            let barWidth = max(4, min(28, width - dateWidth - numberWidth - 6 - amountWidth))
            for (point, amount) in zip(chart.points, amounts) {
                let date = point.date ?? today
                var runs = [
                    StyledRun(
                        "  " + date + String(repeating: " ", count: max(0, dateWidth - DisplayWidth.of(date))) + " ")
                ]
                if let value = point.value {
                    runs.append(
                        StyledRun(ProgressSeries.bar(value, range: chart.range, width: barWidth, unicode: unicode)))
                    let number = String(value)
                    runs.append(
                        StyledRun(
                            " " + String(repeating: " ", count: max(0, numberWidth - number.count)) + number,
                            role: .emphasis))
                    if !amount.isEmpty { runs.append(StyledRun(amount)) }
                } else {
                    runs.append(StyledRun(notAnswered, role: .dim))
                }
                lines.append(StyledLine(runs))
            }
        }
        return lines
    }
}
