import ArgumentParser
import KeyworkApp
import KeyworkGuides

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check guide files; errors and warnings as FILE:LINE:COL: message.",
        discussion: """
            Errors (exit status 65): unknown keys, wrong types, missing fields, duplicate ids, `when` or \
            `from` naming a missing or later screen, empty option lists, a min above the max.

            Warnings (exit status 0): long sentences, low reading ease, jargon, unbalanced pros and cons, \
            missing `reviewed` or `sources`, a `review_by` in the past.

            Example:
              keywork lint guides/*.yaml
            """)

    @Argument(help: ArgumentHelp("Guide files to check.", valueName: "GUIDE"))
    var guides: [String]

    func run() throws {
        var status = ExitStatus.success
        var errorCount = 0
        var warningCount = 0
        for path in guides {
            do {
                let guide = try GuideLoader.load(contentsOf: path)
                let warnings = GuideLinter.lint(guide, today: .today)
                warningCount += warnings.count
                for warning in warnings { Console.out(warning.formatted) }
            } catch {
                errorCount += error.diagnostics.filter { $0.severity == .error }.count
                for diagnostic in error.diagnostics { Console.out(diagnostic.formatted) }
                let fileStatus = ExitStatus(error)
                if status == .success || fileStatus == .notFound { status = fileStatus }
            }
        }
        Console.error(
            "\(guides.count) \(guides.count == 1 ? "guide" : "guides") checked: "
                + "\(errorCount) \(errorCount == 1 ? "error" : "errors"), "
                + "\(warningCount) \(warningCount == 1 ? "warning" : "warnings")")
        if status != .success { throw ExitCode(status.rawValue) }
    }
}
