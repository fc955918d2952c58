import KeyworkGuides
import KeyworkScreen
import KeyworkWords

extension SessionLauncher {
    /// Before a draft guide's first screen, unless the config allows drafts: says that no clinical lead has
    /// reviewed it, and lets the keyworker go on or leave. True to go on.
    func confirmDraftIfNeeded(_ guide: Guide) throws -> Bool {
        guard !guide.isReviewed, !settings.allowsDraftGuides else { return true }
        let menu = MenuView(
            title: words[.guideNotReviewed].prefix(1).uppercased() + words[.guideNotReviewed].dropFirst(),
            items: [words[.draftGuideGoOn], words[.draftGuideLeave]],
            description: [words(.draftGuideExplained, ["title": .text(guide.title)]), words[.draftGuideAdvice]])
        return try openFrontEnd().choose(menu) == 0
    }

    /// A guide as the list to choose from names it: its title and id, and whether it is a draft.
    func listing(_ guide: Guide) -> String {
        let line = "\(guide.title)  (\(guide.id))"
        return guide.isReviewed ? line : line + " – " + words[.guideNotReviewed]
    }
}
