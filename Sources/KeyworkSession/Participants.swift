import KeyworkGuides

/// Who came to a group walkthrough: a head count, and initials only if the guide asks for them. Never names.
/// Recorded once in the journal header; nothing in a group record links a question or an answer to a person.
public struct Participants: Sendable, Equatable {
    public var headCount: Int
    public var initials: [String]

    /// The most initials one person may have; anything longer looks like a name.
    public static let maxInitialsLength = 4

    public init(headCount: Int, initials: [String] = []) {
        self.headCount = headCount
        self.initials = initials
    }

    /// Reads what the facilitator typed: a head count, and initials separated by spaces or commas.
    /// A refusal says in plain words what to type instead.
    public static func parse(headCount: String, initials: String = "") throws(SessionRefusal) -> Participants {
        let count = headCount.trimmed
        guard !count.isEmpty, count.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(count), number >= 1
        else {
            throw SessionRefusal("Please type how many people are in the group, as a number, such as 8.")
        }
        let list = initials.split { $0 == "," || $0.isWhitespace }.map(String.init)
        for item in list where item.count > maxInitialsLength || !item.allSatisfy(\.isLetter) {
            throw SessionRefusal(
                "\"\(item)\" is not initials. Please type initials only, such as AB CD, never names.")
        }
        guard list.count <= number else {
            throw SessionRefusal("That is \(list.count) sets of initials for \(number) people. Please check.")
        }
        return Participants(headCount: number, initials: list)
    }
}
