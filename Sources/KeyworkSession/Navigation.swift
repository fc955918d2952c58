import KeyworkGuides

/// Which screen comes next: the guide's order, filtered by `when` conditions.
enum Navigation {
    /// The first screen after `index` whose condition holds, or nil at the end of the guide.
    static func nextScreen(after index: Int?, in state: SessionState) -> Screen? {
        let start = (index ?? -1) + 1
        guard start < state.guide.screens.count else { return nil }
        return state.guide.screens[start...].first { holds($0.when, in: state) }
    }

    /// How many screens would still be shown after the current one, with the answers as they are.
    static func screensAhead(of state: SessionState) -> Int {
        guard let current = state.currentScreenID, let index = state.guide.index(of: current) else {
            return state.guide.screens.filter { holds($0.when, in: state) }.count
        }
        return state.guide.screens[(index + 1)...].filter { holds($0.when, in: state) }.count
    }

    /// Whether a condition holds. A screen off the path counts as unanswered, so an old answer
    /// left behind by going back cannot steer the walk.
    static func holds(_ condition: Condition?, in state: SessionState) -> Bool {
        guard let condition else { return true }
        let chosen = state.answerOnPath(condition.screen)?.chosenOptions ?? []
        switch condition.test {
        case .isOption(let option): return chosen.contains(option)
        case .isNotOption(let option): return !chosen.contains(option)
        case .anyOf(let options): return chosen.contains { options.contains($0) }
        }
    }
}
