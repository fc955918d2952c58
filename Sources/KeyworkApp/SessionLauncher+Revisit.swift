import Foundation
import KeyworkGuides
import KeyworkRecord
import KeyworkScreen
import KeyworkSession
import KeyworkWords

extension SessionLauncher {
    /// Loads and verifies the earlier agreement, then runs a revisit of it, linked to it by id and journal hash.
    /// A client reference typed here that has no agreement is asked again, with why; Esc goes back one step.
    public func startRevisit(client: String?, session: String?, keyworker: String?) throws -> LaunchResult {
        let client = try recordable(client, option: "--client")
        let keyworker = try recordable(keyworker, option: "--keyworker")
        let key = try deviceKey()
        let asksReference = client == nil && session == nil
        var notice: String?
        var typed = ""
        var found: RevisitSource.Found
        var keyworkerName: String
        repeat {
            var client = client
            if asksReference {
                guard let asked = try askClientReference(notice: notice, typed: typed) else {
                    return .leftBeforeStarting
                }
                client = asked
                typed = asked
            }
            // Verification comes before anything is drawn or written, so a refusal is printed plainly.
            do {
                found = try RevisitSource.locate(client: client, session: session, store: store)
            } catch let failure as Failure where asksReference && failure.status == .notFound {
                notice =
                    words(.noAgreementForReference, ["reference": .text(client ?? "")]) + " " + words[.retypeReference]
                continue
            }
            guard let name = try self.keyworkerName(given: keyworker) else {
                if asksReference { continue }
                return .leftBeforeStarting
            }
            keyworkerName = name
            break
        } while true
        let agreement = found.record
        var confirmed: [SessionEvent] = []
        if found.fromArchive, case .unknownKey(let keyID)? = found.signer {
            guard try confirmUntrustedArchiveAgreement(agreement.sessionID, keyID: keyID) else {
                return .leftBeforeStarting
            }
            confirmed = [.earlierAgreementUntrusted(session: agreement.sessionID, keyID: keyID)]
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
            title: words[.untrustedAgreementTitle],
            items: [words[.untrustedAgreementStop], words[.untrustedAgreementGoOn]],
            description: [
                words(.untrustedAgreementFrom, ["session": .text(sessionID), "key": .text(keyID)]),
                words[.untrustedAgreementAdvice],
            ])
        return try openFrontEnd().choose(menu) == 1
    }
}
