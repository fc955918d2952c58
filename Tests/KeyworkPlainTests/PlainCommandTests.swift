import Foundation
import KeyworkPlain
import KeyworkScreen
import KeyworkWords
import Testing

@Suite struct PlainCommandTests {
    @Test func wholeLinesAreCommandsInAnyCase() {
        #expect(PlainCommand(line: "help", words: .english) == .help)
        #expect(PlainCommand(line: "?", words: .english) == .help)
        #expect(PlainCommand(line: "Not Sure", words: .english) == .notSure)
        #expect(PlainCommand(line: "BACK", words: .english) == .back)
        #expect(PlainCommand(line: "pause", words: .english) == .pause)
        #expect(PlainCommand(line: "read", words: .english) == .read)
        #expect(PlainCommand(line: "private", words: .english) == .privacy)
        #expect(PlainCommand(line: "again", words: .english) == .again)
        #expect(PlainCommand(line: "question", words: .english) == .question(nil))
        #expect(PlainCommand(line: "question Why every day?", words: .english) == .question("Why every day?"))
    }

    @Test func wordsInsideAnAnswerAreNotCommands() {
        #expect(PlainCommand(line: "go back home", words: .english) == nil)
        #expect(PlainCommand(line: "pause for a while", words: .english) == nil)
        #expect(PlainCommand(line: "2", words: .english) == nil)
        #expect(PlainCommand(line: "", words: .english) == nil)
    }
}

/// The commands in Polish, and the rule that the help and the short reminder name only words that work.
@Suite struct PlainCommandLanguageTests {
    let polish = Words(.polish)

    @Test func polishCommandsAreTakenInAnyCase() {
        #expect(PlainCommand(line: "pomoc", words: polish) == .help)
        #expect(PlainCommand(line: "Jeszcze  raz", words: polish) == .again)
        #expect(PlainCommand(line: "pytanie", words: polish) == .question(nil))
        #expect(PlainCommand(line: "pytanie Kogo zobaczę?", words: polish) == .question("Kogo zobaczę?"))
        #expect(PlainCommand(line: "NIE WIEM", words: polish) == .notSure)
        #expect(PlainCommand(line: "wstecz", words: polish) == .back)
        #expect(PlainCommand(line: "czytaj", words: polish) == .read)
        #expect(PlainCommand(line: "prywatnie", words: polish) == .privacy)
        #expect(PlainCommand(line: "pauza", words: polish) == .pause)
    }

    @Test func englishCommandsStillWorkInPolishButPolishOnesAreNotEnglish() {
        #expect(PlainCommand(line: "back", words: polish) == .back)
        #expect(PlainCommand(line: "question Why?", words: polish) == .question("Why?"))
        #expect(PlainCommand(line: "wstecz", words: .english) == nil)
        #expect(PlainCommand(line: "pauza", words: .english) == nil)
    }

    @Test func polishWordsInsideAnAnswerAreNotCommands() {
        #expect(PlainCommand(line: "nie wiem jeszcze", words: polish) == nil)
        #expect(PlainCommand(line: "pytania", words: polish) == nil)
    }

    @Test(arguments: Language.allCases)
    func everyCommandTheHelpListsIsOne(language: Language) {
        let words = Words(language)
        let plain = PlainWords(words)
        // The first entry is "help or ?", which lists two spellings.
        #expect(plain.commands.first?.command.hasPrefix(words[.plainCommandHelp]) == true)
        #expect(PlainCommand(line: words[.plainCommandHelp], words: words) == .help)
        #expect(PlainCommand(line: "?", words: words) == .help)
        let others = plain.commands.dropFirst().compactMap { PlainCommand(line: $0.command, words: words) }
        #expect(others.count == plain.commands.count - 1, "\(language.code): a listed command is not understood")
        #expect(others.map { "\($0)" }.count == Set(others.map { "\($0)" }).count, "two listed words mean the same")
    }

    @Test(arguments: Language.allCases)
    func everyCommandTheShortReminderNamesIsOne(language: Language) throws {
        let reminder = PlainWords(Words(language)).commandsShort
        let list = try #require(reminder.split(separator: ":", maxSplits: 1).last)
        let named = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces.union(["."])) }
        #expect(named.count == 6)
        for command in named {
            #expect(PlainCommand(line: command, words: Words(language)) != nil, "\(language.code): \(command)")
        }
    }
}
