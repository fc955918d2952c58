import Foundation
import KeyworkBuiltinGuides
import KeyworkGuides
import KeyworkSession
import KeyworkTestSupport
import KeyworkWords
import Testing

@testable import KeyworkRecord

/// The client's copy is in the session's language (its guide's), and `keywork export --language en` gives an
/// English copy of the same record for the case file. What people typed and what signatures mean stay as recorded.
///
/// `KEYWORK_UPDATE_GOLDEN=1` records the golden copies and fails, to have their diff read before committing.
@Suite struct ClientCopyLanguageTests {
    private let folder = TemporaryFolder()

    /// The Polish tour answered in Polish: a practical choice, a wait, one "no" in the SURE check.
    static let polishTourActions: [SessionAction] = [
        .start, .proceed,
        .submit(.choice(option: "practical", other: nil)),
        .submit(.multi(options: ["forms", "home"])),
        .submit(.text("Potrzebuję pomocy z czynszem.")),
        .submit(.scale(6)),
        .proceed,
        .submit(.decision(Decision(preferred: "visit", reasons: "Wolę rozmawiać twarzą w twarz."))),
        .submit(
            .availability(
                Availability(
                    availableNow: false, howPlanDiffers: "Na razie rozmowa telefoniczna.",
                    extraSupport: "Telefon od terapeuty prowadzącego w poniedziałek.",
                    estimatedWaitWeeks: 2, howToldOfDelays: "SMS-em.", contact: "Recepcja, 0161 496 0000"))),
        .submit(.sure(SureCheck(answers: [true, true, false, true], wayOn: .continueAnyway))),
        .proceed,
        .tick(statement: "statement-1", ticked: true),
        .tick(statement: "statement-2", ticked: true),
        .markNotAgreed(statement: "statement-3", words: "Wolę raz w miesiącu."),
        .sign(role: .client, name: "Ż. Kowalska"),
        .sign(role: .keyworker, name: "Sam Keyworker"),
        .proceed, .proceed,
    ]

    private func polishCopy(words: Words) throws -> ClientCopy {
        let guide = try #require(BuiltinGuides.guide(id: "tour-pl"))
        try ClientCopyFixture.record(in: folder.store, actions: Self.polishTourActions, guide: guide)
        let verified = Verifier.readVerified(
            folder: folder.store.sessionFolder(ClientCopyFixture.sessionID), trust: Fixture.trust(Fixture.key()))
        return try ClientCopy.make(from: verified, guide: guide, words: words)
    }

    @Test func theSessionsLanguageIsItsGuidesWhenKeyworkHasWordsForIt() {
        #expect(ClientCopy.language(ofGuide: "pl", fallback: .english) == .polish)
        #expect(ClientCopy.language(ofGuide: "pl-PL", fallback: .english) == .polish)
        #expect(ClientCopy.language(ofGuide: "en", fallback: .polish) == .english)
        #expect(ClientCopy.language(ofGuide: "de", fallback: .polish) == .polish)
    }

    @Test func aPolishSessionsCopyIsPolish() throws {
        let london = try #require(TimeZone(identifier: "Europe/London"))
        let text = try polishCopy(words: Words(.polish)).rendered(as: .text, timeZone: london)
        Fixture.golden.check(text, named: "client-copy-pl.txt")
        #expect(text.hasPrefix("TWOJA KOPIA: KRÓTKI PRZEWODNIK PO KEYWORK"))
        #expect(text.contains("Kontakt: Recepcja, 0161 496 0000"))
        #expect(text.contains("piątek 27 listopada 2026"))
    }

    @Test func theSameRecordGivesAnEnglishCopyForTheCaseFile() throws {
        let london = try #require(TimeZone(identifier: "Europe/London"))
        let text = try polishCopy(words: .english).rendered(as: .text, timeZone: london)
        Fixture.golden.check(text, named: "client-copy-pl-in-english.txt")
        #expect(text.hasPrefix("YOUR COPY: KRÓTKI PRZEWODNIK PO KEYWORK"))
        // What was typed, and the guide's own words, are never translated.
        #expect(text.contains("Wolę rozmawiać twarzą w twarz."))
        #expect(text.contains("What this signature means: Zgadzam się na ten plan na ten tydzień."))
        #expect(text.contains("Friday 27 November 2026"))
    }

    @Test func thePolishHTMLCopySaysItsLanguage() throws {
        let london = try #require(TimeZone(identifier: "Europe/London"))
        let html = try polishCopy(words: Words(.polish)).rendered(as: .html, timeZone: london)
        #expect(html.contains("<html lang=\"pl\">"))
        #expect(html.contains("<h2>Co dalej</h2>"))
    }
}
