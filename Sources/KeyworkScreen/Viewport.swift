/// Which lines of a body a page shows at a scroll position, and where Enter and the page keys stop.
///
/// A body may pin a header (a comparison's column headings, or "Option 2 of 4"): once the page is
/// scrolled past it, it is drawn above the rest, and the rows it takes are not counted as text shown.
/// Page stops overlap by one line and never jump over a line, so paging from the top to the end shows
/// every line of the text.
struct Viewport: Equatable {
    /// The first body line asked for, kept within the text.
    let top: Int
    /// Header lines drawn above `lines` because the page is scrolled past them; empty otherwise.
    let pinned: Range<Int>
    /// The body lines drawn below any pinned header.
    let lines: Range<Int>

    init(lineCount: Int, pinned header: Range<Int>?, height: Int, top requested: Int) {
        let height = max(1, height)
        let top = min(max(0, requested), Self.maximumTop(lineCount: lineCount, pinned: header, height: height))
        self.top = top
        self.lineCount = lineCount
        if let header = Self.usable(header, height: height), top > header.lowerBound {
            let start = max(top, header.upperBound)
            pinned = header
            lines = start..<min(lineCount, start + height - header.count)
        } else {
            pinned = 0..<0
            lines = top..<min(lineCount, top + height)
        }
    }

    /// Whether lines below those shown are still to come.
    var hasMoreBelow: Bool { lines.upperBound < lineCount }
    private let lineCount: Int

    /// The furthest a body can scroll: far enough that its last line shows, and no further.
    static func maximumTop(lineCount: Int, pinned header: Range<Int>?, height: Int) -> Int {
        let height = max(1, height)
        let plain = max(0, lineCount - height)
        guard let header = usable(header, height: height), plain > header.lowerBound else { return plain }
        return max(0, lineCount - (height - header.count))
    }

    /// The scroll positions that Enter and PgDn stop at, first to last; one stop when everything fits.
    static func pageStops(lineCount: Int, pinned header: Range<Int>?, height: Int) -> [Int] {
        let last = maximumTop(lineCount: lineCount, pinned: header, height: height)
        var stops = [0]
        while let current = stops.last, current < last {
            let shown = Viewport(lineCount: lineCount, pinned: header, height: height, top: current).lines
            // The last line of one page is the first of the next, so the reader keeps their place.
            stops.append(min(last, max(current + 1, shown.upperBound - 1)))
        }
        return stops
    }

    /// A header is pinned only when it leaves room for at least one line of text under it.
    private static func usable(_ header: Range<Int>?, height: Int) -> Range<Int>? {
        guard let header, !header.isEmpty, header.count < height else { return nil }
        return header
    }
}
