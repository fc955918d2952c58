/// A progress chart in the HTML copy: an inline SVG (no image to fetch) with one bar per session, its date to the
/// left and its number to the right (then the amount on a using day, where there is one), in black on white so
/// it prints; the title and every number are text, and the SVG's `<title>` says them all, so nothing depends on
/// seeing the bars.
enum ClientCopyChartSVG {
    static let rowHeight = 22
    static let labelWidth = 110
    static let barWidth = 300

    static func figure(_ chart: ClientCopyDocument.Chart) -> [String] {
        let escape = ClientCopyHTML.escape
        let height = max(1, chart.points.count) * rowHeight + 4
        let amountWidth = chart.points.compactMap(\.amount).isEmpty ? 0 : 220
        let width = labelWidth + barWidth + 60 + amountWidth
        let span = max(1, chart.range.upperBound - chart.range.lowerBound)
        let description = chart.points.map { point in
            "\(point.label): \(point.value.map(String.init) ?? chart.notAnswered)"
                + (point.value == nil ? "" : point.amount.map { " (\($0))" } ?? "")
        }.joined(separator: "; ")
        var lines = [
            "<figure class=\"chart\">",
            "<figcaption>\(escape(chart.title))</figcaption>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"\(width)\" height=\"\(height)\" "
                + "viewBox=\"0 0 \(width) \(height)\">",
            "<title>\(escape(chart.title + ": " + description))</title>",
        ]
        for (index, point) in chart.points.enumerated() {
            let top = index * rowHeight + 2
            let middle = top + rowHeight / 2 + 5
            lines.append("<text x=\"0\" y=\"\(middle)\" font-size=\"13\">\(escape(point.label))</text>")
            lines.append(
                "<rect x=\"\(labelWidth)\" y=\"\(top + 3)\" width=\"\(barWidth)\" height=\"\(rowHeight - 6)\" "
                    + "fill=\"none\" stroke=\"#000\" stroke-width=\"1\"/>")
            guard let value = point.value else {
                lines.append(
                    "<text x=\"\(labelWidth + 6)\" y=\"\(middle)\" font-size=\"13\" font-style=\"italic\">"
                        + "\(escape(chart.notAnswered))</text>")
                continue
            }
            let clamped = min(max(value, chart.range.lowerBound), chart.range.upperBound) - chart.range.lowerBound
            let length = clamped * barWidth / span
            lines.append(
                "<rect x=\"\(labelWidth)\" y=\"\(top + 3)\" width=\"\(length)\" height=\"\(rowHeight - 6)\" "
                    + "fill=\"#000\" data-value=\"\(value)\"/>")
            lines.append(
                "<text x=\"\(labelWidth + barWidth + 8)\" y=\"\(middle)\" font-size=\"13\" font-weight=\"bold\">"
                    + "\(value)</text>")
            if let amount = point.amount {
                lines.append(
                    "<text x=\"\(labelWidth + barWidth + 40)\" y=\"\(middle)\" font-size=\"13\">\(escape(amount))</text>"
                )
            }
        }
        lines += ["</svg>", "</figure>"]
        return lines
    }
}
