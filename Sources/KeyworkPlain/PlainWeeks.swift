import KeyworkGuides
import KeyworkScreen
import KeyworkSession

/// One row of a weeks screen typed on one line: four numbers of days, such as `3 0 2 7`, then the amount
/// when the row asks one, such as `3 0 2 7 1.5`; an empty line is "not answered", never 0.
enum PlainWeeks {
    static func row(_ row: WeeksScreen.Row, from line: String) -> WeeksAnswer.Row? {
        let parts = line.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        if parts.isEmpty { return .notAnswered(row.id) }
        let most = WeeksScreen.weekCount + (row.amount == nil ? 0 : 1)
        guard (WeeksScreen.weekCount...most).contains(parts.count) else { return nil }
        let days = parts.prefix(WeeksScreen.weekCount).compactMap(WholeNumber.parse)
        guard days.count == WeeksScreen.weekCount, days.allSatisfy({ (0...WeeksScreen.daysInWeek).contains($0) })
        else { return nil }
        // The amount is kept as typed; the session says if it is not a number.
        return WeeksAnswer.Row(id: row.id, days: days, amount: parts.count > WeeksScreen.weekCount ? parts.last : nil)
    }
}
