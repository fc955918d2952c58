/// The client's copy and the group handout in Polish.
/// NOT REVIEWED: written by the developers, not by a fluent speaker (Docs/translations.md). It speaks to the
/// client as "ty" and uses forms that do not depend on the reader's gender: the present tense, impersonal "-no"
/// forms and nouns, never "zgodziłeś" or "zgodziłaś".
enum PolishCopyWords {
    static let table: [CopyPhrase: PhraseEntry] = [
        // Titles.
        .copyTitle: "Twoja kopia: {guide}",
        .handoutTitle: "Materiały dla grupy: {guide}",

        // Page one: what happens next, who to call, the receipt code.
        .nextHeading: "Co dalej",
        .nextLookAgain: "Ponowne omówienie planu",
        .copyNotUsed: "Tę sesję zamknięto jako nieużytą: zaczęto ją przez pomyłkę i nic w niej nie uzgodniono.",
        .nextTalkAgain: "Terapeuta prowadzący porozmawia z tobą jeszcze raz o tym, na co nie ma twojej zgody.",
        .nextExpected: "Spodziewany początek",
        .nextExpectedValue: "{option}, za {weeks}",
        .nextWhileWaiting: "Wsparcie w czasie czekania",
        .nextDelays: "Gdy będą opóźnienia",
        .nextQuestions: "Pytania na następny raz",
        .nextNoDate: "Nie ustalono kolejnego terminu. Zapytaj terapeutę prowadzącego o następne spotkanie.",
        .callHeading: "Do kogo dzwonić",
        .callContact: "Kontakt",
        .callService: "Numer placówki",
        .callAskForNumber: "Zapytaj terapeutę prowadzącego o numer placówki i wpisz go tutaj: ______________",
        .callEmergency: "W nagłym wypadku dzwoń pod numer 999.",
        .yourKeyworker: "Terapeuta prowadzący",
        .yourService: "Placówka",
        .receiptHeading: "Twój kod potwierdzenia",
        .copyReceiptCode: "Kod potwierdzenia",
        .receiptKeep: "Ten kod pokazuje, że nikt nie zmienił zapisu dzisiejszej sesji. Zachowaj tę stronę.",
        .receiptKeepGroup: "Ten kod pokazuje, że nikt nie zmienił zapisu dzisiejszej grupy. Zachowaj tę stronę.",
        .draftNotice: "Przewodnik użyty dziś nie został jeszcze sprawdzony klinicznie.",

        // The decision and the wait.
        .decisionHeading: "Twoja decyzja",
        .yourChoice: "Twój wybór",
        .yourReasons: "Twoje powody",
        .keyworkerAgrees: "zgadza się z twoim wyborem",
        .keyworkerWorried: "ma co do niego pewne obawy",
        .theRisks: "Ryzyko",
        .safetySteps: "Uzgodnione kroki, by było bezpieczniej",
        .choiceAccepted: "Twój wybór trafia do planu.",
        .choiceNotAccepted: "Twój wybór nie mógł trafić do planu, ponieważ: {reason}",
        .noReasonGiven: "nie podano powodu",
        .copyAgreedInstead: "Co uzgodniono zamiast tego",
        .yourChoiceFallback: "Twój wybór",
        .startsNowHeading: "Kiedy można zacząć",
        .startsNow: "{option}: można zacząć od razu.",
        .waitingHeading: "Czekanie na początek",
        .notAvailableYet: "{option}: na razie niedostępne.",
        .howLongWait: "Jak długo może potrwać czekanie",
        .aboutWeeks: .plural(
            PluralForms(one: "około {count} tydzień", few: "około {count} tygodnie", many: "około {count} tygodni")),
        .planDiffers: "Czym twój plan na razie się różni",
        .extraSupport: "Dodatkowe wsparcie w czasie czekania",
        .toldOfDelays: "Jak dowiesz się o opóźnieniach",
        .moveLater: "Przejście później do: {option}",
        .moveLaterYes: "tak, gdy zwolni się miejsce",
        .moveLaterNo: "nie, tego nie uzgodniono",

        // How sure the client felt.
        .sureHeading: "Twoja pewność przed podpisaniem",
        .copySureIntro: "Przed podpisaniem padły cztery pytania o to, czy masz pewność co do wyboru.",
        .copySureScore: "Odpowiedź „tak”: {yes} z {total}.",
        .sureCarriedOn: "Co najmniej jedna odpowiedź brzmiała „nie”. Wybrano dalszą rozmowę i podpisanie dziś.",
        .sureWentBack: "Co najmniej jedna odpowiedź brzmiała „nie”. Wybrano powrót, by to omówić.",
        .surePaused: "Co najmniej jedna odpowiedź brzmiała „nie”. Wybrano przerwę i dokończenie innego dnia.",

        // What was agreed and not agreed.
        .agreedHeading: "Na co się zgadzasz",
        .agreedIntro: "Twoja zgoda obejmuje każde z tych zdań:",
        .agreedNone: "Nie ma twojej zgody na żadne zdanie.",
        .noAgreementHeading: "Na razie bez porozumienia",
        .noAgreementText:
            "Nie ma twojej zgody na zdanie, bez którego to porozumienie nie może być, więc na razie nie ma porozumienia. Nic nie zostało podpisane w twoim imieniu. Twoje słowa są zapisane, a terapeuta prowadzący porozmawia z tobą o tym jeszcze raz.",
        .notAgreedHeading: "Na co się nie zgadzasz",
        .notAgreedIntro: "Przy tych zdaniach zaznaczono brak twojej zgody. Przy każdym zapisano twoje słowa:",
        .notAgreedLine: "{statement} Twoje słowa: {words}",
        .quoted: "„{text}”",
        .copyNoWordsGiven: "(bez słów)",

        // Questions, flags and answers.
        .questionsHeading: "Twoje pytania",
        .questionsNone: "Nie zapisano żadnych pytań.",
        .yourQuestion: "Twoje pytanie",
        .askedDuring: "Zadane przy",
        .answer: "Odpowiedź",
        .copyCarriedForward: "Przeniesione na następny raz",
        .notYetAnswered: "Jeszcze bez odpowiedzi",
        .flagsHeading: "Gdzie była niepewność lub brak zgody",
        .flagsNone: "Nie zgłoszono „nie wiem” ani „nie zgadzam się”.",
        .flagsCount: .plural(
            PluralForms(
                one: "„Nie wiem” lub „nie zgadzam się” zgłoszono {count} raz:",
                few: "„Nie wiem” lub „nie zgadzam się” zgłoszono {count} razy:",
                many: "„Nie wiem” lub „nie zgadzam się” zgłoszono {count} razy:")),
        .flagLine: "Przy „{screen}”: {words}",
        .answersHeading: "Twoje odpowiedzi",
        .topic: "Temat",
        .question: "Pytanie",
        .yourAnswer: "Twoja odpowiedź",
        .copySomethingElse: "Coś innego: {words}",
        .noneOfThese: "Żadne z tych",
        .copySkipped: "Bez odpowiedzi (pominięte)",
        .copyScaleAnswer: "{value} w skali od {min} do {max}",
        .scaleEnd: "{value} oznacza: {label}",
        .rememberHeading: "Do zapamiętania",

        // Signatures.
        .signaturesHeading: "Podpisy",
        .nothingSigned: "Nic nie zostało podpisane.",
        .printedName: "Imię i nazwisko lub inicjały",
        .signedAs: "Rola",
        .dateAndTime: "Data i godzina",
        .signatureMeaning: "Co oznacza ten podpis",
        .copyRoleClient: "Klient",
        .copyRoleKeyworker: "Terapeuta prowadzący",
        .copyRoleFacilitator: "Osoba prowadząca grupę",

        // About the copy, its sources, and how to check it.
        .aboutHeading: "O tej kopii",
        .aboutText:
            "To twoja kopia zapisu rozmowy z terapeutą prowadzącym: co ustalono, co zdecydowano i co podpisano.",
        .guide: "Przewodnik",
        .guideVersion: "{title} (wersja {version})",
        .review: "Sprawdzenie kliniczne",
        .reviewedBy: "sprawdzenie: {name}, {date}",
        .notYetReviewed: "jeszcze niesprawdzony klinicznie",
        .clientReference: "Twój numer klienta",
        .sessionDate: "Data sesji",
        .sourcesHeading: "Skąd pochodzą informacje",
        .sourcesIntro: "Przewodnik użyty dziś opiera się na tych źródłach:",
        .checkHeading: "Sprawdzanie zapisu",
        .sealedSession:
            "Zapis tej sesji jest zapieczętowany. Gdyby ktoś zmienił w nim choćby jedną literę, sprawdzenie by to wykazało.",
        .sealedGroup:
            "Zapis tej grupy jest zapieczętowany. Gdyby ktoś zmienił w nim choćby jedną literę, sprawdzenie by to wykazało.",
        .checkLine:
            "Aby sprawdzić, czy zapis nie został zmieniony, poproś placówkę o uruchomienie: keywork verify {session}. Kod potwierdzenia musi się zgadzać: {code}.",
        .moment: "{day}, godz. {time}",

        // The group handout.
        .handoutAboutHeading: "O tych materiałach",
        .handoutAbout:
            "Te materiały są dla wszystkich uczestników grupy. Jest w nich to, o czym była mowa, oraz pytania grupy wraz z odpowiedziami. Nikt nie jest w nich wymieniony z imienia.",
        .facilitator: "Osoba prowadząca",
        .groupDate: "Data spotkania",
        .peopleInGroup: "Liczba osób w grupie",
        .talkedAbout: "Tematy spotkania",
        .groupAgreedHeading: "Na co zgodziła się grupa",
        .groupAgreedCount: "Zgoda: {agreed} z {present} osób.",
        .groupQuestionsHeading: "Pytania grupy",
        .groupQuestionsNone: "Grupa nie zapisała żadnych pytań.",
        .groupCarriedForward: "Dziś bez odpowiedzi. Zapytaj terapeutę prowadzącego.",

        // Wykresy postępów.
        .copyProgressFirst: "To był pierwszy raz. Następnym razem te odpowiedzi będą tu do porównania.",
        .copyProgressRange: "{label} (od {min} do {max})",
        .copyProgressToday: "Tym razem",
        .copyProgressNotAnswered: "bez odpowiedzi",
        .copyProgressLeftOut:
            "Pominięto: sesja z {date} ({session}) nie przeszła sprawdzenia, więc nie ma jej na tych wykresach.",
        .copyProgressDateUnknown: "nieznanego dnia",
    ]
}
