// KeyworkTerminalTesting owns the in-memory terminal that tests drive with scripted keys.
// It may import KeyworkTerminal, KeyworkScreen and KeyworkWords. It never imports ncurses and never touches a
// real terminal, so tests that use it run anywhere.

import KeyworkScreen
import KeyworkTerminal
import KeyworkWords

/// A terminal in memory: it replays a script of events and records every frame it is given.
public final class InMemoryTerminal: TerminalBackend {
    /// One step of a script.
    public enum Step: Sendable, Equatable {
        case event(TerminalEvent)
        /// Typed text: one `.character` key per character (`\n` becomes Enter).
        case type(String)
        /// Typed text as a terminal delivers it: one `.character` key per Unicode scalar, so an accent or a
        /// skin tone arrives as a key of its own after the letter or emoji it belongs to (`\n` becomes Enter).
        case typeScalars(String)
        /// The window changes to this size, then `.resize` is reported.
        case resize(to: TerminalSize)
        /// Keys pressed all at once, as a hurried hand does: only the first waits for the screen before it;
        /// the rest are typed ahead, so `discardTypeAhead` drops whichever of them are still unread.
        case burst([Key])
        /// The background work started so far runs to its end, here, on the test's own thread, and then
        /// `.backgroundWorkDone` is reported: the script says where in the keys it finishes.
        case backgroundWorkFinishes

        public static func key(_ key: Key) -> Step { .event(.key(key)) }
    }

    public private(set) var size: TerminalSize
    public let capabilities: TerminalCapabilities
    /// The language frames are drawn in; tests set it to draw in Polish.
    public var words: Words = .english
    /// Every frame drawn, oldest first.
    public private(set) var frames: [Frame] = []
    /// Whatever went wrong drawing the frames so far: a row wider than the screen or a cluster cut
    /// (`FrameCheck`), or a cell where a terminal sent only the changes would show something else than the
    /// frame, a stale cell from the frame before included (`EmulatedScreen`). Tests expect it empty.
    public private(set) var drawingProblems: [String] = []
    /// The screen as a terminal would show it after every frame so far.
    private var screen = EmulatedScreen()
    /// Every event handed out by `nextEvent`, oldest first.
    public private(set) var deliveredEvents: [TerminalEvent] = []
    private var script: [ScriptEntry] = []

    /// A script step once `type` has been expanded.
    private enum ScriptEntry {
        case event(TerminalEvent)
        case resize(TerminalSize)
        /// A key of a burst, typed before the frame that came before it was drawn.
        case typedAhead(Key)
        case backgroundWorkFinishes
    }

    /// Background work started and not yet run, oldest first.
    private var pendingWork: [@Sendable () -> Void] = []
    /// For each background work started, how many frames had been drawn when it was.
    public private(set) var framesDrawnWhenBackgroundWorkStarted: [Int] = []

    /// Keys dropped by `discardTypeAhead`, oldest first.
    public private(set) var discardedKeys: [Key] = []

    public init(
        size: TerminalSize,
        capabilities: TerminalCapabilities = TerminalCapabilities(unicode: true, color: false),
        script: [Step] = []
    ) {
        self.size = size
        self.capabilities = capabilities
        append(script)
    }

    /// Adds steps to the end of the script.
    public func append(_ steps: [Step]) {
        for step in steps {
            switch step {
            case .event(let event): script.append(.event(event))
            case .type(let text):
                for character in text {
                    script.append(.event(character == "\n" ? .key(.enter) : .key(.character(character))))
                }
            case .typeScalars(let text):
                for scalar in text.unicodeScalars {
                    script.append(.event(scalar == "\n" ? .key(.enter) : .key(.character(Character(scalar)))))
                }
            case .resize(let newSize): script.append(.resize(newSize))
            case .burst(let keys):
                guard let first = keys.first else { continue }
                script.append(.event(.key(first)))
                script += keys.dropFirst().map(ScriptEntry.typedAhead)
            case .backgroundWorkFinishes: script.append(.backgroundWorkFinishes)
            }
        }
    }

    public func discardTypeAhead() {
        while case .typedAhead(let key)? = script.first {
            discardedKeys.append(key)
            script.removeFirst()
        }
    }

    /// Keeps `work` until the script's `.backgroundWorkFinishes`.
    public func startBackgroundWork(_ work: @escaping @Sendable () -> Void) {
        framesDrawnWhenBackgroundWorkStarted.append(frames.count)
        pendingWork.append(work)
    }

    public func draw(_ frame: Frame) {
        frames.append(frame)
        let problems = FrameCheck.problems(in: frame) + screen.show(frame, unicode: capabilities.unicode)
        drawingProblems += problems.map { "frame \(frames.count) at \(frame.size): \($0)" }
    }

    /// The next scripted event, or `.endOfInput` once the script has run out.
    public func nextEvent() -> TerminalEvent {
        guard !script.isEmpty else {
            deliveredEvents.append(.endOfInput)
            return .endOfInput
        }
        let event: TerminalEvent
        switch script.removeFirst() {
        case .event(let scripted): event = scripted
        case .typedAhead(let key): event = .key(key)
        case .resize(let newSize):
            size = newSize
            event = .resize
        case .backgroundWorkFinishes:
            let work = pendingWork
            pendingWork = []
            for piece in work { piece() }
            event = .backgroundWorkDone
        }
        deliveredEvents.append(event)
        return event
    }

    /// The last frame drawn, if any.
    public var lastFrame: Frame? { frames.last }

    /// The characters of the last frame, one line per row with trailing spaces trimmed; empty
    /// before the first frame.
    public var screenText: String {
        guard let frame = lastFrame else { return "" }
        return frame.text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in String(line.reversed().drop { $0 == " " }.reversed()) }
            .joined(separator: "\n")
    }

    /// True when the last frame shows `text` anywhere.
    public func screenShows(_ text: String) -> Bool {
        screenText.contains(text)
    }
}
