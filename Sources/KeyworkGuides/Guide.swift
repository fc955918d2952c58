// KeyworkGuides owns the guide format: the typed model, the YAML loader, lint and the agency's guide folder. The
// guides built into the program are KeyworkBuiltinGuides', one layer up.
// It may import Yams and KeyworkYAML (YAML with located errors), KeyworkDiagnostics (its errors), KeyworkText
// (outside text checked) and swift-crypto (for content hashes), and nothing else of Keywork's.
// It never writes files and never touches the terminal.

import KeyworkDiagnostics

/// A guide: the content that a session walks through, loaded from one YAML file (format `keywork: 1`).
public struct Guide: Sendable, Equatable {
    /// The format version, the `keywork:` key. Only 1 exists.
    public var formatVersion: Int
    public var id: String
    public var title: String
    /// The content version, recorded with the content hash in every transcript.
    public var version: String
    public var language: String
    /// Whether the guide runs as a one-to-one session or as a group walkthrough.
    public var mode: GuideMode
    /// How a group walkthrough records who came: a head count, or a head count and initials.
    public var participants: ParticipantRecording?
    /// `status:` as the guide writes it; nil when left out (see `isReviewed`).
    public var status: ReviewStatus?
    /// The named clinical lead who reviewed the content, `reviewed_by:`.
    public var reviewedBy: String?
    /// When that clinical lead reviewed the content.
    public var reviewed: GuideDate?
    public var reviewBy: GuideDate?
    /// The guidelines the content rests on, cited by name.
    public var sources: [String]
    /// A line for the keyworker, such as "An agency's clinical lead must review this guide before real use."
    public var notice: String?
    /// `repeat_after_days:`: the same guide is due again this many days after a session of it, for `keywork due`.
    public var repeatAfterDays: Int?
    public var screens: [Screen]
    /// Where the guide came from: a file path, or `builtin:<id>`.
    public var origin: String
    /// SHA-256 (hex) over the metadata and every screen's text hash; see Docs/transcript-format.md.
    public var contentHash: String
    /// Where each metadata key is in the guide file, by YAML key (`"reviewed"`, `"sources"`, ...), with `""`
    /// for the start of the file; lint uses these to put a line number on its warnings.
    public var fieldLocations: [String: SourceLocation]

    public init(
        formatVersion: Int = 1, id: String, title: String, version: String, language: String = "en",
        mode: GuideMode = .session, participants: ParticipantRecording? = nil, status: ReviewStatus? = nil,
        reviewedBy: String? = nil, reviewed: GuideDate? = nil, reviewBy: GuideDate? = nil,
        sources: [String] = [], notice: String? = nil, repeatAfterDays: Int? = nil, screens: [Screen], origin: String,
        contentHash: String = "", fieldLocations: [String: SourceLocation] = [:]
    ) {
        self.formatVersion = formatVersion
        self.id = id
        self.title = title
        self.version = version
        self.language = language
        self.mode = mode
        self.participants = participants
        self.status = status
        self.reviewedBy = reviewedBy
        self.reviewed = reviewed
        self.reviewBy = reviewBy
        self.sources = sources
        self.notice = notice
        self.repeatAfterDays = repeatAfterDays
        self.screens = screens
        self.origin = origin
        self.contentHash = contentHash
        self.fieldLocations = fieldLocations
    }

    /// Whether a named clinical lead has reviewed the guide: `reviewed_by:` and `reviewed:` together, and no
    /// `status: draft` saying it has changed since. Every other guide is a draft, "not yet clinically reviewed".
    public var isReviewed: Bool {
        status != .draft && reviewedBy != nil && reviewed != nil
    }

    /// The screen with this id, if there is one.
    public func screen(_ id: String) -> Screen? {
        screens.first { $0.id == id }
    }

    /// The position of the screen with this id in `screens`.
    public func index(of id: String) -> Int? {
        screens.firstIndex { $0.id == id }
    }
}

public enum GuideMode: String, Sendable, Equatable, CaseIterable {
    /// One keyworker and one client on a shared screen.
    case session
    /// A facilitator and a group; no client references, anonymous questions.
    case group
}

/// `status:` in a guide: a draft until a named clinical lead has reviewed it.
public enum ReviewStatus: String, Sendable, Equatable, CaseIterable {
    /// Not yet clinically reviewed, or changed since it was.
    case draft
    /// Reviewed by the clinical lead named in `reviewed_by:`, on the date in `reviewed:`.
    case reviewed
}

/// `participants:` in a group guide: what the facilitator is asked for at the start. Never names.
public enum ParticipantRecording: String, Sendable, Equatable, CaseIterable {
    /// Only how many people are in the group.
    case count
    /// How many, and optionally their initials.
    case initials
}

/// A calendar date written as YYYY-MM-DD in a guide.
public struct GuideDate: Sendable, Equatable, Comparable, Hashable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`; nil when the text is not a real calendar date.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), day >= 1, day <= GuideDate.daysIn(month: month, year: year)
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    public var description: String {
        let y = String(year).leftPadded(to: 4)
        let m = String(month).leftPadded(to: 2)
        let d = String(day).leftPadded(to: 2)
        return "\(y)-\(m)-\(d)"
    }

    public static func < (lhs: GuideDate, rhs: GuideDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
