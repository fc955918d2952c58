import Foundation
import Testing

/// A whole session in Polish in a real terminal: the program's own words from the Polish table,
/// the tour-pl guide's words from the guide, and the same journal and seal as in English.
@Suite struct PolishSessionEndToEndTests {
    static let keyworker = "Sam Keyworker"

    @Test func aSessionWithLanguagePlShowsPolishWordsAndEndsInAVerifiedSeal() throws {
        let store = try KeyworkBinary.temporaryStore()
        let command = [
            KeyworkBinary.path, "session", "--language", "pl", "--guide", "tour-pl", "--client", "C-3003",
            "--keyworker", Self.keyworker, "--store", store,
        ].map(Tmux.quote).joined(separator: " ")
        let tmux = try Tmux(command: command, columns: 100, rows: 45)

        // The footer and the help box speak Polish.
        let welcome = try tmux.waitFor(words: "To jest krótki przewodnik. Pokazuje, jak wygląda sesja.")
        #expect(welcome.contains("Ekran 1 z"))
        for word in ["Enter Dalej", "F2 Pytaj", "F3 Nie wiem", "F1 Pomoc", "F10 Pauza"] {
            #expect(welcome.contains(word), "the footer lacks \(word):\n\(welcome)")
        }
        try tmux.send("F1")
        let help = try tmux.waitFor("Pomoc: wszystkie klawisze")
        #expect(help.contains("Masz wątpliwości albo się nie zgadzasz"))
        #expect(help.contains("Dowolny klawisz Zamknij pomoc"))
        try tmux.send("Escape")
        try tmux.waitForAbsence(of: "Pomoc: wszystkie klawisze")
        try tmux.send("Enter")

        try tmux.waitFor(words: "Co najbardziej pomogłoby ci w tym tygodniu?")
        #expect(try tmux.screen().contains("Coś innego"))
        try tmux.send("1")
        try tmux.waitFor("> (o) ")
        try tmux.send("Enter")

        try tmux.waitFor(words: "Czy chcesz jeszcze coś powiedzieć o tym tygodniu?")
        try tmux.type("Dobrze")
        try tmux.waitFor("Dobrze")
        try tmux.send("Enter")

        try tmux.waitFor(words: "Ile masz nadziei na ten tydzień?")
        try tmux.send("7")
        try tmux.waitFor("Wybrano 7.")
        try tmux.send("Enter")

        try tmux.waitFor(words: "Oto trzy sposoby na wsparcie.")
        #expect(try tmux.screen().contains("Dobre strony"))
        try tmux.enterUntilGone("Oto trzy sposoby na wsparcie.")

        try tmux.waitFor(words: "Który sposób najbardziej by ci pasował w tym tygodniu?")
        try tmux.send("2")
        try tmux.waitFor("(o) Rozmowa telefoniczna")
        try tmux.send("Enter")
        try tmux.waitFor("> Dlaczego, własnymi słowami")
        try tmux.type("Bez jazdy")
        try tmux.waitFor("Bez jazdy")
        try tmux.send("Enter")
        try tmux.waitFor("> Zdanie terapeuty prowadzącego")
        try tmux.send("1")
        try tmux.waitFor("(o) Zgadza się")
        try tmux.send("Enter")
        try tmux.waitFor("> Czy ten wybór wchodzi do planu?")
        // t for "tak" picks yes, as y does in English.
        try tmux.send("t")
        try tmux.waitFor("(o) Tak")
        try tmux.send("Enter")

        try tmux.waitFor("Wybór: Rozmowa telefoniczna")
        try tmux.send("1")
        try tmux.waitFor("(o) Tak")
        try tmux.send("Enter")

        try tmux.waitFor(words: "Oto cztery krótkie pytania.")
        for (index, question) in [
            "Czy czujesz się pewnie", "Czy znasz dobre strony", "Czy wiesz, które", "Czy masz dość",
        ]
        .enumerated() {
            try tmux.waitFor("> \(question)")
            try tmux.send("t")
            try tmux.waitUntil("\(index + 1) answered tak") {
                $0.components(separatedBy: "(o) Tak").count - 1 == index + 1
            }
            try tmux.send("Enter")
        }

        // Both at once: a capture taken while the screen is still being written may hold the first line only.
        try tmux.waitUntil("the summary with its headings in Polish") {
            Tmux.collapsingWhitespace($0).contains("Oto, co dziś wybrano i powiedziano.") && $0.contains("Decyzja")
        }
        try tmux.pageToTheEnd(marker: "więcej niżej")
        try tmux.send("Enter")

        try tmux.waitFor(words: "Przeczytaj każde zdanie.")
        let statements = [
            "Wybieram wsparcie, które pasuje mi w tym tygodniu.",
            "Mój terapeuta prowadzący zrobi to, co dziś uzgodniono.",
            "W każdej chwili możemy jeszcze raz spojrzeć na ten plan.",
        ]
        try tmux.tickEveryStatement(statements)
        try tmux.send("Enter")
        try tmux.waitFor(words: "> Klient: Zgadzam się na ten plan na ten tydzień.")
        try tmux.type("AB")
        try tmux.waitFor("AB_")
        try tmux.send("Enter")
        try tmux.waitFor("Podpis: AB (klient)")
        try tmux.waitFor("> Terapeuta prowadzący: ")
        try tmux.type(Self.keyworker)
        try tmux.waitFor(Self.keyworker + "_")
        try tmux.send("Enter")
        try tmux.waitFor("Wszyscy się podpisali. Naciśnij Enter, aby zakończyć.")
        try tmux.send("Enter")

        try tmux.waitFor(words: "Dziękujemy. To koniec przewodnika.")
        try tmux.send("Enter")
        let sealed = try tmux.waitFor("Kod potwierdzenia: ")
        #expect(sealed.contains("Zapisane i zapieczętowane"))
        try tmux.send("Enter")
        #expect(try tmux.waitForExit() == 0)

        try GuideWalk.checkSealedStore(store, client: "AB")
        let contents = StoreContents(root: store)
        let journal = try String(
            contentsOfFile: contents.sessionFolder(try contents.onlySessionID()) + "/journal.jsonl", encoding: .utf8)
        let header = try #require(journal.split(separator: "\n").first)
        #expect(header.contains(#""origin":"builtin:tour-pl","language":"pl"}"#), "\(header)")
    }

    @Test func keyworkLanguageInTheEnvironmentShowsTheHomeScreenInPolish() throws {
        let store = try KeyworkBinary.temporaryStore()
        let command = [KeyworkBinary.path, "home", "--store", store].map(Tmux.quote).joined(separator: " ")
        let tmux = try Tmux(command: command, environment: ["KEYWORK_LANGUAGE": "pl"])
        let home = try tmux.waitFor("Co chcesz zrobić?")
        #expect(home.contains("Zacznij sesję"))
        #expect(home.contains("Esc Wyjdź"))
        try tmux.send("Escape")
        #expect(try tmux.waitForExit() == 0)
    }
}
