/// The client's copy and the group handout in English: the table every other language is checked against.
enum EnglishCopyWords {
    static let table: [CopyPhrase: PhraseEntry] = [
        // Titles.
        .copyTitle: "Your copy: {guide}",
        .handoutTitle: "Group handout: {guide}",

        // Page one: what happens next, who to call, the receipt code.
        .nextHeading: "What happens next",
        .nextLookAgain: "We look at this plan again on",
        .copyNotUsed: "This session was closed as not used: it was started by mistake, and nothing in it was agreed.",
        .nextTalkAgain: "Your keyworker will talk with you again about what you did not agree to.",
        .nextExpected: "Expected to start",
        .nextExpectedValue: "{option}, in {weeks}",
        .nextWhileWaiting: "Support while you wait",
        .nextDelays: "If there are delays",
        .nextQuestions: "Questions to talk about next time",
        .nextNoDate: "No next date was set. Ask your keyworker when you will meet next.",
        .callHeading: "Who to call",
        .callContact: "Who to contact",
        .callService: "Your service's number",
        .callAskForNumber: "Ask your keyworker for the service's number, and write it here: ______________",
        .callEmergency: "In an emergency, call 999.",
        .yourKeyworker: "Your keyworker",
        .yourService: "Your service",
        .receiptHeading: "Your receipt code",
        .copyReceiptCode: "Receipt code",
        .receiptKeep: "This code shows that nobody has changed the record of today's session. Keep this page.",
        .receiptKeepGroup: "This code shows that nobody has changed the record of today's group. Keep this page.",
        .draftNotice: "The guide used today is not yet clinically reviewed.",

        // The decision and the wait.
        .decisionHeading: "What you decided",
        .yourChoice: "Your choice",
        .yourReasons: "Your reasons",
        .keyworkerAgrees: "agrees with your choice",
        .keyworkerWorried: "has some worries about it",
        .theRisks: "The risks",
        .safetySteps: "Steps you agreed to make it safer",
        .choiceAccepted: "Your choice goes into your plan.",
        .choiceNotAccepted: "Your choice could not go into your plan, because: {reason}",
        .noReasonGiven: "no reason was given",
        .copyAgreedInstead: "What you agreed instead",
        .yourChoiceFallback: "Your choice",
        .startsNowHeading: "When it can start",
        .startsNow: "{option} can start now.",
        .waitingHeading: "Waiting to start",
        .notAvailableYet: "{option} is not available yet.",
        .howLongWait: "How long you may wait",
        .aboutWeeks: .plural(PluralForms(one: "about {count} week", other: "about {count} weeks")),
        .planDiffers: "How your plan is different for now",
        .extraSupport: "Extra support while you wait",
        .toldOfDelays: "How you will be told about delays",
        .moveLater: "Moving to {option} later",
        .moveLaterYes: "yes, you can move to it when there is a place",
        .moveLaterNo: "no, this was not agreed",

        // How sure the client felt.
        .sureHeading: "How sure you felt",
        .copySureIntro: "Before signing, you answered four questions about how sure you felt.",
        .copySureScore: "You said yes to {yes} of {total}.",
        .sureCarriedOn: "You said no to at least one, and chose to carry on and sign today.",
        .sureWentBack: "You said no to at least one, and chose to go back and talk it through.",
        .surePaused: "You said no to at least one, and chose to stop and carry on another day.",

        // What was agreed and not agreed.
        .agreedHeading: "What you agreed",
        .agreedIntro: "You agreed to each of these:",
        .agreedNone: "You did not agree to any statement.",
        .noAgreementHeading: "No agreement yet",
        .noAgreementText:
            "You did not agree to a line that this agreement needs, so there is no agreement yet. Nothing was signed for you. Your words are kept, and your keyworker will talk with you about it again.",
        .notAgreedHeading: "What you did not agree to",
        .notAgreedIntro: "You said you did not agree to these lines. Your own words are kept with each one:",
        .notAgreedLine: "{statement} You said: {words}",
        .quoted: "“{text}”",
        .copyNoWordsGiven: "(no words given)",

        // Questions, flags and answers.
        .questionsHeading: "Your questions",
        .questionsNone: "You did not note any questions.",
        .yourQuestion: "Your question",
        .askedDuring: "Asked during",
        .answer: "Answer",
        .copyCarriedForward: "Carried forward to next time",
        .notYetAnswered: "Not yet answered",
        .flagsHeading: "Where you were not sure or did not agree",
        .flagsNone: "You did not say “not sure” or “I disagree”.",
        .flagsCount: .plural(
            PluralForms(
                one: "You said “not sure” or “I disagree” once:",
                other: "You said “not sure” or “I disagree” {count} times:")),
        .flagLine: "During {screen}: {words}",
        .answersHeading: "Your answers",
        .topic: "Topic",
        .question: "Question",
        .yourAnswer: "Your answer",
        .copySomethingElse: "Something else: {words}",
        .noneOfThese: "None of these",
        .copySkipped: "Not answered (you chose to skip this)",
        .copyScaleAnswer: "{value}, on a scale from {min} to {max}",
        .scaleEnd: "{value} means {label}",
        .rememberHeading: "To remember",

        // Signatures.
        .signaturesHeading: "Signatures",
        .nothingSigned: "Nothing was signed.",
        .printedName: "Printed name",
        .signedAs: "Signed as",
        .dateAndTime: "Date and time",
        .signatureMeaning: "What this signature means",
        .copyRoleClient: "Client",
        .copyRoleKeyworker: "Keyworker",
        .copyRoleFacilitator: "Group facilitator",

        // About the copy, its sources, and how to check it.
        .aboutHeading: "About this copy",
        .aboutText: "This is your copy of what you and your keyworker talked about, decided and signed.",
        .guide: "Guide",
        .guideVersion: "{title} (version {version})",
        .review: "Clinical review",
        .reviewedBy: "reviewed by {name} on {date}",
        .notYetReviewed: "not yet clinically reviewed",
        .clientReference: "Your client reference",
        .sessionDate: "Date of the session",
        .sourcesHeading: "Where the information comes from",
        .sourcesIntro: "The guide used today rests on these sources:",
        .checkHeading: "Checking this record",
        .sealedSession:
            "The record of this session is sealed. If anyone changed even one letter of it, the check would fail.",
        .sealedGroup:
            "The record of this group is sealed. If anyone changed even one letter of it, the check would fail.",
        .checkLine:
            "To check this record has not been changed, ask the service to run: keywork verify {session}. The receipt code must match: {code}.",
        .moment: "{day} at {time}",

        // The group handout.
        .handoutAboutHeading: "About this handout",
        .handoutAbout:
            "This is a handout for everyone who came to the group. It lists what we talked about and the questions the group asked, with their answers. Nobody is named.",
        .facilitator: "Facilitator",
        .groupDate: "Date of the group",
        .peopleInGroup: "People in the group",
        .talkedAbout: "What we talked about",
        .groupAgreedHeading: "What the group agreed",
        .groupAgreedCount: "{agreed} of {present} people agreed.",
        .groupQuestionsHeading: "Questions from the group",
        .groupQuestionsNone: "The group did not note any questions.",
        .groupCarriedForward: "Not answered today. Please ask your keyworker.",

        // Progress charts.
        .copyProgressFirst: "This was the first one. Next time, these answers will be here to compare with.",
        .copyProgressRange: "{label} ({min} to {max})",
        .copyProgressToday: "This time",
        .copyProgressNotAnswered: "not answered",
        .copyProgressLeftOut:
            "Left out: the session of {date} ({session}) did not pass its check, so it is not in these charts.",
        .copyProgressDateUnknown: "an unknown date",
    ]
}
