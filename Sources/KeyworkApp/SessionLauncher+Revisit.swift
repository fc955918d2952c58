import Foundation
import KeyworkGuides
import KeyworkRecord
import KeyworkScreen
import KeyworkSession
import KeyworkWords

extension SessionLauncher {
    /// Loads and verifies the earlier agreement, then runs a revisit of it, linked to it by id and journal hash.
    public func startRevisit(client: String?, session: String?, keyworker: String?) throws -> LaunchResult {
        let key = try deviceKey()
        var client = client
        if client == nil && session == nil {
            guard let asked = try askClientReference() else { return .leftBeforeStarting }
            client = asked
        }
        // Verification comes before anything is drawn or written, so a refusal is printed plainly.
        let found = try RevisitSource.locate(client: client, session: session, store: store)
        let agreement = found.record
        var confirmed: [SessionEvent] = []
        if found.fromArchive, case .unknownKey(let keyID)? = found.signer {
            guard try confirmUntrustedArchiveAgreement(agreement.sessionID, keyID: keyID) else {
                return .leftBeforeStarting
            }
            confirmed = [.earlierAgreementUntrusted(session: agreement.sessionID, keyID: keyID)]
        }
        guard let keyworkerName = try keyworkerName(given: keyworker) else {
            return .leftBeforeStarting
        }
        let earlier = agreement.earlierAgreement
        let guide = RevisitGuide.build(from: earlier)
        let context = SessionContext(
            keyworker: keyworkerName, clientReference: agreement.clientReference, revisiting: earlier)
        _ = try openFrontEnd()
        let journal: SessionJournal
        do {
            journal = try SessionJournal.start(
                store: store, guide: guide, context: context, deviceKey: key,
                links: [SessionLink(sessionID: earlier.sessionID, journalSHA256: earlier.journalSHA256)], io: fileIO)
        } catch {
            throw Failure(error, status: .cannotCreate)
        }
        defer { journal.close() }
        do {
            // The keyworker's word that an untrusted agreement may be revisited is part of the record.
            try journal.record(confirmed)
        } catch {
            throw Failure(error, status: .ioError)
        }
        return try run(SessionState(guide: guide, context: context), journal: journal, key: key, firstActions: [.start])
    }
}

extension SessionLauncher {
    /// An agreement from the agency archive sealed by a key this computer does not trust: the keyworker must say
    /// they know where it came from before it is revisited. "Stop" is highlighted, so a hurried Enter stops.
    private func confirmUntrustedArchiveAgreement(_ sessionID: String, keyID: String) throws -> Bool {
        let menu = MenuView(
            title: "Check this agreement first",
            items: ["Stop: do not revisit it", "Go on: I know which computer made it and trust it"],
            description: [
                "The agreement \(sessionID) came from the agency archive. It was sealed by a computer this one does "
                    + "not trust (key \(keyID)).",
                "Go on only if you know that computer. Its key can be trusted with: keywork key trust FILE --name NAME",
            ])
        return try openFrontEnd().choose(menu) == 1
    }
}

extension SessionLauncher {
    /// Shows what is due on the full screen, read-only; Enter goes back out.
    public func showDue() throws -> LaunchResult {
        let list: DueList
        do {
            list = try DueList.build(store: store, now: now(), guide: RevisitSource.pinnedGuide)
        } catch {
            throw Failure(error, status: .ioError)
        }
        let notArchived = AgencyArchive.notArchivedCount(store: store)
        let lines = DueReport.text(list, words: words, notArchived: notArchived).split(
            separator: "\n", omittingEmptySubsequences: false
        ).map(
            String.init)
        try openFrontEnd().show(MessageView(title: words[.dueTitle], lines: lines))
        return .closedQuietly
    }
}
