import KeyworkGuides
import KeyworkSession

/// The wait a verified session recorded, if any: an availability answer that the preferred option could not
/// start now, with an estimated wait in weeks counted from the day the answer was recorded.
enum DueWait {
    static func find(in contents: JournalReader.Contents, guide: Guide?, today: GuideDate) -> DueList.Item? {
        guard let events = try? SessionJournal.events(from: contents.entries) else { return nil }
        let header = contents.header
        // Answers on the path need only the events; the guide, when it loads, gives the options their words.
        let pinned = guide.flatMap { $0.contentHash == header.guide.hash ? $0 : nil }
        let state = Session.replay(
            guide: pinned ?? Guide(id: header.guide.id, title: "", version: "", screens: [], origin: ""),
            context: SessionContext(keyworker: header.keyworker, clientReference: header.clientReference),
            events: events)
        guard
            let (screen, wait) = state.path.reversed().lazy.compactMap({ id -> (String, Availability)? in
                if case .availability(let wait)? = state.answers[id], !wait.availableNow { return (id, wait) }
                return nil
            }).first,
            let weeks = wait.estimatedWaitWeeks,
            let recorded = contents.entries.last(where: {
                ($0.event == "answered" || $0.event == "answer_changed") && $0.data["screen"]?.stringValue == screen
            }), let recordedOn = GuideDate(iso8601: recorded.timestamp)
        else { return nil }
        let date = recordedOn.adding(days: weeks * 7)
        return DueList.Item(
            kind: .wait, clientReference: header.clientReference, sessionID: header.sessionID,
            guideID: header.guide.id, date: date, daysOverdue: today.dayNumber - date.dayNumber,
            waitingFor: waitingFor(in: state), howToldOfDelays: wait.howToldOfDelays)
    }

    /// The plan waited for, from the decision on the path: the choice when accepted, else what was agreed
    /// instead; an option's label, or its id when the guide is not to hand.
    private static func waitingFor(in state: SessionState) -> String {
        for id in state.path.reversed() {
            guard case .decision(let decision)? = state.answers[id], let plan = decision.plan else { continue }
            let option: String
            switch plan {
            case .words(let words): return words
            case .option(let id): option = id
            }
            for screen in state.guide.screens {
                if case .compare(let compare) = screen.content,
                    let label = compare.options.first(where: { $0.id == option })?.label
                {
                    return label
                }
            }
            return option
        }
        return "the service chosen"
    }
}
