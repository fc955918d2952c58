/// Codes said one character at a time. A speech engine reads `83F2-K9QX-1T7M` as "eighty-three F two…" and a
/// session id as a long number; someone writing it down needs "8 3 F 2, K 9 Q X, 1 T 7 M".
///
/// A code is a word of four or more letters, digits and hyphens with at least one letter and one digit, so
/// plain numbers ("28 days"), dates ("2026-12-07") and words stay as they are.
public enum SpokenCodes {
    /// `text` with every code spelled out: characters apart, letters in capitals, each hyphen a pause.
    public static func spelled(_ text: String) -> String {
        var result = ""
        var word = ""
        for character in text {
            if isCodeCharacter(character) {
                word.append(character)
            } else {
                result += spokenWord(word)
                word = ""
                result.append(character)
            }
        }
        return result + spokenWord(word)
    }

    private static func isCodeCharacter(_ character: Character) -> Bool {
        character == "-" || (character.isASCII && (character.isLetter || character.isNumber))
    }

    private static func spokenWord(_ word: String) -> String {
        let isCode =
            word.count >= 4 && word.contains(where: \.isLetter) && word.contains(where: \.isNumber)
            && !word.hasPrefix("-") && !word.hasSuffix("-")
        guard isCode else { return word }
        return word.split(separator: "-").map { group in group.uppercased().map(String.init).joined(separator: " ") }
            .joined(separator: ", ")
    }
}
