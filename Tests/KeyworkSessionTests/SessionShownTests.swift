import KeyworkGuides
import Testing

@testable import KeyworkSession

/// The record says which compare options and which pages of long screens were drawn, once each.
@Suite struct SessionShownTests {
    /// A session on the comparison, every screen before it answered.
    static func onTheComparison() -> SessionTestStore {
        var store = SessionTestStore(guide: SampleGuide.guide)
        store.prepare([
            .start, .proceed, .submit(.choice(option: "stable", other: nil)), .submit(.multi(options: ["a"])),
            .proceed, .submit(.scale(5)),
        ])
        return store
    }

    @Test func optionsShownOneAtATimeAreRecordedOnceEach() {
        var store = Self.onTheComparison()
        #expect(store.state.currentScreenID == "options")
        store.send(
            .shown(options: ["group"], page: ScreenPage(option: "group", number: 1, count: 2)),
            records: [
                .optionsShown(screen: "options", options: ["group"]),
                .pageShown(screen: "options", page: ScreenPage(option: "group", number: 1, count: 2)),
            ]
        ) {
            $0.optionsShown["options"] = ["group"]
            $0.pagesShown["options"] = [ScreenPage(option: "group", number: 1, count: 2)]
        }
        store.send(
            .shown(options: ["group"], page: ScreenPage(option: "group", number: 1, count: 2)), records: [])
        store.send(
            .shown(options: ["group", "one", "unknown", "one"], page: nil),
            records: [.optionsShown(screen: "options", options: ["one"])]
        ) {
            $0.optionsShown["options"] = ["group", "one"]
        }
    }

    @Test func aPageIsRecordedOnlyOfAScreenLongerThanTheWindow() {
        var store = SessionTestStore(guide: SampleGuide.guide)
        store.prepare([.start])
        store.send(.shown(options: ["group"], page: ScreenPage(number: 1, count: 1)), records: [])
        store.send(.shown(options: [], page: ScreenPage(number: 3, count: 2)), records: [])
        store.send(
            .shown(options: [], page: ScreenPage(number: 2, count: 2)),
            records: [.pageShown(screen: "welcome", page: ScreenPage(number: 2, count: 2))]
        ) {
            $0.pagesShown["welcome"] = [ScreenPage(number: 2, count: 2)]
        }
    }

    @Test func nothingIsRecordedAsShownBehindThePrivacyScreenOrBeforeTheStart() {
        var store = SessionTestStore(guide: SampleGuide.guide)
        store.refuse(
            .shown(options: [], page: ScreenPage(number: 1, count: 2)),
            saying: "The session has not started yet.")
        store.prepare([.start, .togglePrivacy])
        store.refuse(
            .shown(options: [], page: ScreenPage(number: 1, count: 2)),
            saying: "The privacy screen is on. Press F9 or Ctrl-P to come back.")
    }
}
