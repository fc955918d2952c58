import KeyworkFrontEnd

/// A speaker that remembers what it was asked to say and when it was stopped.
public final class RecordingSpeaker: Speaker {
    public enum Call: Equatable, Sendable {
        case speak(String)
        case stop
    }

    public let available: Bool
    public private(set) var calls: [Call] = []

    public init(available: Bool = true) {
        self.available = available
    }

    /// The texts it was asked to read, in order.
    public var spoken: [String] {
        calls.compactMap { if case .speak(let text) = $0 { text } else { nil } }
    }

    public func speak(_ text: String) -> Bool {
        calls.append(.speak(text))
        return available
    }

    public func stop() {
        calls.append(.stop)
    }
}
