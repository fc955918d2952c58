/// Warnings about how a guide is written: the checks that `keywork lint` adds to the loader's errors.
///
/// - a sentence of more than `maxSentenceWords` words (at the field);
/// - a screen whose text has at least `minWordsForReadingEase` words and a Flesch Reading Ease below
///   `minReadingEase` (at the screen; the formula is in `Readability`);
/// - a word from `JargonList` (at the field, with the plain alternative in the note);
///   the reading-ease and jargon checks are English-only, so they run only for guides with
///   `language: en` (or `en-GB` and the like); the sentence length check runs for every language;
/// - pros and cons unbalanced on a compare screen: an option with pros but no cons or the reverse, or
///   with more than one more of one than the other (at the option), or options whose counts of pros, or
///   of cons, differ by more than one (at the options list);
/// - a consent statement that says the client chose ("I chose ...") and can be shown after a decision that
///   did not accept the client's preference (at the statement; `FreeChoiceClaims`);
/// - a key named in guide text ("Press F2"): the text should name the action, `{key:question}`;
/// - `reviewed` without `reviewed_by` or the reverse (the guide counts as a draft), or no `sources`;
/// - a reviewed guide with no `review_by` date, or a `review_by` date before `today`.
/// A draft guide is not itself a lint warning: `draftWarning(for:)` is shown when one is used in a session.

import KeyworkDiagnostics

public enum GuideLinter {
    public static let maxSentenceWords = 20
    public static let minReadingEase = 60.0
    public static let minWordsForReadingEase = 30

    /// All warnings for the guide, sorted by line and column.
    public static func lint(_ guide: Guide, today: GuideDate) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        let file = guide.fieldLocations[""]?.file ?? guide.origin
        let start = guide.fieldLocations[""] ?? SourceLocation(file: file, line: 1, column: 1)
        func warn(_ message: String, at location: SourceLocation?, note: String) {
            warnings.append(
                Diagnostic(severity: .warning, location: location ?? start, message: message, note: note))
        }

        checkMetadata(guide, today: today, warn: warn)
        let english = isEnglish(guide.language)
        for screen in guide.screens {
            checkText(of: screen, english: english, warn: warn)
            if case .compare(let compare) = screen.content {
                checkBalance(compare, in: screen, warn: warn)
            }
        }
        for finding in FreeChoiceClaims.findings(in: guide) {
            warn(
                "statement '\(finding.statement.id)' of screen '\(finding.screen.id)' says the client chose, "
                    + "but it is also shown when decision '\(finding.decision)' did not accept their preference",
                at: finding.screen.fieldLocations["statement.\(finding.statement.id)"] ?? finding.screen.location,
                note: "add `when: {screen: \(finding.decision), is: accepted}` to the statement, and give another "
                    + "statement for when it is not accepted (`is: not-accepted`)")
        }
        return Diagnostic.sortedByPosition(warnings)
    }

    private typealias Warn = (String, SourceLocation?, String) -> Void

    /// Whether a guide's `language` is English, for the checks whose word lists and formula are English.
    static func isEnglish(_ language: String) -> Bool {
        let base = language.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        return base.lowercased() == "en"
    }

    private static func checkMetadata(_ guide: Guide, today: GuideDate, warn: Warn) {
        // A draft needs no review dates; a review date needs the name of who reviewed it, and the reverse.
        if guide.reviewed != nil && guide.reviewedBy == nil {
            warn(
                "the guide has a 'reviewed' date but does not say who reviewed it, so it counts as a draft",
                guide.fieldLocations["reviewed"],
                "add the clinical lead's name, for example: reviewed_by: \"Dr A. Lead, clinical lead\"")
        }
        if guide.reviewedBy != nil && guide.reviewed == nil {
            warn(
                "the guide names who reviewed it but not when, so it counts as a draft",
                guide.fieldLocations["reviewed_by"], "add the date of the review, for example: reviewed: \(today)")
        }
        if guide.sources.isEmpty {
            warn(
                "the guide names no 'sources'", guide.fieldLocations["sources"],
                "list the guidelines it rests on, with their years, for example: sources: [\"NICE CG52 (2007)\"]")
        }
        if let reviewBy = guide.reviewBy {
            if reviewBy < today {
                warn(
                    "the review date \(reviewBy) has passed", guide.fieldLocations["review_by"],
                    "have a clinical lead review the guide, then update 'reviewed_by', 'reviewed' and 'review_by'")
            }
        } else if guide.isReviewed {
            warn(
                "the guide has no 'review_by' date", guide.fieldLocations["reviewed"],
                "add the date by which it must be reviewed again, for example: review_by: \(today.year + 1)-\(today.description.dropFirst(5))"
            )
        }
    }

    /// The warning for a draft guide used in a session or group (unless the config allows drafts): it has not
    /// been reviewed by a named clinical lead. Nil for a reviewed guide.
    public static func draftWarning(for guide: Guide) -> Diagnostic? {
        guard !guide.isReviewed else { return nil }
        let file = guide.fieldLocations[""]?.file ?? guide.origin
        let location =
            guide.fieldLocations["status"] ?? guide.fieldLocations[""] ?? SourceLocation(file: file, line: 1, column: 1)
        return Diagnostic(
            severity: .warning, location: location,
            message: "the guide '\(guide.id)' is a draft: not yet clinically reviewed",
            note: "have the agency's clinical lead review it, then add reviewed_by: and reviewed:; "
                + "to run drafts without this warning (for training), run: keywork config set allow_draft_guides true")
    }

    private static func checkText(of screen: Screen, english: Bool, warn: Warn) {
        // The words of each sentence, split once: the length check, the opening quoted, the word count and the
        // reading ease all read them.
        var allSentenceWords: [[String]] = []
        for field in ScreenText.fields(of: screen) {
            let location = screen.fieldLocations[field.path] ?? screen.location
            checkKeyNames(in: field.text, screen: screen, at: location, warn: warn)
            // Read as the full screen shows it, so `{key:question}` counts as the one word "F2".
            let text = ActionPlaceholder.withKeyCaps(field.text)
            let sentenceWords = Readability.sentences(in: text).map { Readability.words(in: $0) }
            allSentenceWords += sentenceWords
            for words in sentenceWords where words.count > maxSentenceWords {
                let opening = words.prefix(6).joined(separator: " ")
                warn(
                    "a sentence of \(words.count) words in screen '\(screen.id)' (\"\(opening) …\")", location,
                    "split it into shorter sentences of \(maxSentenceWords) words or fewer")
            }
            // The jargon list is of English words; a Polish guide is checked by its reviewer instead.
            for entry in english ? JargonList.matches(in: text) : [] {
                warn(
                    "'\(entry.term)' is jargon (screen '\(screen.id)')", location,
                    "say '\(entry.plain)' instead, or explain the word")
            }
        }
        let wordCount = allSentenceWords.reduce(0) { $0 + $1.count }
        // Flesch Reading Ease is calibrated on English syllables and sentence lengths only.
        if english, wordCount >= minWordsForReadingEase,
            let score = Readability.fleschReadingEase(wordsBySentence: allSentenceWords),
            score < minReadingEase
        {
            warn(
                "screen '\(screen.id)' is hard to read (Flesch Reading Ease \(Int(score.rounded())), aim for \(Int(minReadingEase)) or more)",
                screen.location, "use shorter sentences and shorter, everyday words")
        }
    }

    /// Text that names a key ("Press F2") tells the line mode's users to press a key that does nothing there.
    private static func checkKeyNames(in text: String, screen: Screen, at location: SourceLocation, warn: Warn) {
        for keyCap in keyNames(in: text) {
            let action = GuideAction.named(byKeyCap: keyCap)
            warn(
                "screen '\(screen.id)' names the key \(keyCap); the line mode has no keys", location,
                action.map {
                    "name the action instead: {key:\($0.rawValue)} shows \(keyCap) on the full screen and the word to type in the line mode"
                }
                    ?? "name the action with {key:NAME}, one of: \(GuideAction.choices)")
        }
    }

    /// A function key's name as a whole word. Built once: a regex literal is parsed again each time it is evaluated.
    nonisolated(unsafe) private static let keyNamePattern = #/\bF(10|[1-9])\b/#

    /// Every match of `keyNamePattern` in `text`, in order.
    ///
    /// The regex took a third of loading and linting a large guide: its `\b` asks Unicode word-break questions at
    /// each position. It can only match where an F is followed by a digit from 1 to 9, which a byte scan finds at
    /// once, so it runs only on the lines that hold one. A line break is a word boundary on both sides and joins
    /// no word with the next line's, so a line gives the same matches alone as in the whole text.
    static func keyNames(in text: String) -> [String] {
        var names: [String] = []
        for line in linesNamingFunctionKeys(in: text) {
            for match in text[line].matches(of: keyNamePattern) { names.append(String(text[match.range])) }
        }
        return names
    }

    /// The lines of `text` that hold an F followed by a digit from 1 to 9. A text with a carriage return is one
    /// line: a CR LF pair is one character, which a cut between its two bytes would split.
    static func linesNamingFunctionKeys(in text: String) -> [Range<String.Index>] {
        let bytes = text.utf8
        guard mayNameFunctionKey(text) else { return [] }
        guard !bytes.contains(UInt8(ascii: "\r")) else { return [text.startIndex..<text.endIndex] }
        var lines: [Range<String.Index>] = []
        var lineStart = bytes.startIndex
        var afterF = false
        var candidate = false
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                if candidate { lines.append(lineStart..<index) }
                lineStart = bytes.index(after: index)
                candidate = false
            } else if afterF, byte >= UInt8(ascii: "1"), byte <= UInt8(ascii: "9") {
                candidate = true
            }
            afterF = byte == UInt8(ascii: "F")
            index = bytes.index(after: index)
        }
        if candidate { lines.append(lineStart..<bytes.endIndex) }
        return lines
    }

    /// Whether `text` holds an F followed by a digit from 1 to 9: every name of a function key does.
    static func mayNameFunctionKey(_ text: String) -> Bool {
        var afterF = false
        for byte in text.utf8 {
            if afterF, byte >= UInt8(ascii: "1"), byte <= UInt8(ascii: "9") { return true }
            afterF = byte == UInt8(ascii: "F")
        }
        return false
    }

    private static func checkBalance(_ compare: CompareScreen, in screen: Screen, warn: Warn) {
        for option in compare.options {
            let location = screen.fieldLocations["option.\(option.id)"] ?? screen.location
            let pros = option.pros.count
            let cons = option.cons.count
            if (pros > 0 && cons == 0) || (cons > 0 && pros == 0) || abs(pros - cons) > 1 {
                warn(
                    "option '\(option.id)' of screen '\(screen.id)' has \(pros) pros and \(cons) cons", location,
                    "give good points and downsides in equal detail (IPDAS)")
            }
        }
        let proCounts = compare.options.map(\.pros.count)
        let conCounts = compare.options.map(\.cons.count)
        for (name, counts) in [("pros", proCounts), ("cons", conCounts)] {
            if let low = counts.min(), let high = counts.max(), high - low > 1 {
                warn(
                    "the options of screen '\(screen.id)' have between \(low) and \(high) \(name)",
                    screen.fieldLocations["options"] ?? screen.location,
                    "describe each option in equal detail, so that none looks better just by having more said about it")
            }
        }
    }
}
