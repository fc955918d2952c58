import KeyworkGuides

/// Where "go back and talk it through" after a SURE check leads: to the screen the doubts are about.
///
/// A "no" to knowing the good points and risks of each option, or to being clear which matter most,
/// is about the options, so it leads to the comparison; a "no" to feeling sure, or to having enough
/// support, is about the choice, so it leads to the decision. With doubts of both kinds the
/// comparison comes first, since the decision follows it.
extension SessionState {
    /// The SURE questions (by index in `SureScreen.questions`) whose doubts are about the options.
    static let doubtsAboutTheOptions: Set<Int> = [1, 2]

    /// The screen a SURE check's "go back and talk it through" leads to from the end of `path`: the
    /// nearest comparison or decision it is about, never past a fully signed agreement; nil when there is none.
    func talkThroughTarget(of check: SureCheck, along path: [String]) -> String? {
        let doubts = check.answers.indices.filter { !check.answers[$0] }
        guard !doubts.isEmpty else { return nil }
        let aboutTheOptions = doubts.contains { Self.doubtsAboutTheOptions.contains($0) }
        let preferred: [ScreenType] = aboutTheOptions ? [.compare, .decision] : [.decision, .compare]
        var reachable: [Screen] = []
        for id in path.reversed() {
            guard let screen = guide.screen(id) else { continue }
            if case .consent = screen.content, isFullySigned(id) { break }
            reachable.append(screen)
        }
        for type in preferred {
            if let screen = reachable.first(where: { $0.type == type }) { return screen.id }
        }
        return nil
    }

    /// On the screen that "go back and talk it through" led to: the SURE questions (by index) that were
    /// answered no, so the screen can say why the people are there. Nil on any other screen.
    public var doubtsToTalkThrough: [Int]? {
        guard let current = currentScreenID else { return nil }
        for screen in guide.screens where screen.type == .sure && !path.contains(screen.id) {
            guard case .sure(let check)? = answers[screen.id], !check.allYes, check.wayOn == .goBack,
                let sureIndex = guide.index(of: screen.id), let here = guide.index(of: current), here < sureIndex,
                talkThroughTarget(of: check, along: path) == current
            else { continue }
            return check.answers.indices.filter { !check.answers[$0] }
        }
        return nil
    }
}
