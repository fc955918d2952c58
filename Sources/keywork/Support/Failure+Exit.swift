import ArgumentParser
import KeyworkApp

extension Failure {
    /// Prints the failure to standard error and ends the command with its exit status.
    func exit() -> ExitCode {
        Console.error(description)
        return ExitCode(status.rawValue)
    }
}

extension ParsableCommand {
    /// Runs the body; a `Failure` is printed plainly and becomes the exit status, never a stack trace.
    func reporting(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let failure as Failure {
            throw failure.exit()
        }
    }
}
