import KeyworkGuides
import KeyworkSession
import KeyworkWords

/// Keys on a weeks screen: a digit 0 to 7 fills the day cell it is typed in; Tab and → go to the next cell,
/// Shift-Tab and ← back, ↑ ↓ to the row above or below; the amount cell takes a number such as 1.5. Enter on an
/// empty row that is not the last goes to the next row, saying the empty one stays not answered, so a hurried
/// double Enter never sends an untouched screen. Enter anywhere else sends the grid; rows left empty are "not
/// answered", so the first Enter counts and names them and asks, and only a second Enter goes on.
enum WeeksKeys {
    static func handle(_ key: Key, _ weeks: WeeksScreen, view: inout ViewState) -> [SessionAction] {
        let cells = WeeksGrid.cells(weeks)
        guard !cells.isEmpty else { return [] }
        let confirming = view.isConfirmingNone
        view.isConfirmingNone = false
        view.form.active = min(max(0, view.form.active), cells.count - 1)
        let cell = cells[view.form.active]
        let cellKey = WeeksGrid.key(cell, in: weeks)
        switch key {
        case .tab, .right:
            view.form.active = min(cells.count - 1, view.form.active + 1)
        case .backTab, .left:
            view.form.active = max(0, view.form.active - 1)
        case .up, .down:
            let row = cell.row + (key == .up ? -1 : 1)
            let column = cell.week ?? WeeksScreen.weekCount
            let sameColumn = cells.lastIndex { $0.row == row && ($0.week ?? WeeksScreen.weekCount) <= column }
            if let sameColumn { view.form.active = sameColumn }
        case .enter:
            let isLastRow = cell.row == weeks.rows.count - 1
            guard isLastRow || !WeeksGrid.isEmpty(row: cell.row, in: weeks, form: view.form) else {
                view.form.active = cells.firstIndex { $0.row == cell.row + 1 } ?? view.form.active
                view.notice = view.words(
                    .weeksRowLeftEmpty,
                    ["row": .text(weeks.rows[cell.row].label), "next": .text(weeks.rows[cell.row + 1].label)])
                return []
            }
            return submit(weeks, view: &view, confirming: confirming)
        case .backspace, .delete:
            if cell.week == nil {
                var text = view.form.texts[cellKey] ?? TextField()
                if text.edit(key) { view.form.texts[cellKey] = text }
            } else {
                view.form.texts[cellKey] = nil
            }
        case .character(let character) where cell.week != nil:
            guard let day = WholeNumber.digitValue(character) else {
                view.notice = view.words[.weeksDaysHint]
                return []
            }
            guard day <= WeeksScreen.daysInWeek else {
                view.notice = view.words[.weeksDayLimit]
                return []
            }
            view.form.texts[cellKey] = TextField(String(day))
        case .character(let character):
            // An amount is a number as typed, such as 2 or 1.5; the session checks it when the grid is sent.
            guard WholeNumber.digitValue(character) != nil || character == "." else {
                view.notice = view.words[.weeksAmountHint]
                return []
            }
            var text = view.form.texts[cellKey] ?? TextField()
            if text.edit(key) { view.form.texts[cellKey] = text }
        default:
            break
        }
        return []
    }

    private static func submit(_ weeks: WeeksScreen, view: inout ViewState, confirming: Bool) -> [SessionAction] {
        switch WeeksGrid.answer(weeks, form: view.form, words: view.words) {
        case .failure(let missing):
            view.notice = missing.message
            view.form.active = missing.field
            return []
        case .success(let answer):
            let empty = weeks.rows.filter { row in answer.row(row.id)?.days == nil }.map(\.label)
            if !empty.isEmpty && !confirming {
                view.isConfirmingNone = true
                view.notice = view.words(
                    .weeksConfirmNotAnswered,
                    ["count": .number(empty.count), "rows": .text(empty.joined(separator: ", "))])
                return []
            }
            return [.submit(.weeks(answer))]
        }
    }
}
