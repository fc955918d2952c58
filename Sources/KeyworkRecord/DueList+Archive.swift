import KeyworkGuides

extension DueList {
    /// A list built elsewhere, as `keywork due --archive` builds it from the agency archive; sorted most urgent first.
    public init(today: GuideDate, unsorted items: [Item], attention: [Attention]) {
        self.init(today: today, items: items.sorted(by: DueList.isMoreUrgent), attention: attention)
    }
}

extension DueList.Item {
    public init(
        kind: Kind, clientReference: String?, sessionID: String, guideID: String, date: GuideDate, today: GuideDate,
        waitingFor: String? = nil, howToldOfDelays: String? = nil
    ) {
        self.init(
            kind: kind, clientReference: clientReference, sessionID: sessionID, guideID: guideID, date: date,
            daysOverdue: today.dayNumber - date.dayNumber, waitingFor: waitingFor, howToldOfDelays: howToldOfDelays)
    }
}

extension DueList.Attention {
    public init(kind: String, sessionID: String, clientReference: String?, reason: String) {
        self.init(kind: kind, sessionID: sessionID, clientReference: clientReference, time: nil, reason: reason)
    }
}
