import KeyworkGuides
import KeyworkWords

/// The answer to a weeks screen: for each row, in the guide's order, the days in each of the last four
/// weeks and the average amount on a day of use, or "not answered", which is never a 0.
public struct WeeksAnswer: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var id: String
        /// Days in weeks 1 to 4 (week 1 the most recent); nil when the client did not answer.
        public var days: [Int]?
        /// The average amount on a day of use, as typed, in the row's unit; nil when none was given.
        public var amount: String?

        public init(id: String, days: [Int]?, amount: String? = nil) {
            self.id = id
            self.days = days
            self.amount = amount
        }

        /// A row the client did not answer.
        public static func notAnswered(_ id: String) -> Row { Row(id: id, days: nil) }

        /// The days of the four weeks added up; nil when not answered.
        public var total: Int? { days.map { $0.reduce(0, +) } }
    }

    public var rows: [Row]

    public init(rows: [Row]) {
        self.rows = rows
    }

    /// The row with this id, if the answer has one.
    public func row(_ id: String) -> Row? { rows.first { $0.id == id } }
}

extension WeeksAnswer {
    /// The answer in words, one line per row of `screen`: "Alcohol: 12 days in 4 weeks (3, 3, 3, 3), 2 units on a
    /// using day", or "Crack: not answered". The summary, the line mode and the client's copy all say it so.
    public func lines(for screen: WeeksScreen, words: Words) -> [String] {
        screen.rows.map { row in
            guard let answered = self.row(row.id), let days = answered.days else {
                return "\(row.label): \(words[.weeksNotAnswered])"
            }
            var line = words(
                .weeksAnswerRow,
                [
                    "row": .text(row.label), "total": .number(answered.total ?? 0),
                    "days": .text(days.map(String.init).joined(separator: ", ")),
                ])
            if let amount = answered.amount, let unit = row.amount {
                line += ", " + words(.weeksAnswerAmount, ["amount": .text(amount), "unit": .text(unit)])
            }
            return line
        }
    }
}
