import KeyworkGuides
import KeyworkSession
import KeyworkWords

extension ClientCopy {
    /// A progress screen as the copy keeps it: its heading, its charts with the numbers, and the earlier
    /// sessions left out because they did not verify.
    public struct Progress: Sendable, Equatable {
        public var heading: String
        public var charts: [ProgressSeries]
        public var isFirst: Bool
        public var leftOut: [EarlierResults.LeftOut]
    }

    /// The progress screens on the session's path, with the earlier numbers as the journal recorded them.
    static func progress(in state: SessionState) -> [Progress] {
        state.path.compactMap { id in
            guard let screen = state.guide.screen(id), case .progress(let progress) = screen.content else { return nil }
            let shown = state.progressShown[id] ?? ProgressShown.of(progress, earlier: state.context.earlier)
            return Progress(
                heading: screen.heading, charts: ProgressSeries.of(screen, in: state), isFirst: shown.sessions.isEmpty,
                leftOut: shown.leftOut)
        }
    }

    /// One section per progress screen: a chart per answer, each point with its date and number.
    func progressSections() -> [ClientCopyDocument.Section] {
        progress.map { progress in
            var blocks: [ClientCopyDocument.Block] = []
            if progress.isFirst { blocks.append(.paragraph(words[.copyProgressFirst])) }
            for chart in progress.charts {
                blocks.append(
                    .chart(
                        ClientCopyDocument.Chart(
                            title: words(
                                .copyProgressRange,
                                [
                                    "label": .text(chart.label), "min": .number(chart.range.lowerBound),
                                    "max": .number(chart.range.upperBound),
                                ]),
                            range: chart.range,
                            points: chart.points.map {
                                .init(
                                    label: $0.date ?? words[.copyProgressToday], value: $0.value,
                                    amount: chart.amountText($0, words: words))
                            }, notAnswered: words[.copyProgressNotAnswered])))
            }
            for leftOut in progress.leftOut {
                blocks.append(
                    .paragraph(
                        words(
                            .copyProgressLeftOut,
                            [
                                "date": .text(leftOut.date ?? words[.copyProgressDateUnknown]),
                                "session": .text(leftOut.sessionID),
                            ])))
            }
            return ClientCopyDocument.Section(heading: progress.heading, blocks: blocks)
        }
    }
}

extension ClientCopyDocument {
    /// A small bar chart: one bar per session with its date and its number, so the number can always be read.
    public struct Chart: Sendable, Equatable {
        public struct Point: Sendable, Equatable {
            public var label: String
            /// Nil for "not answered".
            public var value: Int?
            /// The amount on a using day with its unit, such as "12 units on a using day"; nil when none.
            public var amount: String?
        }

        public var title: String
        public var range: ClosedRange<Int>
        public var points: [Point]
        /// The words for a point not answered.
        public var notAnswered: String

        /// The chart as lines of text: the date, a bar of block characters (or `#` without `unicode`), the number,
        /// and the amount on a using day where there is one.
        public func lines(barWidth: Int = 28, unicode: Bool = true) -> [String] {
            let labelWidth = points.map(\.label.count).max() ?? 0
            let numberWidth = String(range.upperBound).count
            return points.map { point in
                let label = point.label.padding(toLength: labelWidth, withPad: " ", startingAt: 0)
                guard let value = point.value else { return "\(label)  \(notAnswered)" }
                let number = String(value)
                let bar = ProgressSeries.bar(value, range: range, width: barWidth, unicode: unicode)
                return "\(label)  \(bar) " + String(repeating: " ", count: numberWidth - number.count) + number
                    + (point.amount.map { "  " + $0 } ?? "")
            }
        }
    }
}
