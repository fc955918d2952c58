import Foundation
import Testing

/// Each built-in session guide, walked by keys alone in a real terminal from its first screen to a
/// sealed record that `keywork verify` finds valid.
@Suite struct BuiltinGuideWalkTests {
    static let clientSignature = "Jo Client"

    static let sureIntro = "Here are four short questions. They check that you feel ready."
    static let summaryIntro = "Here is what you chose and said today. Read it through."

    @Test func walkingFirstAppointmentByKeysSealsAVerifiableRecord() throws {
        let storePath = try KeyworkBinary.temporaryStore()
        let walk = try GuideWalk.start(guide: "first-appointment", store: storePath)

        try walk.read("Thank you for coming in today. That can take a lot.")
        try walk.read("Treatment is more than a medicine. It is a plan that you and your keyworker make together.")
        try walk.read("Treatment can be hard, and parts of it may be tough for you.")
        try walk.choose(1, prompt: "What would you most like from treatment? There is no wrong answer.")
        // Choosing to stop brings in the screen about stopping, with the risk after a detox.
        try walk.tmux.waitFor("If you want to stop")
        try walk.read("Stopping completely is a real goal. We can plan for it together.")
        try walk.tick(
            ["Not going through bad withdrawal"],
            of: [
                "Staying near home and family", "Not taking a medicine", "Having a clear routine",
                "Not being seen at the chemist", "Not going through bad withdrawal",
            ],
            prompt: "Which of these matter most to you? Pick any that fit.")
        try walk.compare(prompt: "Here are four main kinds of help. Look at each one.")
        try walk.decide(
            option: 2, label: "Detox in the community", why: "I can stay at home.",
            prompt: "Which way feels right for you now? Say why in your own words.")
        try walk.sayItCanStartNow("Detox in the community")
        try walk.answerSureYes(intro: Self.sureIntro)
        try walk.readTheSummary(intro: Self.summaryIntro)
        try walk.agreeAndSign(
            intro: "Please read each line. Tick it if you agree. Then you both sign.",
            statements: [
                "I chose the way forward that feels right for me now.",
                "My keyworker told me the main risks, and how to lower them.",
                "I can say if something is not right for me, at any time.",
                "My keyworker will do what we agreed today.",
                "We will look at this plan again together, and it can change.",
            ],
            clientMeaning: "I agree to this first plan.", client: Self.clientSignature)
        try walk.read("Thank you. That is the end of today's session.")

        #expect(try walk.leaveTheSealedMessage() == 0)
        try GuideWalk.checkSealedStore(storePath, client: Self.clientSignature)
    }

    @Test func walkingDetoxPlanningByKeysSealsAVerifiableRecord() throws {
        let storePath = try KeyworkBinary.temporaryStore()
        let walk = try GuideWalk.start(guide: "detox-planning", store: storePath)

        try walk.read("Today we plan your detox together. A detox means coming off opioids slowly, with help.")
        try walk.read("A medicine helps you come off opioids a bit at a time.")
        try walk.tick(
            ["Aches and feeling ill"], of: ["I have not been through it before", "Aches and feeling ill"],
            prompt: "Have you been through withdrawal before? What was hardest for you?")
        try walk.read("Withdrawal is what your body and mind go through as the drug leaves your system.")
        try walk.tick(
            ["Someone to stay with me"], of: ["Someone to stay with me"],
            prompt: "you should hear about ways to cope that do not use medicines. Which of these might help you?")
        try walk.read("Please read this part carefully. It could save your life.")
        try walk.read("Naloxone is an emergency medicine for an opioid overdose.")
        try walk.choose(1, prompt: "Would you like a naloxone kit?")
        try walk.read("Detox is a start, not the end.")
        try walk.tick(
            ["Keep seeing my keyworker"], of: ["Keep seeing my keyworker"],
            prompt: "Which kinds of support would you like after detox? Pick any that fit.")
        try walk.choose(
            2, prompt: "Which medicine would you like to talk about with the prescriber? You decide this together.")
        try walk.choose(1, prompt: "How would you like the pace of your detox to feel?")
        try walk.read("The prescriber will set the steps with you.")
        try walk.compare(prompt: "Here are two places to have a detox. Look at each one.")
        try walk.decide(
            option: 1, label: "At home, in the community", why: "My sister can stay with me.",
            prompt: "Where would you like to have your detox? Say why in your own words.")
        try walk.sayItCanStartNow("At home, in the community")
        try walk.answerSureYes(intro: Self.sureIntro)
        try walk.readTheSummary(intro: Self.summaryIntro)
        try walk.agreeAndSign(
            intro: "Please read each line. Tick it if you agree. Then you both sign.",
            statements: [
                "I helped choose the medicine, the pace and the place of my detox.",
                "I know withdrawal can be hard, and I have some ways to cope.",
                "I know that after detox an amount I used to take could kill me.",
                "I know alcohol or benzodiazepines can make that risk worse.",
                "I have been offered naloxone and shown where to get it.",
                "We have agreed the support I will get after detox.",
                "I can ask to slow down or change the plan, at any time.",
            ],
            clientMeaning: "I agree to this detox plan.", client: Self.clientSignature)
        try walk.read("If things get hard before your next visit, call the service.")

        #expect(try walk.leaveTheSealedMessage() == 0)
        try GuideWalk.checkSealedStore(storePath, client: Self.clientSignature)
    }

    @Test func walkingTreatmentAgreementByKeysSealsAVerifiableRecord() throws {
        let storePath = try KeyworkBinary.temporaryStore()
        let walk = try GuideWalk.start(guide: "treatment-agreement", store: storePath)

        try walk.read("A treatment agreement sets out what we will do for you, and what you agree to do.")
        try walk.say(
            "To feel steady and keep my flat.",
            prompt: "In your own words, what do you want from treatment? This goes into your agreement.")
        try walk.read("treat you with respect, and listen to you;")
        try walk.read("If you get methadone or buprenorphine, you collect it from a chemist.")
        try walk.read("Missing doses can matter. Each service has its own rules about what happens next.")
        try walk.read("Later on, you may be able to take some doses home.")
        try walk.read("If you go into hospital or prison, tell the staff there what medicine you take.")
        try walk.read("What you tell us is private, with some limits. We will tell you what we share, and with whom.")
        try walk.read("We will give you notice before we change your chemist or the way you pick up your medicine.")
        try walk.read("Making a complaint will not count against you.")
        try walk.readTheSummary(intro: "Here is what you said today. Read it through.")
        try walk.agreeAndSign(
            intro: "Please read each line. Tick it if you agree. If you do not agree with a line, say so.",
            statements: [
                "The aims of my treatment are the ones I gave in my own words.",
                "The service will treat me with respect, explain my choices and plan my care with me.",
                "I will come to the meetings I agree to, or let my keyworker know if I cannot.",
                "I will take my doses at the chemist, watched, for as long as my plan says. NICE TA114 advises at"
                    + " least the first 3 months.",
                "If I miss a dose, I will tell the chemist and my keyworker. I know the rule here.",
                "If I take doses home, I will keep them safe. They are only for me.",
                "If I go into hospital or prison, I will tell the staff there what I take.",
                "I know what the service shares as part of my care. I know when staff may have to share without my"
                    + " agreement.",
                "The service will give me notice before changing my chemist or how I pick up.",
                "I know how to complain or ask for a second opinion.",
                "I can look at this agreement again with my keyworker, and ask to change it.",
            ],
            clientMeaning: "I agree to this treatment agreement.", client: Self.clientSignature)
        try walk.read("We will look at it again together.")

        #expect(try walk.leaveTheSealedMessage() == 0)
        try GuideWalk.checkSealedStore(storePath, client: Self.clientSignature)
    }
}
