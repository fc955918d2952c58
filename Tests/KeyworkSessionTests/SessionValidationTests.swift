import KeyworkGuides
import Testing

@testable import KeyworkSession

@Suite struct SessionValidationTests {
    /// Walks the sample guide up to a screen, answering everything before it plainly.
    static let toWorries: [SessionAction] = [.start, .proceed, .submit(.choice(option: "stable", other: nil))]
    static let toConfidence = toWorries + [.submit(.multi(options: ["a"])), .proceed]
    static let toDecide = toConfidence + [.submit(.scale(5)), .proceed]
    static let toWait = toDecide + [.submit(.decision(Decision(preferred: "group", reasons: "Company")))]
    static let toSure = toWait + [.submit(.availability(Availability(availableNow: true)))]

    @Test func multiChoiceHonoursItsMinimumAndMaximum() {
        var store = SessionTestStore(guide: SampleGuide.guide)
        store.prepare(Self.toWorries)
        store.refuse(.submit(.multi(options: [])), saying: "Please choose at least one.")
        store.refuse(.submit(.multi(options: ["a", "b", "c"])), saying: "Please choose no more than 2.")
        store.refuse(.submit(.multi(options: ["a", "a"])), saying: "Please choose from the options shown.")
        store.refuse(.submit(.multi(options: ["z"])), saying: "Please choose from the options shown.")
        store.refuse(.submit(.text("a")), saying: "That answer does not fit this screen.")
    }

    @Test func aScaleAnswerMustBeWithinItsBounds() {
        var store = SessionTestStore(guide: SampleGuide.guide)
        store.prepare(Self.toConfidence)
        store.refuse(.submit(.scale(11)), saying: "Please choose a number from 0 to 10.")
        store.refuse(.submit(.scale(-1)), saying: "Please choose a number from 0 to 10.")
        store.send(
            .submit(.scale(0)),
            records: [
                .answered(screen: "confidence", answer: .scale(0)),
                .screenShown(screen: "options", textHash: "hash-options"),
            ]
        ) {
            $0.answers["confidence"] = .scale(0)
            $0.path.append("options")
        }
    }

    @Test func aRequiredChoiceCannotBeSkippedButAnOptionalTextCan() {
        var store = SessionTestStore(guide: SampleGuide.guide)
        store.prepare([.start, .proceed])
        store.refuse(.submit(.skipped), saying: "Please choose one of the options.")
        store.refuse(.proceed, saying: "Please answer this screen first.")
        store.refuse(.submit(.choice(option: "nope", other: nil)), saying: "Please choose one of the options.")
    }

    @Test func aDecisionNeedsReasonsAndConcernsNeedRisksAndSteps() {
        var store = SessionTestStore(guide: SampleGuide.guide)
        store.prepare(Self.toDecide)
        store.refuse(
            .submit(.decision(Decision(preferred: "rehab", reasons: "x"))),
            saying: "Please choose the option you prefer.")
        store.refuse(
            .submit(.decision(Decision(preferred: "group", reasons: " "))),
            saying: "Please say, in your own words, why this option.")
        store.refuse(
            .submit(.decision(Decision(preferred: "group", reasons: "Company", keyworkerView: .concerns))),
            saying: "Please write down the risks, plainly.")
        store.refuse(
            .submit(
                .decision(Decision(preferred: "group", reasons: "Company", keyworkerView: .concerns, risks: "Crowds"))),
            saying: "Please write down the steps you both agree to, to make it safer.")
        store.refuse(
            .submit(.decision(Decision(preferred: "group", reasons: "Company", accepted: false))),
            saying: "Please record why this choice cannot be accepted.")
        let withConcerns = Decision(
            preferred: "group", reasons: "Company", keyworkerView: .concerns, risks: "Crowds make you anxious",
            riskReductionSteps: "Sit near the door; leave early if needed")
        store.send(
            .submit(.decision(withConcerns)),
            records: [
                .answered(screen: "decide", answer: .decision(withConcerns)),
                .screenShown(screen: "wait", textHash: "hash-wait"),
            ]
        ) {
            $0.answers["decide"] = .decision(withConcerns)
            $0.path.append("wait")
        }
    }

    @Test func anUnavailableOptionNeedsTheWaitAndHowTheClientWillBeTold() {
        var store = SessionTestStore(guide: SampleGuide.guide)
        store.prepare(Self.toWait)
        store.refuse(
            .submit(.availability(Availability(availableNow: false))),
            saying: "Please say how the plan differs from what was wanted.")
        var wait = Availability(
            availableNow: false, howPlanDiffers: "Weekly calls first", extraSupport: "Phone check-ins")
        store.refuse(.submit(.availability(wait)), saying: "Please give the wait in weeks, as a best estimate.")
        wait.estimatedWaitWeeks = 6
        store.refuse(.submit(.availability(wait)), saying: "Please say how the client will be told about any delay.")
        wait.howToldOfDelays = "A text message"
        store.refuse(.submit(.availability(wait)), saying: "Please give a contact name or number.")
        wait.contact = "Duty worker, 0113 000 0000"
        wait.transferLater = true
        store.send(
            .submit(.availability(wait)),
            records: [
                .answered(screen: "wait", answer: .availability(wait)),
                .screenShown(screen: "sure", textHash: "hash-sure"),
            ]
        ) {
            $0.answers["wait"] = .availability(wait)
            $0.path.append("sure")
        }
    }
}
