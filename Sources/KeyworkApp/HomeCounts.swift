import KeyworkRecord

/// What the home screen's menu counts: the unfinished sessions, and the sealed sessions the agency archive does not
/// hold yet. Each is nil when it could not be counted (or, for the archive, when none is set up), and the menu then
/// shows no number rather than a wrong one.
public struct HomeCounts: Sendable, Equatable {
    public var unfinished: Int?
    public var notArchived: Int?

    public init(unfinished: Int?, notArchived: Int?) {
        self.unfinished = unfinished
        self.notArchived = notArchived
    }

    /// Counts from one listing of the session folders (a `stat` each) and the store's archive marks: no journal is
    /// opened and nothing waits for the network. It takes a while on a large store, so the full screen draws the
    /// menu first and counts behind it.
    public static func count(store: Store, archiveIsSetUp: Bool) -> HomeCounts {
        guard let sessions = try? store.listSessions() else { return HomeCounts(unfinished: nil, notArchived: nil) }
        let notArchived = archiveIsSetUp ? (try? ArchiveMarks(store: store).notArchived(among: sessions).count) : nil
        return HomeCounts(unfinished: sessions.count { !$0.isSealed }, notArchived: notArchived)
    }
}
