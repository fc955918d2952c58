/// Lint's check that a consent statement saying the client made the choice ("I chose ...") is shown only
/// when their preference was accepted. After a refused preference such a line would have the client sign
/// words that are not true: the "hidden dissent" the research warns of.
enum FreeChoiceClaims {
    /// Words that claim the client chose, matched ignoring case, at the start of a word.
    static let phrases = [
        "i chose", "i helped choose", "i helped to choose", "i have chosen", "i've chosen", "i picked", "i decided",
        "my choice", "my own choice", "chosen by me", "i choose",
        "wybieram", "wybrałem", "wybrałam", "wybrałem/am", "mój wybór", "moim wyborem",
    ]

    /// One statement that claims a free choice and can be shown after `decision` refused the preference.
    struct Finding: Equatable {
        var screen: Screen
        var statement: ConsentScreen.Statement
        var decision: String
    }

    static func findings(in guide: Guide) -> [Finding] {
        var findings: [Finding] = []
        var decisions: [String] = []
        for screen in guide.screens {
            if case .decision = screen.content { decisions.append(screen.id) }
            guard case .consent(let consent) = screen.content else { continue }
            for statement in consent.statements where claimsFreeChoice(statement.text) {
                for decision in decisions
                where !requiresAccepted(statement.when, decision) && !requiresAccepted(screen.when, decision) {
                    findings.append(Finding(screen: screen, statement: statement, decision: decision))
                }
            }
        }
        return findings
    }

    /// Whether the text contains one of `phrases` starting at a word boundary.
    static func claimsFreeChoice(_ text: String) -> Bool {
        let lowered = Array(text.lowercased().map { $0 == "’" ? "'" : $0 })
        return phrases.contains { phrase in
            let wanted = Array(phrase)
            guard lowered.count >= wanted.count else { return false }
            return (0...(lowered.count - wanted.count)).contains { start in
                (start == 0 || !lowered[start - 1].isLetter)
                    && lowered[start..<(start + wanted.count)].elementsEqual(wanted)
            }
        }
    }

    /// Whether the condition holds only when the decision `decision` accepted the client's preference.
    private static func requiresAccepted(_ condition: Condition?, _ decision: String) -> Bool {
        guard let condition, condition.screen == decision else { return false }
        switch condition.test {
        case .isOption(let outcome): return outcome == DecisionScreen.accepted
        case .isNotOption(let outcome): return outcome == DecisionScreen.notAccepted
        case .anyOf(let outcomes): return outcomes == [DecisionScreen.accepted]
        }
    }
}
