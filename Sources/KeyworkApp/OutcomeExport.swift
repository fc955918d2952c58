import KeyworkBuiltinGuides
import KeyworkGuides
import KeyworkRecord
import KeyworkSession

/// `keywork export ... --format csv`: a sealed session, or all of a client's sessions of one guide, as CSV rows
/// for a case system (`OutcomeCSV`). Only sessions that verify give a row.
public enum OutcomeExport {
    /// One verified session: a header line and its row.
    public static func session(_ verified: VerifiedSession) throws -> String {
        let journal: JournalReader.Contents
        do {
            journal = try ClientCopy.verifiedJournal(of: verified)
        } catch {
            throw Failure(error.message, note: error.note, status: error.isInvalid ? .invalid : .badData)
        }
        let guide = try PinnedGuide.load(journal.header.guide, for: .export)
        let events: [SessionEvent]
        do {
            events = try SessionJournal.events(from: journal.entries)
        } catch {
            throw Failure("session \(journal.header.sessionID) cannot be read: \(error)", status: .badData)
        }
        let state = Session.replay(
            guide: guide,
            context: SessionContext(
                keyworker: journal.header.keyworker, clientReference: journal.header.clientReference),
            events: events)
        let answers = state.path.reduce(into: [String: Answer]()) { answers, id in answers[id] = state.answers[id] }
        let date = journal.entries.first.map { String($0.timestamp.prefix(10)) } ?? ""
        return OutcomeCSV.file(
            guide: guide, rows: [OutcomeCSV.Row(sessionID: journal.header.sessionID, date: date, answers: answers)])
    }

    /// Every sealed session of `guideID` for `client`, oldest first, one row each; the ids of those that do not
    /// verify are handed back, with no row, and so are those whose recorded guide version is not found here,
    /// whose rows were read with today's version.
    public static func client(_ client: String, guideID: String, store: Store) throws -> (
        csv: String, leftOut: [String], readWithTodaysGuide: [String]
    ) {
        guard let guide = BuiltinGuides.guide(id: guideID) else {
            throw Failure(
                "--guide \(guideID): there is no built-in guide with this id",
                note: "built-in guides are: \(BuiltinGuides.ids.joined(separator: ", "))", status: .usage)
        }
        let entries: [OutcomeHistory.Entry]
        do {
            entries = try OutcomeHistory.gather(
                client: client, guideID: guideID, guide: guide, store: store,
                trust: try VerificationTrust.of(store: store), pinned: RevisitSource.pinnedGuide)
        } catch {
            throw Failure(error, status: .ioError)
        }
        let verified = OutcomeHistory.earlierResults(entries)
        // The columns of every version the sessions were recorded with, the newest version's order first.
        var versions: [Guide] = []
        for recorded in entries.reversed().compactMap(\.guide)
        where !versions.contains(where: { $0.contentHash == recorded.contentHash }) {
            versions.append(recorded)
        }
        return (
            OutcomeCSV.file(guides: versions.isEmpty ? [guide] : versions, rows: verified.sessions),
            verified.leftOut.map(\.sessionID),
            entries.filter { $0.recordedVersionNotFound != nil }.map(\.sessionID)
        )
    }
}

extension ClientCopyError {
    fileprivate var isInvalid: Bool {
        if case .doesNotVerify = self { return true }
        return false
    }
}
