import Foundation
import Testing

/// A form's keys in a real terminal, pressed as a newcomer would: ↓ through a list of options, Enter
/// before everything is filled in, and F4 back into a form already filled.
@Suite struct FormKeysEndToEndTests {
    @Test func theArrowsMoveInAListTabMovesOnAndAGapSendsTheFocusBackToIt() throws {
        let storePath = try KeyworkBinary.temporaryStore()
        let walk = try TourWalk.start(store: storePath)
        let tmux = walk.tmux
        try walk.walkToTheDecision()

        // ↓ moves within the options and Space chooses there: the focus stays on the list.
        try tmux.send("Down")
        try tmux.send("Space")
        try tmux.waitFor("(o) Phone call")
        let chosen = try tmux.screen()
        #expect(chosen.contains("> Which way would suit you best this week?"), "\(chosen)")

        // Tab moves on without filling "why"; the keyworker's view and "accepted" are filled in.
        try tmux.send("Tab")
        try tmux.waitFor("> Why, in your own words")
        try tmux.send("Tab")
        try tmux.waitFor("> The keyworker's view")
        try tmux.send("1")
        try tmux.waitFor("(o) Agree")
        try tmux.send("Tab")
        try tmux.waitFor("> Is this choice accepted into the plan?")
        try tmux.send("1")
        try tmux.waitFor("(o) Yes")

        // Enter on the last field with a gap above: the focus goes to the gap, with the reason.
        try tmux.send("Enter")
        try tmux.waitFor("> Why, in your own words")
        #expect(try tmux.screen().contains("!"))
        try tmux.type("I can talk at home.")
        try tmux.waitFor("I can talk at home.")
        try tmux.send("Enter")
        try tmux.waitFor("> The keyworker's view")
        try tmux.send("Enter")
        try tmux.waitFor("> Is this choice accepted into the plan?")
        try tmux.send("Enter")

        // F4 from the next screen comes back to the filled form on its last field, as it was left.
        try tmux.waitFor("The choice: Phone call")
        try tmux.send("F4")
        try tmux.waitFor("> Is this choice accepted into the plan?")
        let back = try tmux.screen()
        #expect(back.contains("(o) Phone call") || back.contains("(o) Yes"))
        #expect(try walk.pauseWithF10() == 0)
    }
}
