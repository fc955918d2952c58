import KeyworkGuides

/// Which screen comes next: the guide's order, filtered by `when` conditions.
enum Navigation {
    /// The first screen after `index` whose condition holds, or nil at the end of the guide.
    static func nextScreen(after index: Int?, in state: SessionState) -> Screen? {
        let start = (index ?? -1) + 1
        guard start < state.guide.screens.count else { return nil }
        return state.guide.screens[start...].first { holds($0.when, in: state) }
    }

    /// The screens after the current one that will be shown, or may be: a screen whose condition hangs on an
    /// answer not yet given (on the current screen or one still to come) is counted as undecided. A screen behind
    /// that was left out of the path has decided it already. Conditions name earlier screens only (lint), so one
    /// pass in guide order knows which screens are still to come.
    static func screensAhead(of state: SessionState) -> (count: Int, undecided: Int) {
        let currentIndex = state.currentScreenID.flatMap(state.guide.index(of:)) ?? -1
        var stillToCome: Set<String> = state.currentScreenID.map { [$0] } ?? []
        var count = 0
        var undecided = 0
        for screen in state.guide.screens[(currentIndex + 1)...] {
            if let condition = screen.when, stillToCome.contains(condition.screen),
                state.answerOnPath(condition.screen) == nil
            {
                count += 1
                undecided += 1
            } else if holds(screen.when, in: state) {
                count += 1
            }
            stillToCome.insert(screen.id)
        }
        return (count, undecided)
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
