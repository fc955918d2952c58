import KeyworkGuides
import KeyworkWords

/// One chart of a progress screen: an answer over the earlier sessions, oldest first, then today's. The screen,
/// the line mode and the client's copy all draw from this, so they can never disagree on a number.
public struct ProgressSeries: Sendable, Equatable {
    public struct Point: Sendable, Equatable {
        /// The day of an earlier session (`YYYY-MM-DD`); nil for today's session.
        public var date: String?
        /// The number; nil for "not answered".
        public var value: Int?
        /// A weeks row's average amount on a using day, as typed, in the series' `unit`; nil when none.
        public var amount: String?

        public init(date: String?, value: Int?, amount: String? = nil) {
            self.date = date
            self.value = value
            self.amount = amount
        }
    }

    public var item: ProgressScreen.Item
    public var label: String
    public var range: ClosedRange<Int>
    /// The unit of the amounts, such as "units on a using day"; nil when the answer has none.
    public var unit: String?
    /// Only the sessions that asked this answer; today's last, when it was asked today.
    public var points: [Point]

    /// The charts of progress screen `screen` as the session stands: the earlier numbers as recorded when the
    /// screen was shown, then today's answers.
    public static func of(_ screen: Screen, in state: SessionState) -> [ProgressSeries] {
        guard case .progress(let progress) = screen.content else { return [] }
        let shown = state.progressShown[screen.id] ?? ProgressShown.of(progress, earlier: state.context.earlier)
        let today = state.path.reduce(into: [String: Answer]()) { answers, id in answers[id] = state.answers[id] }
        return progress.show.map { item in
            var points = shown.sessions.compactMap { session in
                session.values.first { $0.item == item.written }.map {
                    Point(date: session.date, value: $0.value, amount: $0.amount)
                }
            }
            if let value = ProgressValue.of(item, in: today) {
                points.append(Point(date: nil, value: value, amount: ProgressValue.amount(of: item, in: today)))
            }
            return ProgressSeries(
                item: item, label: ProgressValue.label(of: item, in: state.guide),
                range: ProgressValue.range(of: item, in: state.guide),
                unit: ProgressValue.unit(of: item, in: state.guide),
                points: points)
        }
    }

    /// A point's amount with the series' unit, such as "12 units on a using day"; nil when it has none.
    public func amountText(_ point: Point, words: Words) -> String? {
        guard let amount = point.amount, point.value != nil else { return nil }
        guard let unit else { return amount }
        return words(.weeksAnswerAmount, ["amount": .text(amount), "unit": .text(unit)])
    }

    /// A bar `width` cells long for `value` on `range`: full blocks and an eighth block when `unicode`, `#`
    /// otherwise, then `·` or `.` for the rest, so the length reads without colour. The number is always
    /// printed beside it; the bar is never the only way to read a value.
    public static func bar(_ value: Int, range: ClosedRange<Int>, width: Int, unicode: Bool) -> String {
        let width = max(1, width)
        let span = max(1, range.upperBound - range.lowerBound)
        let clamped = min(max(value, range.lowerBound), range.upperBound) - range.lowerBound
        let eighths = (clamped * width * 8 + span / 2) / span
        let full = eighths / 8
        guard unicode else {
            let filled = (clamped * width + span / 2) / span
            return String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        }
        let partials: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        var bar = String(repeating: "█", count: full)
        let rest = eighths % 8
        if rest > 0 && full < width { bar.append(partials[rest - 1]) }
        return bar + String(repeating: "·", count: width - bar.count)
    }
}
