import KeyworkGuides
import Testing

@testable import KeyworkSession

/// What was chosen or typed but not confirmed is kept on pause, and only for the screen it was typed on.
@Suite struct SessionDraftTests {
    static let typed = ScreenDraft(text: "Sleep better", question: "Is it free?")

    @Test func aDraftIsKeptOnceAndLastsUntilTheScreenIsAnsweredOrLeft() {
        var store = SessionTestStore(guide: SampleGuide.guide)
        store.prepare([.start, .proceed])
        #expect(store.state.currentScreenID == "goal")
        store.send(.keepDraft(Self.typed), records: [.draftKept(screen: "goal", draft: Self.typed)]) {
            $0.drafts["goal"] = Self.typed
        }
        store.send(.keepDraft(Self.typed), records: [], { _ in })
        store.send(.pause, records: [.paused(screen: "goal")]) { $0.status = .paused }
        store.send(
            .resume(note: nil), records: [.resumed(note: nil), .screenShown(screen: "goal", textHash: "hash-goal")]
        ) {
            $0.status = .inProgress
        }
        #expect(store.state.drafts["goal"] == Self.typed, "resume keeps it for the same screen")
        store.send(
            .submit(.choice(option: "stable", other: nil)),
            records: [
                .answered(screen: "goal", answer: .choice(option: "stable", other: nil)),
                .screenShown(screen: "worries", textHash: "hash-worries"),
            ]
        ) {
            $0.answers["goal"] = .choice(option: "stable", other: nil)
            $0.path.append("worries")
            $0.drafts = [:]
        }
    }

    @Test func anEmptyDraftTakesBackOneKeptBeforeAndLeavingDropsIt() {
        var store = SessionTestStore(guide: SampleGuide.guide)
        store.prepare([.start, .proceed, .keepDraft(Self.typed)])
        store.send(.keepDraft(ScreenDraft()), records: [.draftKept(screen: "goal", draft: ScreenDraft())]) {
            $0.drafts = [:]
        }
        store.send(.keepDraft(ScreenDraft()), records: [], { _ in })
        store.prepare([.keepDraft(Self.typed)])
        store.send(
            .back,
            records: [
                .wentBack(from: "goal", to: "welcome"), .screenShown(screen: "welcome", textHash: "hash-welcome"),
            ]
        ) {
            $0.path.removeLast()
            $0.drafts = [:]
        }
    }

    @Test func aDraftIsKeptBehindThePrivacyScreenSoAClosedWindowLosesNothing() {
        var store = SessionTestStore(guide: SampleGuide.guide)
        store.prepare([.start, .proceed, .togglePrivacy])
        store.send(.keepDraft(Self.typed), records: [.draftKept(screen: "goal", draft: Self.typed)]) {
            $0.drafts["goal"] = Self.typed
        }
    }
}
