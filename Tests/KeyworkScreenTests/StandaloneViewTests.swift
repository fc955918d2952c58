import Testing

@testable import KeyworkScreen

@Suite struct StandaloneViewTests {
    static let home = MenuView(
        title: "Keywork",
        items: [
            "Start a session", "Resume an unfinished session", "Revisit an agreement", "Run a group walkthrough",
            "See what is due",
        ],
        description: ["Welcome, Sam. What would you like to do?"])

    @Test func theMenuMovesPicksAndLeaves() {
        var menu = Self.home
        #expect(menu.handle(.down) == .none)
        #expect(menu.handle(.enter) == .chosen(1))
        #expect(menu.handle(.character("5")) == .chosen(4))
        #expect(menu.handle(.character("9")) == .none)
        #expect(menu.handle(.escape) == .cancelled)
        #expect(menu.handle(.function(10)) == .cancelled)
        menu.highlight = 2
        GoldenFile.check(menu.render(size: .init(columns: 80, rows: 24), options: .init()), named: "menu-80x24")
        GoldenFile.check(
            menu.render(size: .init(columns: 60, rows: 16), options: .init(unicode: false)), named: "menu-60x16-ascii")
        GoldenFile.check(menu.render(size: .init(columns: 40, rows: 10), options: .init()), named: "menu-too-small")
    }

    @Test func thePromptRefusesAnEmptyAnswerGently() {
        var prompt = PromptView(
            title: "Keywork: first run", explanation: ["What is your name? It is remembered on this computer."])
        #expect(prompt.handle(.enter) == .none)
        #expect(prompt.notice != nil)
        GoldenFile.check(
            prompt.render(size: .init(columns: 80, rows: 24), options: .init()), named: "prompt-empty-80x24")
        for character in "  Sam Keyworker " { _ = prompt.handle(.character(character)) }
        #expect(prompt.notice == nil)
        GoldenFile.check(prompt.render(size: .init(columns: 60, rows: 16), options: .init()), named: "prompt-60x16")
        #expect(prompt.handle(.enter) == .submitted("Sam Keyworker"))
        #expect(prompt.handle(.escape) == .cancelled)
    }

    @Test func theMessageIsReadThenDismissed() {
        var message = MessageView(
            title: "Session complete",
            lines: [
                "The record is saved at ~/.local/share/keywork/sessions/2026-11-27-C-1042.",
                "Receipt code: *7F3A-9C21-XK4M*. Write it on the client's copy.",
                "Thank you both.",
            ])
        GoldenFile.check(message.render(size: .init(columns: 80, rows: 24), options: .init()), named: "message-80x24")
        GoldenFile.check(message.render(size: .init(columns: 60, rows: 16), options: .init()), named: "message-60x16")
        #expect(message.handle(.down) == .none)
        #expect(message.handle(.enter) == .dismissed)
    }
}
