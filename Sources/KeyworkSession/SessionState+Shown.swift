import KeyworkGuides

extension SessionState {
    /// The events that record what a frame of `screen` showed for the first time: compare options not
    /// recorded before (known ones only, each once), and a page of a screen longer than the window.
    func newlyShown(options: [String], page: ScreenPage?, on screen: Screen) -> [SessionEvent] {
        var events: [SessionEvent] = []
        if case .compare(let compare) = screen.content {
            let known = Set(compare.options.map(\.id))
            let seen = optionsShown[screen.id] ?? []
            var new: [String] = []
            for option in options where known.contains(option) && !seen.contains(option) && !new.contains(option) {
                new.append(option)
            }
            if !new.isEmpty { events.append(.optionsShown(screen: screen.id, options: new)) }
        }
        if let page, page.count > 1, (1...page.count).contains(page.number),
            !(pagesShown[screen.id] ?? []).contains(page)
        {
            events.append(.pageShown(screen: screen.id, page: page))
        }
        return events
    }
}
