// NOT REVIEWED: this Polish translation was written by the developers, not by a fluent speaker.
// It must be reviewed by a fluent Polish speaker before it is used with clients. See Docs/translations.md.

/// The Polish words of the line-by-line mode (`--plain`) and read-aloud, kept apart from
/// `PolishWords` so each table file stays short. `Language.table` joins the two.
enum PlainPolishWords {
    static let table: [Phrase: PhraseEntry] = [
        .plainPressEnter: "Naciśnij Enter, aby przejść dalej.",
        .plainChooseByNumber: "Wpisz numer swojego wyboru i naciśnij Enter.",
        .plainSomethingElse: "Coś innego (wpisz własnymi słowami)",
        .plainSkipHint: "Naciśnij sam Enter, aby pominąć to pytanie.",
        .plainKeepEarlier: "Naciśnij sam Enter, aby zostawić wcześniejszą odpowiedź.",
        .plainTypeAnswer: "Wpisz swoją odpowiedź i naciśnij Enter.",
        .plainTypeOther: "Wpisz, co jeszcze masz na myśli, i naciśnij Enter:",
        .plainMultiHint: "Wpisz numery wszystkich swoich wyborów, oddzielone spacjami, i naciśnij Enter.",
        .plainMultiNone: "Wpisz „nic”, aby nie wybrać niczego.",
        .plainOptionHeading: "Opcja {number} z {total}: {label}",
        .plainScaleEnd: "{value} oznacza: {label}.",
        .plainGoodPoints: "Dobre strony",
        .plainThingsToThinkAbout: "Do przemyślenia",
        .plainEarlierAnswer: "Wcześniejsza odpowiedź",
        .plainStatementsHeading: "Zdania do uzgodnienia",
        .plainTickHint: "Wpisz „tak”, jeśli się zgadzasz, albo „nie”, jeśli się nie zgadzasz.",
        .plainTicked: "Zaznaczone",
        .plainNotTicked: "Jeszcze niezaznaczone",
        .plainSignHint: "Wpisz swoje imię i nazwisko lub inicjały, aby się podpisać, i naciśnij Enter.",
        .plainSignedBy: "Podpis:",
        .plainQuestionsHeading: "Pytania do omówienia",
        .plainQuestionsIntro: "Zanim przejdziecie dalej, omówcie razem każde pytanie.",
        .plainAnswerOrKeep: "Wpisz krótką odpowiedź albo wpisz „zostaw”, aby zostawić je na następny raz.",
        .plainAskedOn: "Zadane",
        .plainPrivacyOn: "Ekran prywatności jest włączony. Wpisz „prywatnie”, aby wrócić.",
        .plainFormFieldHint: "Wpisz swoją odpowiedź i naciśnij Enter.",
        .plainPickHint: "Wpisz numer swojego wyboru.",
        .plainNumberHint: "Wpisz liczbę całkowitą.",
        .plainReadAloudUnavailable: "Czytanie na głos jest niedostępne: espeak-ng nie jest zainstalowany.",
        .plainReadingAloud: "Czytam na głos: dowolny klawisz przerywa.",
        .plainNoteQuestionPrompt:
            "Wpisz swoje pytanie. Zostanie zapisane i wrócicie do niego przed końcem. Albo naciśnij Enter, aby anulować.",
        .plainFlagPrompt:
            "Masz wątpliwości albo się nie zgadzasz? Powiedz krótko dlaczego albo po prostu naciśnij Enter.",
        .plainQuestionCancelled: "Nie zapisano pytania.",
        .plainNotAgreedPrompt:
            "Oznaczono jako bez zgody. Co jest nie tak, słowami klienta? Albo po prostu naciśnij Enter.",
        .plainNotAgreedNoted: "Zapisano: bez zgody.",
        .plainAnswerAgain: "Aby odpowiedzieć na zdanie jeszcze raz, wpisz jego numer.",
        .plainNotAgreed: "Bez zgody",
        .plainEndWithoutAgreement:
            "Na razie bez porozumienia: nie ma zgody klienta na zdanie, bez którego to porozumienie nie może być. Osoba prowadząca sesję wpisuje swoje imię i nazwisko, aby zakończyć sesję jako „na razie bez porozumienia”. Aby odpowiedzieć na zdanie jeszcze raz, wpisz jego numer.",
        .plainUnknownCommand: "To tu nie pasuje. Wpisz „pomoc”, aby zobaczyć polecenia.",
        .plainNotOnTheMenu: "To nie jest żaden z tych numerów.",
        .plainEndOfInput: "Koniec danych wejściowych.",
        .plainLineNotText:
            "Części tego wiersza nie dało się odczytać jako tekstu ({line}), więc go nie użyto. Wpisz go jeszcze raz. Jeśli to się powtarza, terminal może nie być ustawiony na UTF-8: zapytaj informatyka.",
        .plainStatementsReadOut: "Przeczytaj każde z nich na głos grupie",
        .plainHeadCountGiven: "Liczba osób na początku",
        .plainKeepHeadCount: "Naciśnij sam Enter, aby ją zostawić.",
        .plainNoGroupQuestionsYet: "Nie ma jeszcze pytań. Przy pytaniu nie zapisuje się niczyjego imienia.",
        .plainGroupQuestionHint:
            "Wpisz jedno pytanie i naciśnij Enter. Dodaj ich tyle, ile chcesz. Gdy nie ma więcej, naciśnij Enter w pustej linii.",
        .plainNextGroupQuestion: "Wpisz następne pytanie albo naciśnij Enter w pustej linii, gdy nie ma więcej.",
        // The commands `help` lists, and what each does. English commands keep working too.
        .plainCommandHelp: "pomoc",
        .plainCommandHelpListed: "{command} lub ?",
        .plainCommandAgain: "jeszcze raz",
        .plainCommandQuestion: "pytanie",
        .plainCommandNotSure: "nie wiem",
        .plainCommandBack: "wstecz",
        .plainCommandRead: "czytaj",
        .plainCommandPrivate: "prywatnie",
        .plainCommandPause: "pauza",
        .plainMeaningHelp: "Ta lista poleceń",
        .plainMeaningAgain: "Pokaż ten ekran jeszcze raz",
        .plainMeaningQuestion: "Zapisz pytanie; zostanie zachowane i omówione przed końcem",
        .plainMeaningNotSure: "Powiedz, że masz wątpliwości albo się nie zgadzasz",
        .plainMeaningBack: "Wróć o jeden ekran; odpowiedzi zostają",
        .plainMeaningRead: "Przeczytaj ten ekran na głos (potrzebny espeak-ng)",
        .plainMeaningPrivate: "Ukryj sesję, dopóki znów nie wpiszesz „prywatnie”",
        .plainMeaningPause: "Pauza; wszystko jest zapisane. Wróć później przez keywork resume",
        .plainCommandsShort: "Także: pomoc, pytanie, nie wiem, wstecz, czytaj, pauza.",
        .plainTypeCommand: "wpisz „{command}”",
        .plainAnswerNone: "nic",
        .plainAnswerKeep: "zostaw",
        .plainScaleHint: "Wpisz liczbę od {min} do {max} i naciśnij Enter.",
        .plainStatementOf: "Zdanie {number} z {total}",
        .plainSignAs: "Podpisuje się: {role}. To znaczy: {meaning}",
        .plainQuestionLine: "Pytanie {number}: {text}",
        .plainGroupQuestionsSoFar: .plural(
            PluralForms(
                one: "Na razie {count} pytanie", few: "Na razie {count} pytania", many: "Na razie {count} pytań")),
        .plainGroupQuestionNoted: .plural(
            PluralForms(
                one: "Zapisano. Na razie {count} pytanie.", few: "Zapisano. Na razie {count} pytania.",
                many: "Zapisano. Na razie {count} pytań.")),
    ]
}
