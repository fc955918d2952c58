/// Why the session did not accept an action, in plain words to show on the screen.
/// A refusal changes nothing and records nothing.
public struct SessionRefusal: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
