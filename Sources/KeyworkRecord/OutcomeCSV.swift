import KeyworkGuides
import KeyworkSession

/// Sessions as CSV for a case system (RFC 4180): one header line, then one row per session. The columns are
/// `session`, `date`, then in the guide's order each choice screen (`stage`: the option id), each scale
/// (`psych`), and for each row of a weeks screen `use.alcohol.week1` to `week4`, `.total` and, when the row asks
/// one, `.amount`. Anything not answered, or not asked, is an empty cell: never a 0.
public enum OutcomeCSV {
    /// One session's row: its id, the day it started (`YYYY-MM-DD`) and its answers on the path, by screen.
    public typealias Row = EarlierResults.Session

    /// The whole file: the header, then each row, every line ending CRLF.
    public static func file(guide: Guide, rows: [Row]) -> String {
        file(guides: [guide], rows: rows)
    }

    /// The whole file for sessions recorded with different versions of a guide: the columns of every version in
    /// `guides`, in the first one's order, each column only another version has placed after the one it follows
    /// there. A session whose version lacks a column has an empty cell in it.
    public static func file(guides: [Guide], rows: [Row]) -> String {
        let columns = union(guides.map(columns(of:)))
        var lines = [columns.map(\.name)]
        for row in rows {
            lines.append([row.sessionID, row.date] + columns.dropFirst(2).map { $0.value(row.answers) })
        }
        return lines.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    struct Column {
        let name: String
        let value: ([String: Answer]) -> String
    }

    /// The columns of several guide versions as one list: the first version's, then each column missing from
    /// it put right after the column it follows in its own version (or after `date`).
    static func union(_ versions: [[Column]]) -> [Column] {
        guard var merged = versions.first else { return [] }
        for version in versions.dropFirst() {
            var after = merged.firstIndex { $0.name == "date" } ?? (merged.count - 1)
            for column in version {
                if let present = merged.firstIndex(where: { $0.name == column.name }) {
                    after = present
                } else {
                    after += 1
                    merged.insert(column, at: after)
                }
            }
        }
        return merged
    }

    static func columns(of guide: Guide) -> [Column] {
        var columns = [Column(name: "session") { _ in "" }, Column(name: "date") { _ in "" }]
        for screen in guide.screens {
            let id = screen.id
            switch screen.content {
            case .choice:
                columns.append(
                    Column(name: id) { answers in
                        guard case .choice(let option, _)? = answers[id] else { return "" }
                        return option
                    })
            case .scale:
                columns.append(
                    Column(name: id) { answers in
                        guard case .scale(let value)? = answers[id] else { return "" }
                        return String(value)
                    })
            case .weeks(let weeks):
                for row in weeks.rows {
                    let name = "\(id).\(row.id)"
                    func answered(_ answers: [String: Answer]) -> WeeksAnswer.Row? {
                        guard case .weeks(let given)? = answers[id] else { return nil }
                        return given.row(row.id)
                    }
                    for week in 0..<WeeksScreen.weekCount {
                        columns.append(
                            Column(name: "\(name).week\(week + 1)") { answers in
                                guard let days = answered(answers)?.days, days.indices.contains(week) else { return "" }
                                return String(days[week])
                            })
                    }
                    columns.append(Column(name: "\(name).total") { answered($0)?.total.map(String.init) ?? "" })
                    if row.amount != nil {
                        columns.append(Column(name: "\(name).amount") { answered($0)?.amount ?? "" })
                    }
                }
            default:
                break
            }
        }
        return columns
    }

    /// A field quoted when it holds a comma, a double quote, a carriage return or a line feed, with each double
    /// quote doubled (RFC 4180, 2.6 and 2.7).
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else {
            return text
        }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
