import KeyworkGuides
import KeyworkWords

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
            throw SessionRefusal(.refuseHeadCountNumber)
        }
        let list = initials.split { $0 == "," || $0.isWhitespace }.map(String.init)
        for item in list where item.count > maxInitialsLength || !item.allSatisfy(\.isLetter) {
            throw SessionRefusal(.refuseNotInitials, ["typed": .text(item)])
        }
        guard list.count <= number else {
            throw SessionRefusal(.refuseInitialsForPeople, ["initials": .number(list.count), "count": .number(number)])
        }
        return Participants(headCount: number, initials: list)
    }
}
