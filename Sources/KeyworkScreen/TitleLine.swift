/// The title line's two sides fitted to the terminal: the guide's title on the left and the position
/// ("Screen 12 of 14") on the right, two spaces apart at the least.
///
/// The title comes first: when it does not fit beside the position, the position is said the short way
/// ("12/14"); when it still does not fit, the title keeps its start and an ellipsis marks the cut, so the
/// reader always sees which guide this is.
struct TitleLine: Equatable {
    var title: String
    var position: String

    /// The column the title starts in, and the blank columns kept between the two sides and at the right.
    static let titleColumn = 1
    static let gap = 2
    static let rightMargin = 1

    static func fit(title: String, position: String?, shortPosition: String?, columns: Int, ellipsis: String)
        -> TitleLine
    {
        let position = position ?? ""
        if DisplayWidth.of(title) <= room(columns, beside: position) {
            return TitleLine(title: title, position: position)
        }
        if let shortPosition, DisplayWidth.of(title) <= room(columns, beside: shortPosition) {
            return TitleLine(title: title, position: shortPosition)
        }
        return TitleLine(
            title: cut(title, to: room(columns, beside: position), ellipsis: ellipsis), position: position)
    }

    /// The columns the title may use beside `position`.
    static func room(_ columns: Int, beside position: String) -> Int {
        let width = DisplayWidth.of(position)
        let used = titleColumn + rightMargin + (width > 0 ? width + gap : 0)
        return max(0, columns - used)
    }

    /// The longest start of `text` that fits in `width` cells with `ellipsis` after it, never splitting a
    /// character; the whole text when it fits.
    static func cut(_ text: String, to width: Int, ellipsis: String) -> String {
        if DisplayWidth.of(text) <= width { return text }
        let room = width - DisplayWidth.of(ellipsis)
        guard room > 0 else { return "" }
        var kept = ""
        var used = 0
        for character in text {
            let characterWidth = DisplayWidth.of(character)
            if used + characterWidth > room { break }
            kept.append(character)
            used += characterWidth
        }
        // The ellipsis goes straight after the last word kept, not after a space.
        while kept.last?.isWhitespace == true { kept.removeLast() }
        return kept.isEmpty ? "" : kept + ellipsis
    }
}
