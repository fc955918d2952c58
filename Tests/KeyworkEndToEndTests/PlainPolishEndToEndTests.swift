import Foundation
import Testing

/// The line mode in Polish through the real binary: piped Polish input to a seal that `keywork verify`
/// accepts, with the line mode's own words, and what is printed at the end, in Polish.
@Suite struct PlainPolishEndToEndTests {
    /// The lines for a whole `tour-pl`, typed with the Polish words the Polish hints name.
    static let tourLines = [
        "", "2", "1 3", "", "pytanie Kogo zobaczę?", "nie wiem", "", "7", "",
        "2", "Mogę rozmawiać z domu", "1", "tak",  // the decision
        "tak",  // it can start now
        "tak", "tak", "tak", "tak",  // SURE
        "zostaw", "",  // keep the question for next time, then the summary
        "tak", "tak", "tak", "Jo Klient", "Sam Keyworker", "",  // consent
        "",  // what happens next
    ]

    func session(store: String, extra: [String] = []) -> [String] {
        [
            "session", "--plain", "--language", "pl", "--guide", "tour-pl", "--client", "C-1042", "--keyworker",
            "Sam Keyworker", "--store", store,
        ] + extra
    }

    func input(_ lines: [String]) -> String { lines.joined(separator: "\n") + "\n" }

    @Test func aWholePolishTourFromPipedInputEndsInAVerifiedSeal() throws {
        let store = try KeyworkBinary.temporaryStore()
        let result = try KeyworkBinary.run(
            session(store: store), environment: ["TERM": "dumb", "LANG": "C.UTF-8"], input: input(Self.tourLines))
        #expect(result.status == 0, "stderr: \(result.errors)\nstdout ends: \(result.output.suffix(800))")
        #expect(!result.output.contains("\u{1B}"))
        for words in [
            "Witamy. Ekran 1 z", "Naciśnij Enter, aby przejść dalej. Także: pomoc, pytanie, nie wiem",
            "Opcja 2 z 3: Rozmowa telefoniczna", "Twoje pytanie jest zapisane. Do tej pory: 1.",
            "Pytanie 1: Kogo zobaczę?",
            "Podpisuje się: Klient. To znaczy: Zgadzam się na ten plan na ten tydzień.", "Kod potwierdzenia:",
        ] {
            #expect(result.output.contains(words), "missing: \(words)")
        }
        for english in ["Press Enter", "Type the number", "Screen 1 of", "Option 2 of", "signs. This means"] {
            #expect(!result.output.contains(english), "English in the Polish line mode: \(english)")
        }
        // The seal's message is printed once: the line mode does not repeat it after the session.
        #expect(result.output.components(separatedBy: "Zapisane i zapieczętowane").count == 2)

        let contents = StoreContents(root: store)
        let id = try contents.onlySessionID()
        let kinds = try contents.events(id).map(\.eventName)
        for kind in ["question_noted", "question_carried_forward", "flag_raised", "signed", "completed"] {
            #expect(kinds.contains(kind), "no \(kind) event in \(kinds)")
        }
        let verify = try KeyworkBinary.run(["verify", contents.sessionFolder(id)])
        #expect(verify.status == 0, "verify said: \(verify.output) \(verify.errors)")
    }

    @Test func theEndOfInputPausesInPolishAndPauzaPausesOnPurpose() throws {
        let store = try KeyworkBinary.temporaryStore()
        let ended = try KeyworkBinary.run(session(store: store), input: input(Array(Self.tourLines.prefix(3))))
        #expect(ended.status == 0, "stderr: \(ended.errors)")
        #expect(ended.output.contains("Koniec danych wejściowych."))
        #expect(ended.output.contains("Pauza. Wszystko jest zapisane.\nAby dokończyć: keywork resume"))

        let other = try KeyworkBinary.temporaryStore()
        let paused = try KeyworkBinary.run(session(store: other), input: input(["", "pauza", "never read"]))
        #expect(paused.status == 0, "stderr: \(paused.errors)")
        #expect(paused.output.contains("Pauza. Wszystko jest zapisane."))
        #expect(!paused.output.contains("Koniec danych wejściowych."))
        let contents = StoreContents(root: other)
        let id = try contents.onlySessionID()
        #expect(try contents.events(id).map(\.eventName).last == "paused")
    }

    /// The Polish tour with Keywork's own words in English: the answers typed with the English words.
    static let tourLinesInEnglish = [
        "", "2", "1 3", "", "question Kogo zobaczę?", "not sure", "", "7", "",
        "2", "Mogę rozmawiać z domu", "1", "yes",  // the decision
        "yes",  // it can start now
        "yes", "yes", "yes", "yes",  // SURE
        "keep", "",  // keep the question for next time, then the summary
        "yes", "yes", "yes", "Jo Klient", "Sam Keyworker", "",  // consent
        "",  // what happens next
    ]

    @Test func aPolishSessionEndsInPolishAndItsCopyIsPolishUnlessEnglishIsAskedFor() throws {
        let store = try KeyworkBinary.temporaryStore()
        let arguments = session(store: store).filter { $0 != "--language" && $0 != "pl" } + ["--language", "en"]
        let result = try KeyworkBinary.run(arguments, input: input(Self.tourLinesInEnglish))
        #expect(result.status == 0, "stderr: \(result.errors)\nstdout ends: \(result.output.suffix(800))")
        // Keywork's words were English, but the end is said in the session's language.
        #expect(result.output.contains("Press Enter to go on."))
        #expect(result.output.contains("Zapisane i zapieczętowane"))
        #expect(!result.output.contains("Saved and sealed"))

        let id = try StoreContents(root: store).onlySessionID()
        let polish = try KeyworkBinary.run(["export", id, "--store", store])
        #expect(polish.status == 0, "\(polish.errors)")
        #expect(polish.output.hasPrefix("TWOJA KOPIA: KRÓTKI PRZEWODNIK PO KEYWORK"))
        #expect(polish.output.contains("Co dalej"))
        let english = try KeyworkBinary.run(["export", id, "--store", store, "--language", "en"])
        #expect(english.status == 0, "\(english.errors)")
        #expect(english.output.hasPrefix("YOUR COPY: KRÓTKI PRZEWODNIK PO KEYWORK"))
        #expect(english.output.contains("What happens next"))
        #expect(english.output.contains("Jo Klient"), "what was typed is never translated")
        let unknown = try KeyworkBinary.run(["export", id, "--store", store, "--language", "xx"])
        #expect(unknown.status == 64)
        #expect(unknown.errors.contains("unknown language 'xx' (from --language)"))
    }
}
