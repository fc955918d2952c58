import CNcursesw
import KeyworkTerminal

/// Assembles what `wget_wch` reads into events: bracketed paste (`ESC [200~ … ESC [201~`) becomes
/// one `.paste`, a lone ESC becomes `.escape`, and everything else goes through `KeyMapper`.
public struct InputDecoder: Sendable {
    /// One value read by `wget_wch`.
    public enum Input: Sendable, Equatable {
        case character(UInt32)
        case keyCode(UInt32)
    }

    private static let pasteStart = Array("\u{1B}[200~".unicodeScalars.map(\.value))
    private static let pasteEnd = Array("\u{1B}[201~".unicodeScalars.map(\.value))

    /// The most characters one paste delivers; a longer paste is cut there and the rest dropped.
    public static let maximumPasteLength = 16_384

    /// Characters after an ESC that may still turn out to start a paste.
    private var pending: [UInt32] = []
    /// The text of a paste in progress, its end marker included while it arrives.
    private var paste: [UInt32]?
    /// A paste went past `maximumPasteLength`: what is left of it is dropped until its end marker.
    private var isDroppingRestOfPaste = false

    public init() {}

    /// An ESC (or the start of a paste marker) is waiting for what follows; if nothing comes soon,
    /// call `flush()` so a lone Escape key is reported.
    public var isAwaitingEscapeSequence: Bool { !pending.isEmpty }

    /// A paste has started and its end marker has not arrived yet.
    public var isInsidePaste: Bool { paste != nil }

    public mutating func feed(_ input: Input) -> [TerminalEvent] {
        if var text = paste {
            switch input {
            case .character(let value): text.append(value)
            case .keyCode(let code) where Int32(truncatingIfNeeded: code) == KEY_ENTER: text.append(10)
            case .keyCode: break
            }
            if text.count >= Self.pasteEnd.count, Array(text.suffix(Self.pasteEnd.count)) == Self.pasteEnd {
                paste = nil
                if isDroppingRestOfPaste {
                    isDroppingRestOfPaste = false
                    return []
                }
                return [.key(.paste(Self.pastedText(text.dropLast(Self.pasteEnd.count))))]
            }
            // Only enough to spot the end marker is kept of a paste that is being dropped, so an end
            // marker that never comes cannot make memory grow without bound.
            if isDroppingRestOfPaste {
                paste = Array(text.suffix(Self.pasteEnd.count - 1))
                return []
            }
            if text.count >= Self.maximumPasteLength + Self.pasteEnd.count {
                isDroppingRestOfPaste = true
                paste = Array(text.suffix(Self.pasteEnd.count - 1))
                return [.key(.paste(Self.pastedText(text.prefix(Self.maximumPasteLength))))]
            }
            paste = text
            return []
        }
        switch input {
        case .keyCode(let code):
            return flush() + mapped(code, isKeyCode: true)
        case .character(let value):
            if pending.isEmpty && value != 27 { return mapped(value, isKeyCode: false) }
            pending.append(value)
            if pending == Self.pasteStart {
                pending = []
                paste = []
                return []
            }
            if Self.pasteStart.starts(with: pending) { return [] }
            // Not a paste after all: report the ESC, then read the rest again, since it may hold
            // the next ESC.
            let rest = pending.dropFirst()
            pending = []
            var events = mapped(27, isKeyCode: false)
            for value in rest { events += feed(.character(value)) }
            return events
        }
    }

    /// A paste's end marker has not come in time (`NcursesTerminal` waits a second): ends the paste
    /// with what arrived, so the keyboard is never swallowed for good.
    public mutating func endUnfinishedPaste() -> [TerminalEvent] {
        guard var text = paste else { return [] }
        paste = nil
        if isDroppingRestOfPaste {
            isDroppingRestOfPaste = false
            return []
        }
        // A part of the end marker that did arrive is not text.
        for length in stride(from: min(text.count, Self.pasteEnd.count - 1), to: 0, by: -1)
        where Array(text.suffix(length)) == Array(Self.pasteEnd.prefix(length)) {
            text.removeLast(length)
            break
        }
        let pasted = Self.pastedText(text[...])
        return pasted.isEmpty ? [] : [.key(.paste(pasted))]
    }

    /// Forgets what was typed ahead: a half-read escape sequence, and a paste still arriving, whose
    /// rest is dropped up to its end marker so it cannot turn into keys on the next screen.
    public mutating func discardTypeAhead() {
        pending = []
        if paste != nil {
            isDroppingRestOfPaste = true
            paste = []
        }
    }

    /// No more input came while an ESC was waiting: report what was held back as keys.
    public mutating func flush() -> [TerminalEvent] {
        let held = pending
        pending = []
        return held.flatMap { mapped($0, isKeyCode: false) }
    }

    private func mapped(_ value: UInt32, isKeyCode: Bool) -> [TerminalEvent] {
        KeyMapper.map(wideChar: value, isKeyCode: isKeyCode).map { [$0] } ?? []
    }

    /// Line ends become `\n`, tabs stay, and other control characters (a pasted escape sequence
    /// could repaint or re-program the screen) are dropped.
    static func pastedText(_ values: ArraySlice<UInt32>) -> String {
        var scalars = String.UnicodeScalarView()
        var previousWasReturn = false
        for value in values {
            guard let scalar = Unicode.Scalar(value) else { continue }
            defer { previousWasReturn = value == 13 }
            switch value {
            case 13: scalars.append("\n")
            case 10: if !previousWasReturn { scalars.append("\n") }
            case 9: scalars.append(scalar)
            default: if KeyMapper.isPrintable(scalar) { scalars.append(scalar) }
            }
        }
        return String(scalars)
    }
}
