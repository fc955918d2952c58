extension ArchiveMarks {
    /// As `notArchived()`, from a folder listing already made (the home screen lists once for all its counts).
    public func notArchived(among sessions: [Store.SessionListing]) throws(RecordError) -> [String] {
        let marks = try read()
        return sessions.filter { $0.isSealed && marks[$0.id] == nil }.map(\.id)
    }
}
