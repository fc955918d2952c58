import KeyworkGuides
import KeyworkWords

/// Whether a weeks answer fits its screen: one entry per row in the guide's order, 0 to 7 days in each of
/// four weeks and so no more than 28 in all, and an amount only where the row asks one and there was a day
/// of use.
public enum WeeksValidation {
    static func check(_ given: WeeksAnswer, for screen: WeeksScreen) throws(SessionRefusal) {
        guard given.rows.map(\.id) == screen.rows.map(\.id) else { throw SessionRefusal(.refuseAnswerDoesNotFit) }
        for (row, answer) in zip(screen.rows, given.rows) {
            if let refusal = refusal(of: answer, for: row) { throw refusal }
        }
    }

    /// Why one row's answer does not fit the guide's row, or nil when it fits: the line mode asks a row again at
    /// once with this, by the same rule the whole answer is checked with.
    public static func refusal(of answer: WeeksAnswer.Row, for row: WeeksScreen.Row) -> SessionRefusal? {
        let name: [String: WordArgument] = ["row": .text(row.label)]
        guard answer.id == row.id else { return SessionRefusal(.refuseAnswerDoesNotFit) }
        guard let days = answer.days else {
            return answer.amount == nil ? nil : SessionRefusal(.refuseWeeksAmountNotAnswered, name)
        }
        guard days.count == WeeksScreen.weekCount, days.allSatisfy({ (0...WeeksScreen.daysInWeek).contains($0) })
        else { return SessionRefusal(.refuseWeeksDays, name) }
        let total = days.reduce(0, +)
        let most = WeeksScreen.weekCount * WeeksScreen.daysInWeek
        guard total <= most else {
            return SessionRefusal(.refuseWeeksTotal, ["row": .text(row.label), "total": .number(total)])
        }
        guard let amount = answer.amount else { return nil }
        guard row.amount != nil else { return SessionRefusal(.refuseAnswerDoesNotFit) }
        guard total > 0 else { return SessionRefusal(.refuseWeeksAmountNoDays, name) }
        guard isAmount(amount) else { return SessionRefusal(.refuseWeeksAmount, name) }
        return nil
    }

    /// A plain decimal number as typed: digits with at most one point, such as `2`, `1.5` or `0.25`.
    static func isAmount(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), text.count <= 12 else { return false }
        return parts.allSatisfy { part in !part.isEmpty && part.allSatisfy { ("0"..."9").contains($0) } }
    }
}
