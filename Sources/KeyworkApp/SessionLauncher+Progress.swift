import KeyworkGuides
import KeyworkRecord
import KeyworkSession

extension SessionLauncher {
    /// For a guide with a progress screen: this client's earlier sealed sessions of the same guide id, oldest
    /// first, each verified; those that do not verify are left out and named. Empty for any other guide.
    func earlierResults(for guide: Guide, client: String?, excluding sessionID: String? = nil) throws -> EarlierResults
    {
        guard let client, guide.screens.contains(where: { $0.type == .progress }) else { return EarlierResults() }
        do {
            let trust = try VerificationTrust.of(store: store)
            let entries = try OutcomeHistory.gather(
                client: client, guideID: guide.id, guide: guide, store: store, trust: trust, excluding: sessionID,
                pinned: RevisitSource.pinnedGuide)
            return OutcomeHistory.earlierResults(entries)
        } catch {
            throw Failure(error, status: .ioError)
        }
    }
}
