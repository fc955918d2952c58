import ArgumentParser
import KeyworkApp
import KeyworkRecord
import KeyworkWords

extension SessionLauncher {
    /// Runs `body` with a launcher, then prints how it ended. The full screen is always closed first,
    /// so neither the result nor a failure is printed over it.
    static func run(
        store: Store, display: DisplayOptions, _ body: (SessionLauncher) throws -> LaunchResult
    ) throws {
        let launcher = SessionLauncher(
            store: store, display: display.display, settings: try RunSettings.load(), words: try display.words(),
            now: TestHooks.clock)
        let result: LaunchResult
        do {
            defer { launcher.closeTerminal() }
            result = try body(launcher)
        }
        try result.finish(words: launcher.words, sealMessageShown: launcher.display.plain)
    }
}

extension LaunchResult {
    /// Prints what happened once the full screen is gone, and ends with the right exit status.
    /// `sealMessageShown` is true in the line mode, where the "Saved and sealed" message with the
    /// folder and receipt code is still there to read, so it is not printed a second time.
    func finish(words: Words, sealMessageShown: Bool) throws {
        let (text, status) = report(words, sealMessageShown: sealMessageShown)
        if !text.isEmpty { Console.out(text) }
        if status != .success { throw ExitCode(status.rawValue) }
    }
}

extension DisplayOptions {
    /// What the launcher needs of these options.
    var display: Display {
        Display(plain: wantsPlain, speak: speak, environment: environment, theme: chosenTheme, faults: TestHooks.faults)
    }
}
