import Foundation
import KeyworkGuides

/// What one pass over a store settles for `keywork due`, before the day the list is for: every item that may fall
/// due, with its date; what a person must look at; and which sessions are unfinished (read afresh for every list,
/// since how long they have waited depends on the day). The store's due summary keeps it (`DueSummary`), so a list
/// made for an unchanged store is made by the same code from the same values as one made by a whole pass.
struct DueSettled: Sendable, Equatable {
    /// Something the pass noted, in session order.
    enum Note: Sendable, Equatable {
        case attention(DueList.Attention)
        case unfinished(sessionID: String)
    }

    /// Revisits, reviews, waits and sessions without an agreement, each with its date; the day decides which show.
    var candidates: [DueList.Item] = []
    var notes: [Note] = []

    init(candidates: [DueList.Item] = [], notes: [Note] = []) {
        (self.candidates, self.notes) = (candidates, notes)
    }

    /// Settles a pass over the store (`pass`, in id order) with the facts of the sessions that verified on their
    /// own (`facts`, in id order too).
    init(pass: StoreVerification, facts: [SessionFacts]) {
        // Days are counted when the list is made: day 0 stands in for it until then.
        let undated = GuideDate(dayNumber: 0)
        var agreements: [String: (sessionID: String, guideID: String, nextRevisit: GuideDate?)] = [:]
        var waits: [String: DueList.Item] = [:]
        var withoutAgreement: [String: DueList.Item] = [:]
        var reviews: [String: DueList.Item] = [:]
        // The facts and the pass are both in id order (the pass adds only sessions with no facts), so each session's
        // facts are found by walking the two together.
        var factsAt = facts.startIndex
        for session in pass.sessions {
            while factsAt < facts.endIndex && facts[factsAt].sessionID < session.sessionID { factsAt += 1 }
            switch session.outcome {
            case .unfinished:
                notes.append(.unfinished(sessionID: session.sessionID))
            case .invalid(let reason):
                notes.append(
                    .attention(
                        DueList.Attention(
                            kind: "does_not_verify", sessionID: session.sessionID, clientReference: nil, time: nil,
                            reason: reason)))
            case .valid:
                guard factsAt < facts.endIndex, facts[factsAt].sessionID == session.sessionID else { continue }
                let reading = facts[factsAt]
                guard let client = reading.clientReference, !reading.closedNotUsed else { continue }
                let (wait, noAgreement, review) = reading.items(today: undated)
                // Sessions are settled oldest first, so a later agreement clears an earlier "no agreement yet".
                if let noAgreement {
                    withoutAgreement[client] = noAgreement
                } else if reading.agreement != nil {
                    withoutAgreement[client] = nil
                }
                switch reading.agreement {
                case .signed(let nextRevisit)?:
                    agreements[client] = (session.sessionID, reading.guideID, nextRevisit)
                case .unreadable(let reason)?:
                    agreements[client] = nil
                    notes.append(
                        .attention(
                            DueList.Attention(
                                kind: "revisit_date_unknown", sessionID: session.sessionID, clientReference: client,
                                time: nil, reason: reason)))
                case nil:
                    break
                }
                if let wait { waits[client] = wait }
                // The latest session of each repeating guide for the client sets when the next one is due.
                if let review { reviews[client + "\n" + review.guideID] = review }
            }
        }
        if let ledger = pass.ledger, case .invalid(let reason) = ledger.outcome {
            notes.append(
                .attention(
                    DueList.Attention(
                        kind: "ledger_does_not_verify", sessionID: "", clientReference: nil, time: nil,
                        reason: "the store's ledger \(ledger.path) does not verify: \(reason)")))
        }
        for (client, record) in agreements {
            guard let date = record.nextRevisit else { continue }
            candidates.append(
                DueList.Item(
                    kind: .revisit, clientReference: client, sessionID: record.sessionID, guideID: record.guideID,
                    date: date, today: undated))
        }
        candidates += reviews.values
        candidates += waits.values
        candidates += withoutAgreement.values
        // A stable order, so that the same pass always settles to the same value (and the same summary).
        candidates.sort { ($0.sessionID, $0.kind.rawValue) < ($1.sessionID, $1.kind.rawValue) }
    }

    /// The list at `now`: the candidates due on its day, the unfinished sessions read afresh, and the attention log.
    func list(store: Store, now: Date) throws(RecordError) -> DueList {
        let today = GuideDate(iso8601: RecordTime.iso8601(now)) ?? GuideDate(year: 1970, month: 1, day: 1)
        var list = DueList(today: today, items: [], attention: [])
        for note in notes {
            switch note {
            case .attention(let attention): list.attention.append(attention)
            case .unfinished(let sessionID):
                list.addUnfinished(UnfinishedSession.read(store: store, sessionID: sessionID), now: now)
            }
        }
        for var item in candidates {
            item.daysOverdue = today.dayNumber - item.date.dayNumber
            let shown: Bool
            switch item.kind {
            case .revisit, .review: shown = item.daysOverdue >= -DueList.revisitWindowDays
            case .wait: shown = item.daysOverdue > 0
            case .noAgreement: shown = true
            case .unfinished: shown = false
            }
            if shown { list.items.append(item) }
        }
        list.items.sort(by: DueList.isMoreUrgent)
        let logged = try AttentionLog(store: store).entries()
        list.attention += logged.entries.map {
            DueList.Attention(
                kind: $0.kind, sessionID: $0.sessionID, clientReference: $0.clientReference, time: $0.time,
                reason: $0.reason)
        }
        list.attention += logged.problems.map {
            DueList.Attention(
                kind: "attention_log_unreadable", sessionID: "", clientReference: nil, time: nil, reason: $0)
        }
        return list
    }
}
