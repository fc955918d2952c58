import Foundation
import KeyworkGuides
import KeyworkSession
import KeyworkWords

/// The client's copy of a sealed session: what was decided, agreed and signed, in plain words.
///
/// It is made only from a session that verifies, from the very journal lines verification checked,
/// with the guide the session used (same id and content hash) to put words to the recorded ids.
/// `document(timeZone:)` words it in the language of `words`; `ClientCopyText`, `ClientCopyMarkdown` and
/// `ClientCopyHTML` lay it out. What people typed, and what signatures mean, stay exactly as recorded.
public struct ClientCopy: Sendable, Equatable {
    /// One answer on the session's path, with the screen's words and the answer's.
    public struct AnsweredScreen: Sendable, Equatable {
        /// The screen's title, if it has one.
        public var title: String?
        /// What the screen asked.
        public var prompt: String
        /// The answer in plain words; several lines for several choices.
        public var answer: [String]
    }

    public struct DecisionMade: Sendable, Equatable {
        /// The label of the preferred option.
        public var preferred: String
        public var reasons: String
        public var keyworkerView: Decision.KeyworkerView
        public var risks: String?
        public var riskReductionSteps: String?
        public var accepted: Bool
        public var notAcceptedReason: String?
        /// What was agreed instead when the choice was not accepted: an option's label, or the words agreed.
        public var agreedInstead: String?
    }

    public struct Wait: Sendable, Equatable {
        /// The plan waited for, when the availability screen follows a decision: the choice when it was
        /// accepted, else what was agreed instead.
        public var option: String?
        public var availability: Availability
    }

    public struct SureResult: Sendable, Equatable {
        public struct Reply: Sendable, Equatable {
            /// The question as shown, in the language of the copy.
            public var question: String
            public var yes: Bool
        }

        /// Each SURE question with the client's yes or no.
        public var answers: [Reply]
        public var wayOn: SureCheck.WayOn?
    }

    public struct Question: Sendable, Equatable {
        public var text: String
        /// The title (or prompt) of the screen it was asked on.
        public var askedOn: String
        public var resolution: NotedQuestion.Resolution
    }

    public struct Flag: Sendable, Equatable {
        /// The title (or prompt) of the screen it was raised on.
        public var screen: String
        public var words: String?
    }

    /// A signature exactly as recorded; its time is the time of its journal line.
    public struct SignatureRecord: Sendable, Equatable {
        public var name: String
        public var role: SignerRole
        public var meaning: String
        public var signedAt: Date
    }

    /// One consent screen: the statements agreed and not agreed, who signed, and when to look at it again.
    public struct Agreement: Sendable, Equatable {
        public var title: String?
        /// The statements the client agreed to (ticked), as shown.
        public var statements: [String]
        /// The statements the client did not agree to, as shown, with their words.
        public var notAgreed: [NotAgreed]
        public var signatures: [SignatureRecord]
        /// `revisit_after_days`, counted from the last signature.
        public var revisitAfterDays: Int?
        /// The session ended here as "no agreement yet": a required statement was not agreed.
        public var endedWithoutAgreement: Bool
    }

    public var sessionID: String
    /// The session was closed as "not used" (started by mistake); page one says so first.
    public var closedNotUsed = false
    public var guideTitle: String
    public var guideVersion: String
    public var clientReference: String?
    public var keyworker: String
    /// When the session began: the time of the journal's first line.
    public var startedAt: Date
    public var answers: [AnsweredScreen]
    public var decisions: [DecisionMade]
    public var waits: [Wait]
    public var sureResults: [SureResult]
    public var agreements: [Agreement]
    public var questions: [Question]
    public var flags: [Flag]
    public var receiptCode: String
    /// Set for a group walkthrough, whose export is a group handout instead of a client's copy.
    public var group: GroupRecord?
    /// The agency's name, from the keyworker's config; printed at the top of the copy when set.
    public var agencyName: String? = nil
    /// The number clients call, from the keyworker's config (`agency_phone`): on page one when the session named no
    /// other contact.
    public var agencyPhone: String? = nil
    /// The language the copy is worded in: the session's (its guide's `language`) unless asked for another.
    public var words: Words = .english
    /// Who reviewed the guide and when; nil for a draft, which the copy says is not yet clinically reviewed.
    public var review: (name: String, date: GuideDate)? {
        guard guideIsReviewed, let name = guideReviewedBy, let date = guideReviewed else { return nil }
        return (name, date)
    }
    var guideIsReviewed = false
    var guideReviewedBy: String? = nil
    var guideReviewed: GuideDate? = nil
    /// The guide's sources, with their years, printed so that the client can see where the information comes from.
    public var sources: [String] = []
    /// What the copy keeps from the screens on the path: each screen's `handout` text under its heading.
    public var handouts: [Handout] = []
    /// The progress screens on the path, with their charts.
    public var progress: [Progress] = []

    /// A screen's `handout` text, to take home.
    public struct Handout: Sendable, Equatable {
        public var heading: String
        public var text: String
    }

    /// Makes the copy from a verification; refused unless the session verified, is finished and used `guide`.
    /// A revisit passes the agreement it revisits, so its copy shows the wording as now agreed.
    /// The copy is worded with `words`; `ClientCopy.language(of:)` gives the session's own language.
    public static func make(
        from session: VerifiedSession, guide: Guide, revisiting: EarlierAgreement? = nil, words: Words = .english
    ) throws(ClientCopyError) -> ClientCopy {
        let journal = try verifiedJournal(of: session)
        let sessionID = session.verification.sessionID
        guard let receiptCode = session.verification.receiptCode else {
            throw .doesNotVerify(sessionID: sessionID, reason: "the verification gave no receipt code")
        }
        let reference = journal.header.guide
        guard guide.id == reference.id, guide.contentHash == reference.hash else {
            throw .wrongGuide(sessionID: sessionID, needed: reference)
        }
        var timed: [(event: SessionEvent, at: Date)] = []
        for entry in journal.entries where entry.seq > 0 {
            do {
                timed.append((try SessionEventCoding.decode(name: entry.event, data: entry.data), try time(of: entry)))
            } catch {
                throw .unreadable(sessionID: sessionID, line: Int(entry.seq) + 1, problem: "\(error)")
            }
        }
        guard let first = journal.entries.first else {
            throw .unreadable(sessionID: sessionID, line: 1, problem: "the journal has no header")
        }
        let header = journal.header
        let context = SessionContext(
            keyworker: header.keyworker, clientReference: header.clientReference, participants: header.participants,
            revisiting: revisiting)
        let state = Session.replay(guide: guide, context: context, events: timed.map(\.event))
        guard state.status == .complete else { throw .notComplete(sessionID: sessionID) }

        var copy = ClientCopy(
            sessionID: sessionID, guideTitle: guide.title, guideVersion: guide.version,
            clientReference: header.clientReference, keyworker: header.keyworker,
            startedAt: try time(of: first, sessionID: sessionID), answers: [], decisions: [], waits: [],
            sureResults: [], agreements: [], questions: [], flags: [], receiptCode: receiptCode,
            group: header.mode == .group ? GroupRecord(state: state, participants: header.participants) : nil)
        copy.words = words
        copy.closedNotUsed = state.closedNotUsed
        copy.guideIsReviewed = guide.isReviewed
        copy.guideReviewedBy = guide.reviewedBy
        copy.guideReviewed = guide.reviewed
        copy.sources = guide.sources
        copy.collectAnswers(from: state)
        copy.progress = ClientCopy.progress(in: state)
        copy.collectAgreements(from: state, signedAt: timed)
        copy.handouts = state.path.compactMap { id in
            guard let screen = guide.screen(id), let text = screen.handout else { return nil }
            return Handout(
                heading: ActionPlaceholder.withKeyCaps(screen.heading), text: ActionPlaceholder.withKeyCaps(text))
        }
        copy.questions = state.questions.map {
            Question(text: $0.text, askedOn: guide.heading(of: $0.screen), resolution: $0.resolution)
        }
        copy.flags = state.flags.map { Flag(screen: guide.heading(of: $0.screen), words: $0.words) }
        return copy
    }

    /// The language a session's copy is in unless another is asked for: its guide's `language` when Keywork has words
    /// for it, else `fallback` (the language chosen for Keywork's own words).
    public static func language(ofGuide languageCode: String, fallback: Language) -> Language {
        Language(code: languageCode) ?? fallback
    }

    /// The journal a copy can be made from: there only when the session is sealed and verifies.
    public static func verifiedJournal(of session: VerifiedSession) throws(ClientCopyError) -> JournalReader.Contents {
        let sessionID = session.verification.sessionID
        switch session.verification.outcome {
        case .unfinished: throw .unfinished(sessionID: sessionID)
        case .invalid(let reason): throw .doesNotVerify(sessionID: sessionID, reason: reason)
        case .valid: break
        }
        guard let journal = session.journal else {
            throw .doesNotVerify(sessionID: sessionID, reason: "the verified journal was not kept")
        }
        return journal
    }

    private mutating func collectAnswers(from state: SessionState) {
        for (screen, answer) in state.answersOnPath {
            switch (screen.content, answer) {
            case (.decision(let decisionScreen), .decision(let decision)):
                let instead = decision.accepted ? nil : decision.plan
                decisions.append(
                    DecisionMade(
                        preferred: ActionPlaceholder.withKeyCaps(
                            state.guide.optionLabel(decision.preferred, onCompareScreen: decisionScreen.from)),
                        reasons: decision.reasons, keyworkerView: decision.keyworkerView, risks: decision.risks,
                        riskReductionSteps: decision.riskReductionSteps, accepted: decision.accepted,
                        notAcceptedReason: decision.notAcceptedReason,
                        agreedInstead: instead.map { state.guide.label(of: $0, onCompareScreen: decisionScreen.from) }))
            case (.availability(let availabilityScreen), .availability(let availability)):
                waits.append(
                    Wait(option: preferredOption(for: availabilityScreen, in: state), availability: availability))
            case (.sure, .sure(let check)):
                let questions: [Phrase] = [.sureQuestion1, .sureQuestion2, .sureQuestion3, .sureQuestion4]
                sureResults.append(
                    SureResult(
                        answers: zip(questions, check.answers).map { SureResult.Reply(question: words[$0], yes: $1) },
                        wayOn: check.wayOn))
            default:
                let shown = screen.withText(transformedBy: ActionPlaceholder.withKeyCaps)
                if let answerWords = Self.words(for: answer, on: shown, words: words) {
                    answers.append(
                        AnsweredScreen(title: shown.title, prompt: shown.prompt ?? "", answer: answerWords))
                }
            }
        }
    }

    private mutating func collectAgreements(from state: SessionState, signedAt timed: [(event: SessionEvent, at: Date)])
    {
        for id in state.path {
            guard let screen = state.guide.screen(id), case .consent(let consent) = screen.content else { continue }
            var signatures: [SignatureRecord] = []
            for case (.signed(let signedScreen, let role, let name, let meaning, _), let at) in timed
            where signedScreen == id {
                signatures.append(SignatureRecord(name: name, role: role, meaning: meaning, signedAt: at))
            }
            agreements.append(
                Agreement(
                    title: screen.title,
                    statements: state.shownStatements(of: consent).filter { state.mark(of: $0.id, on: id) == .agreed }
                        .map { ActionPlaceholder.withKeyCaps($0.text) },
                    notAgreed: state.notAgreedStatements(on: id).map(\.notAgreed).map { line in
                        var shown = line
                        shown.text = ActionPlaceholder.withKeyCaps(line.text)
                        return shown
                    }, signatures: signatures,
                    revisitAfterDays: state.revisitAfterDays(of: consent),
                    endedWithoutAgreement: state.endedWithoutAgreement == id
                ))
        }
    }

    /// The plan the availability screen asked about: the choice when accepted, else what was agreed instead.
    private func preferredOption(for screen: AvailabilityScreen, in state: SessionState) -> String? {
        let decisionID =
            screen.from
            ?? state.path.last { state.guide.screen($0)?.type == .decision }
        guard let decisionID, case .decision(let decision)? = state.answerOnPath(decisionID),
            case .decision(let decisionScreen)? = state.guide.screen(decisionID)?.content, let plan = decision.plan
        else { return nil }
        return state.guide.label(of: plan, onCompareScreen: decisionScreen.from)
    }

    /// The answer to a question-asking screen in plain words; nil for answers shown in their own sections.
    static func words(for answer: Answer, on screen: Screen, words: Words) -> [String]? {
        switch (answer, screen.content) {
        case (.choice(let option, let other), .choice(let choice)):
            if option == otherOptionID { return [words(.copySomethingElse, ["words": .text(other ?? "")])] }
            return [choice.options.first { $0.id == option }?.label ?? option]
        case (.multi(let options), .multi(let multi)):
            if options.isEmpty { return [words[.noneOfThese]] }
            return options.map { id in multi.options.first { $0.id == id }?.label ?? id }
        case (.text(let text), _):
            return [text]
        case (.skipped, _):
            return [words[.copySkipped]]
        case (.scale(let value), .scale(let scale)):
            var answer = words(
                .copyScaleAnswer, ["value": .number(value), "min": .number(scale.min), "max": .number(scale.max)])
            let ends = [(scale.min, scale.minLabel), (scale.max, scale.maxLabel)].compactMap { end, label in
                label.map { words(.scaleEnd, ["value": .number(end), "label": .text($0)]) }
            }
            if !ends.isEmpty { answer += " (" + ends.joined(separator: "; ") + ")" }
            return [answer]
        case (.weeks(let given), .weeks(let weeks)):
            return given.lines(for: weeks, words: words)
        default:
            return nil
        }
    }

    private static func time(of entry: JournalEntry) throws(EventDecodingError) -> Date {
        guard let date = RecordTime.parse(entry.timestamp) else {
            throw EventDecodingError(event: entry.event, problem: "its time \(entry.timestamp) is not a real time")
        }
        return date
    }

    private static func time(of entry: JournalEntry, sessionID: String) throws(ClientCopyError) -> Date {
        do {
            return try time(of: entry)
        } catch {
            throw .unreadable(sessionID: sessionID, line: Int(entry.seq) + 1, problem: "\(error)")
        }
    }
}

extension Screen {
    /// What the client copy calls a screen: its title, else its prompt, else its id.
    var heading: String { title ?? prompt ?? id }

    /// The question a screen asks, if it asks one.
    var prompt: String? {
        switch content {
        case .choice(let choice): choice.prompt
        case .multi(let multi): multi.prompt
        case .text(let text): text.prompt
        case .scale(let scale): scale.prompt
        case .compare(let compare): compare.prompt
        case .decision(let decision): decision.prompt
        case .availability(let availability): availability.prompt
        case .weeks(let weeks): weeks.text
        default: nil
        }
    }
}

extension Guide {
    /// What the copy calls the screen with this id, with any `{key:...}` action named by its key.
    func heading(of screenID: String) -> String {
        ActionPlaceholder.withKeyCaps(screen(screenID)?.heading ?? screenID)
    }

    /// The label of an option on a compare screen, or the id itself when the guide does not know it.
    func optionLabel(_ option: String, onCompareScreen compareID: String) -> String {
        guard case .compare(let compare)? = screen(compareID)?.content else { return option }
        return compare.options.first { $0.id == option }?.label ?? option
    }

    /// A decision's plan in words: an option's label, or the words agreed.
    func label(of plan: Decision.Plan, onCompareScreen compareID: String) -> String {
        switch plan {
        case .option(let option): optionLabel(option, onCompareScreen: compareID)
        case .words(let words): words
        }
    }
}

/// Why a client's copy cannot be made, in plain words.
public enum ClientCopyError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The session has no seal yet.
    case unfinished(sessionID: String)
    /// The record failed verification; `reason` is the first check that failed.
    case doesNotVerify(sessionID: String, reason: String)
    /// The guide offered is not the one the session used.
    case wrongGuide(sessionID: String, needed: JournalHeader.GuideReference)
    /// A verified line this version cannot read; `line` counts from 1.
    case unreadable(sessionID: String, line: Int, problem: String)
    /// Sealed, but the session never reached its end (no `completed` event).
    case notComplete(sessionID: String)

    public var description: String { "\(message)\nnote: \(note)" }

    /// What is wrong, in one line.
    public var message: String {
        switch self {
        case .unfinished(let id):
            "session \(id) is not finished yet, so there is no copy to give"
        case .doesNotVerify(let id, let reason):
            "the copy cannot be made because the record of session \(id) does not verify: \(reason)"
        case .wrongGuide(let id, let needed):
            "session \(id) used the guide '\(needed.id)' version \(needed.version), which is not the guide given"
        case .unreadable(let id, let line, let problem):
            "session \(id): journal.jsonl line \(line): \(problem)"
        case .notComplete(let id):
            "session \(id) is sealed but never reached its end, so there is nothing agreed to copy"
        }
    }

    /// How to put it right.
    public var note: String {
        switch self {
        case .unfinished(let id):
            "carry it on with `keywork resume \(id)`; once it is signed and sealed it can be exported"
        case .doesNotVerify:
            "`keywork verify` shows the problem; a record that fails verification must not be handed out"
        case .wrongGuide(_, let needed):
            "the copy needs that guide with content hash \(needed.hash)"
        case .unreadable:
            "this record was made by another version of Keywork; export it with that version"
        case .notComplete:
            "start a new session to make an agreement"
        }
    }
}
