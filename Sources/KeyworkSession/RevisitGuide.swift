import KeyworkDiagnostics
import KeyworkGuides

/// The guide a revisit walks, built the same way every time from the earlier agreement, so that its
/// content hash in the journal header pins it and `resume` rebuilds the same flow from the link.
///
/// For each earlier statement `<id>` there are up to five screens: `review-<id>` (still right / talk /
/// change), when the client wants to talk `talked-<id>` (what the talk decided; version 2), and when a change
/// is wanted `wording-<id>` (the new words), `agreed-<id>` (the keyworker marks it agreed or not) and, when
/// not agreed, `reason-<id>`. Then `differences` (a summary that shows old and new wording side by side),
/// `next-revisit`, the consent `agree` and `end`.
///
/// Version 2 also shows, on each `review-<id>`, what the client said last time in their own words, and
/// whether they agreed to the statement. Version 1 is still built for revisits begun before it.
public enum RevisitGuide {
    /// The guide id every revisit records in its header.
    public static let id = "revisit"
    /// The version a new revisit is built with; the header records it, and resume rebuilds that version.
    public static let currentVersion = "2"
    /// Every version that can still be built.
    public static let versions = ["1", currentVersion]
    /// The origin every revisit records: `revisit:<earlier session id>`.
    public static let originPrefix = "revisit:"
    /// The consent screen whose statements are the agreement as it now stands.
    public static let consentScreenID = "agree"
    /// The choice screen of the next revisit date; its options are `weeks-<n>`.
    public static let nextRevisitScreenID = "next-revisit"
    /// How many weeks the next-revisit options offer.
    public static let revisitWeeks = [4, 8, 12, 26]
    /// The last screen, which says when the agreement will be looked at again.
    public static let endScreenID = "end"

    /// What the client says about one earlier statement.
    public enum Verdict: String, Sendable, CaseIterable {
        case keep, talk, change
    }

    public static func reviewScreenID(_ statement: String) -> String { "review-" + statement }
    public static func wordingScreenID(_ statement: String) -> String { "wording-" + statement }
    public static func agreedScreenID(_ statement: String) -> String { "agreed-" + statement }
    public static func reasonScreenID(_ statement: String) -> String { "reason-" + statement }
    public static func talkedScreenID(_ statement: String) -> String { "talked-" + statement }

    /// The revisit guide for an earlier agreement, as `version` builds it; nil for a version not in `versions`.
    public static func build(from earlier: EarlierAgreement, version: String) -> Guide? {
        guard versions.contains(version) else { return nil }
        return build(from: earlier, showsClientWords: version != "1", version: version)
    }

    /// The revisit guide for an earlier agreement, as a new revisit is built (`currentVersion`).
    public static func build(from earlier: EarlierAgreement) -> Guide {
        build(from: earlier, showsClientWords: true, version: currentVersion)
    }

    private static func build(from earlier: EarlierAgreement, showsClientWords: Bool, version: String) -> Guide {
        let origin = originPrefix + earlier.sessionID
        let here = SourceLocation(file: origin, line: 1, column: 1)
        let count = earlier.statements.count
        var screens: [Screen] = [
            Screen(
                id: "start", title: "Looking again at your agreement",
                content: .info(
                    InfoScreen(
                        body: """
                            Last time you agreed to \(count == 1 ? "one thing" : "\(count) things"). \
                            We will look at each one together.

                            For each one, say if it is still right, if you want to talk about it, \
                            or if you want it changed. Nothing changes unless you both agree.
                            """)), location: here)
        ]
        for (index, statement) in earlier.statements.enumerated() {
            let place = "Statement \(index + 1) of \(count)"
            let review = reviewScreenID(statement.id)
            let agreed = agreedScreenID(statement.id)
            let wantsChange = Condition(screen: review, test: .isOption(Verdict.change.rawValue), location: here)
            let notAgreed = showsClientWords ? earlier.notAgreed[statement.id] : nil
            screens.append(
                Screen(
                    id: review, title: place,
                    content: .choice(
                        ChoiceScreen(
                            prompt: showsClientWords
                                ? reviewPrompt(statement, earlier: earlier)
                                : "Last time you agreed: *\(statement.text)* Is this still right for you?",
                            options: [
                                Option(
                                    id: Verdict.keep.rawValue,
                                    label: notAgreed == nil ? "Still right" : "Leave it as it is"),
                                Option(id: Verdict.talk.rawValue, label: "I want to talk about this"),
                                Option(id: Verdict.change.rawValue, label: "I want this changed"),
                            ])), location: here))
            if showsClientWords {
                screens.append(
                    Screen(
                        id: talkedScreenID(statement.id), title: place + ": what you decided",
                        when: Condition(screen: review, test: .isOption(Verdict.talk.rawValue), location: here),
                        content: .text(
                            TextScreen(
                                prompt: "Talk it through together. Then type what you decided, in your own words.")),
                        location: here))
            }
            screens += [
                Screen(
                    id: wordingScreenID(statement.id), title: place + ": new wording", when: wantsChange,
                    content: .text(
                        TextScreen(prompt: "Type the new wording. Last time it said: *\(statement.text)*")),
                    location: here),
                Screen(
                    id: agreed, title: place + ": is the change agreed?", when: wantsChange,
                    content: .choice(
                        ChoiceScreen(
                            prompt: "Keyworker: is the new wording agreed?",
                            options: [
                                Option(id: "agreed", label: "Agreed"),
                                Option(id: "not-agreed", label: "Not agreed", detail: "The old wording stays."),
                            ])), location: here),
                Screen(
                    id: reasonScreenID(statement.id), title: place + ": why not agreed",
                    when: Condition(screen: agreed, test: .isOption("not-agreed"), location: here),
                    content: .text(
                        TextScreen(prompt: "Why is the new wording not agreed? The old wording stays for now.")),
                    location: here),
            ]
        }
        screens += [
            Screen(
                id: "differences", title: "What is different from last time",
                content: .summary(
                    SummaryScreen(intro: "Here is what is different from last time. Read it through together.")),
                location: here),
            Screen(
                id: nextRevisitScreenID, title: "Next time",
                content: .choice(
                    ChoiceScreen(
                        prompt: "When shall we look at this agreement again?",
                        options: revisitWeeks.map { Option(id: "weeks-\($0)", label: "In \($0) weeks") })),
                location: here),
            Screen(
                id: consentScreenID, title: "Our agreement as it is now",
                content: .consent(
                    ConsentScreen(
                        intro: showsClientWords
                            ? "Please read each line as it is now. Tick it if you agree, or say if you do not. "
                                + "Then you both sign."
                            : "Please read each line as it is now. Tick it if you agree. Then you both sign.",
                        statements: earlier.statements, signers: [.client, .keyworker],
                        meanings: [
                            .client: "I agree to this agreement as it is now.",
                            .keyworker: "I went through each part again with the client and recorded every change.",
                        ])), location: here),
            Screen(
                id: endScreenID, title: "Thank you", content: .info(InfoScreen(body: endBody(nextRevisitWeeks: nil))),
                location: here),
        ]
        var guide = Guide(
            id: id, title: "Looking again at your agreement", version: version,
            sources: [
                "Joseph Rowntree Foundation, Drug user involvement in treatment decisions "
                    + "(Fischer, Jenkins, Bloor, Neale and Berney)"
            ], screens: screens, origin: origin)
        ContentHash.apply(to: &guide)
        return guide
    }

    /// A review screen's question: the statement as agreed (or not agreed) last time, with what the client
    /// said then in their own words, beside it.
    static func reviewPrompt(_ statement: ConsentScreen.Statement, earlier: EarlierAgreement) -> String {
        var prompt: String
        if let notAgreed = earlier.notAgreed[statement.id] {
            prompt = "Last time you did not agree to: *\(statement.text)*"
            prompt += notAgreed.words.map { " You said: \"\($0)\"." } ?? ""
            prompt += " Is it right for you now?"
        } else {
            prompt = "Last time you agreed: *\(statement.text)* Is this still right for you?"
        }
        let said = earlier.clientWords.filter { $0.statement == statement.id || $0.statement == nil }
        if !said.isEmpty {
            prompt +=
                " What you said last time: " + said.map { "\($0.about): \"\($0.words)\"" }.joined(separator: "; ") + "."
        }
        return prompt
    }

    /// The end screen's words. The guide holds them with no time chosen yet (so its content hash never
    /// changes); as shown, they say the time that was chosen on `next-revisit` (`SessionState.asShown`).
    static func endBody(nextRevisitWeeks weeks: Int?) -> String {
        let when = weeks.map { "in \($0) weeks, as you chose. The date is on your copy" } ?? "on the date you chose"
        return """
            Thank you both. The agreement as it is now is saved. \
            It links to the one from last time.

            We will look at it again \(when).
            """
    }

    /// The number of days an answer to `next-revisit` stands for; nil for any other answer.
    public static func days(forNextRevisit answer: Answer?) -> Int? {
        guard case .choice(let option, _)? = answer else { return nil }
        return days(forNextRevisitOption: option)
    }

    /// The number of days the `next-revisit` answer stands for, if it is one of its options.
    public static func days(forNextRevisitOption option: String) -> Int? {
        guard option.hasPrefix("weeks-"), let weeks = Int(option.dropFirst("weeks-".count)),
            revisitWeeks.contains(weeks)
        else { return nil }
        return weeks * 7
    }
}
