import KeyworkGuides
import KeyworkWords

/// Whether a weeks answer fits its screen: one entry per row in the guide's order, 0 to 7 days in each of
/// four weeks and so no more than 28 in all, and an amount only where the row asks one and there was a day
/// of use.
enum WeeksValidation {
    static func check(_ given: WeeksAnswer, for screen: WeeksScreen) throws(SessionRefusal) {
        guard given.rows.map(\.id) == screen.rows.map(\.id) else { throw SessionRefusal(.refuseAnswerDoesNotFit) }
        for (row, answer) in zip(screen.rows, given.rows) {
            let name: [String: WordArgument] = ["row": .text(row.label)]
            guard let days = answer.days else {
                guard answer.amount == nil else { throw SessionRefusal(.refuseWeeksAmountNotAnswered, name) }
                continue
            }
            guard days.count == WeeksScreen.weekCount,
                days.allSatisfy({ (0...WeeksScreen.daysInWeek).contains($0) })
            else { throw SessionRefusal(.refuseWeeksDays, name) }
            let total = days.reduce(0, +)
            let most = WeeksScreen.weekCount * WeeksScreen.daysInWeek
            guard total <= most else {
                throw SessionRefusal(.refuseWeeksTotal, ["row": .text(row.label), "total": .number(total)])
            }
            guard let amount = answer.amount else { continue }
            guard row.amount != nil else { throw SessionRefusal(.refuseAnswerDoesNotFit) }
            guard total > 0 else { throw SessionRefusal(.refuseWeeksAmountNoDays, name) }
            guard isAmount(amount) else { throw SessionRefusal(.refuseWeeksAmount, name) }
        }
    }

    /// A plain decimal number as typed: digits with at most one point, such as `2`, `1.5` or `0.25`.
    static func isAmount(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), text.count <= 12 else { return false }
        return parts.allSatisfy { part in !part.isEmpty && part.allSatisfy { ("0"..."9").contains($0) } }
    }
}
