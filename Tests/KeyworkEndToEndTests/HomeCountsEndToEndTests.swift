import Testing

/// The home screen's counts in a real terminal: drawn behind the first frame, on a thread of their own, and shown in
/// the menu's items once made.
@Suite struct HomeCountsEndToEndTests {
    typealias Computer = HomeHubEndToEndTests.Computer

    @Test func theHomeScreenShowsHowManySessionsAreUnfinished() throws {
        let computer = try Computer()
        _ = try computer.tour(PlainModeEndToEndTests.tourLines)
        _ = try computer.tour(Array(PlainModeEndToEndTests.tourLines.prefix(3)))
        _ = try computer.tour(Array(PlainModeEndToEndTests.tourLines.prefix(3)))
        let tmux = try computer.openHome()

        try tmux.waitFor("2. Carry on an unfinished session (2)")
        try tmux.send("Down")
        try tmux.waitFor("> 2. Carry on an unfinished session (2)")
        try tmux.resize(columns: 60, rows: 16)
        try tmux.waitFor("> 2. Carry on an unfinished session (2)")
        try tmux.send("Enter")
        try tmux.waitFor("Which session would you like to carry on?")
        // Back home, drawn again and counted again.
        try tmux.send("Escape")
        try tmux.waitFor(HomeHubEndToEndTests.home)
        try tmux.waitFor("2. Carry on an unfinished session (2)")
        try tmux.send("Escape")
        #expect(try tmux.waitForExit() == 0)
    }
}
