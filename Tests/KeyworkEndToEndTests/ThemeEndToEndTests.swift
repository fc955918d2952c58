import Foundation
import Testing

/// The theme reaches the real terminal: from --theme, the config file, or NO_COLOR, which always wins.
@Suite struct ThemeEndToEndTests {
    /// NO_COLOR may be set where the tests run; an empty value counts as unset.
    func terminalCheck(_ options: String, environment: [String: String] = [:]) throws -> Tmux {
        try Tmux(
            command: "\(Tmux.quote(KeyworkBinary.path)) terminal-check \(options)",
            environment: ["NO_COLOR": ""].merging(environment) { _, new in new })
    }

    @Test func theThemeOptionIsWhatTheTerminalShows() throws {
        let tmux = try terminalCheck("--theme high-contrast")
        try tmux.waitFor("theme high-contrast")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test func theConfigFileChoosesTheThemeAndNoColorOverridesEverything() throws {
        let configHome = try KeyworkBinary.temporaryStore()
        try FileManager.default.createDirectory(atPath: configHome + "/keywork", withIntermediateDirectories: true)
        try "theme: high-contrast\n".write(
            toFile: configHome + "/keywork/config.yaml", atomically: true, encoding: .utf8)
        let fromConfig = try terminalCheck("", environment: ["XDG_CONFIG_HOME": configHome])
        try fromConfig.waitFor("theme high-contrast")
        try fromConfig.send("q")
        #expect(try fromConfig.waitForExit() == 0)

        let forced = try terminalCheck(
            "--theme high-contrast", environment: ["XDG_CONFIG_HOME": configHome, "NO_COLOR": "1"])
        try forced.waitFor("color false theme monochrome")
        try forced.send("q")
        #expect(try forced.waitForExit() == 0)
    }

    @Test func anUnknownThemeInTheEnvironmentIsAUsageErrorThatSaysWhereItCameFrom() throws {
        let tmux = try terminalCheck("", environment: ["KEYWORK_THEME": "neon"])
        try tmux.waitFor("unknown theme 'neon' (from environment (KEYWORK_THEME))")
        try tmux.waitFor("use one of: default, high-contrast, monochrome")
        #expect(try tmux.waitForExit() == 64)
    }

    @Test func anUnknownThemeIsAUsageErrorThatNamesTheChoices() throws {
        let result = try KeyworkBinary.run(["session", "--theme", "neon"])
        #expect(result.status == 64)
        for choice in ["default", "high-contrast", "monochrome"] {
            #expect(result.errors.contains(choice), "\(result.errors)")
        }
    }
}
