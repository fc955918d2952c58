import KeyworkGuides
import KeyworkSession
import KeyworkWords

/// A weeks screen as a grid of typed cells kept in `FormState.texts`: `<row>.1` to `<row>.4` for the days of
/// each week and `<row>.amount` for the average amount. The active cell is `FormState.active`, counted along
/// the rows. A row left wholly empty is "not answered", never 0.
enum WeeksGrid {
    /// One cell of the grid.
    struct Cell: Equatable {
        let row: Int
        /// 0 to 3 for the weeks; nil for the amount.
        let week: Int?
    }

    static func cells(_ weeks: WeeksScreen) -> [Cell] {
        weeks.rows.enumerated().flatMap { index, row in
            (0..<WeeksScreen.weekCount).map { Cell(row: index, week: $0) }
                + (row.amount == nil ? [] : [Cell(row: index, week: nil)])
        }
    }

    static func key(_ cell: Cell, in weeks: WeeksScreen) -> String {
        let row = weeks.rows[cell.row].id
        return cell.week.map { "\(row).\($0 + 1)" } ?? "\(row).amount"
    }

    static func text(_ cell: Cell, in weeks: WeeksScreen, form: FormState) -> String {
        form.texts[key(cell, in: weeks)]?.text ?? ""
    }

    /// The days typed for a row's weeks, each nil while empty.
    static func days(ofRow row: Int, in weeks: WeeksScreen, form: FormState) -> [Int?] {
        (0..<WeeksScreen.weekCount).map { week in
            WholeNumber.parse(text(Cell(row: row, week: week), in: weeks, form: form))
        }
    }

    /// Whether nothing at all is typed on a row: it will be recorded as not answered.
    static func isEmpty(row: Int, in weeks: WeeksScreen, form: FormState) -> Bool {
        cells(weeks).filter { $0.row == row }.allSatisfy {
            text($0, in: weeks, form: form).allSatisfy(\.isWhitespace)
        }
    }

    /// The answer the grid makes, or a note and the cell to go to when a row is only part filled in.
    static func answer(_ weeks: WeeksScreen, form: FormState, words: Words) -> Result<
        WeeksAnswer, SessionForm.Missing
    > {
        var rows: [WeeksAnswer.Row] = []
        let all = cells(weeks)
        for (index, row) in weeks.rows.enumerated() {
            if isEmpty(row: index, in: weeks, form: form) {
                rows.append(.notAnswered(row.id))
                continue
            }
            let days = days(ofRow: index, in: weeks, form: form)
            guard let missing = days.firstIndex(where: { $0 == nil }) else {
                let amount = text(Cell(row: index, week: nil), in: weeks, form: form)
                let trimmed = amount.filter { !$0.isWhitespace }
                rows.append(
                    WeeksAnswer.Row(id: row.id, days: days.compactMap { $0 }, amount: trimmed.isEmpty ? nil : trimmed))
                continue
            }
            let cell = all.firstIndex(of: Cell(row: index, week: missing)) ?? 0
            return .failure(
                SessionForm.Missing(message: words(.weeksPartialRow, ["row": .text(row.label)]), field: cell))
        }
        return .success(WeeksAnswer(rows: rows))
    }

    /// The grid filled in from an earlier answer, so going back shows it again.
    static func prefill(_ answer: WeeksAnswer, for weeks: WeeksScreen) -> FormState {
        var form = FormState()
        for (index, row) in weeks.rows.enumerated() {
            guard let given = answer.row(row.id), let days = given.days else { continue }
            for (week, day) in days.enumerated() where week < WeeksScreen.weekCount {
                form.texts[key(Cell(row: index, week: week), in: weeks)] = TextField(String(day))
            }
            if row.amount != nil, let amount = given.amount {
                form.texts[key(Cell(row: index, week: nil), in: weeks)] = TextField(amount)
            }
        }
        return form
    }
}
