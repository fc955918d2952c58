import KeyworkScreen
import KeyworkTerminal

/// Turns the bytes read from the terminal into events, a read at a time: UTF-8 into characters (a bad
/// byte into U+FFFD, never dropping what follows), escape sequences into keys by `KeySequences` (one it
/// does not know is dropped whole, so its bytes never become typed keys), and a bracketed paste
/// (`ESC [200~ … ESC [201~`) into `.paste` events.
///
/// A paste is delivered when its end marker comes, or in pieces of `pastePieceLength` characters while a
/// long one arrives, so the run loop draws and reads keys between the pieces however long the paste is;
/// past `maximumPasteLength` the rest is skipped to its end marker without looking at each character.
public struct InputDecoder: Sendable {
    /// The most characters one paste delivers; the rest of a longer paste is dropped.
    public static let maximumPasteLength = 16_384
    /// The most characters of a paste held back before they are delivered.
    public static let pastePieceLength = 4_096

    private static let pasteStart = Array("\u{1B}[200~".utf8)
    private static let pasteEnd = Array("\u{1B}[201~".utf8)

    private let keys: KeySequences
    /// Bytes of an escape sequence still arriving, its ESC first.
    private var escape: [UInt8] = []
    private var text = UTF8Assembler()
    private var paste: PasteState?

    /// A paste in progress.
    private struct PasteState: Sendable {
        var text = UTF8Assembler()
        /// What arrived of it and is not delivered yet.
        var pending = String.UnicodeScalarView()
        var pendingLength = 0
        /// Characters delivered or pending so far.
        var length = 0
        /// How many bytes of the end marker have matched so far.
        var endMatched = 0
        var previousWasReturn = false
        /// Past the limit, or thrown away as typed ahead: the rest is skipped to its end marker.
        var isDropping = false
    }

    public init(keys: KeySequences = .standard) {
        self.keys = keys
    }

    /// An escape sequence or a UTF-8 character has begun and not ended: if nothing comes soon, call
    /// `flush()` so that a lone Escape key is reported.
    public var isAwaitingMore: Bool { !escape.isEmpty || text.isInsideSequence }

    /// A paste has started and its end marker has not arrived yet.
    public var isInsidePaste: Bool { paste != nil }

    /// The events that one read's bytes make.
    public mutating func feed(_ bytes: [UInt8]) -> [TerminalEvent] {
        var events: [TerminalEvent] = []
        var rest = bytes[...]
        while let byte = rest.first {
            if paste != nil {
                rest = feedPaste(rest, into: &events)
                continue
            }
            rest = rest.dropFirst()
            events += feedKey(byte)
        }
        return events
    }

    /// No more input came while a sequence was waiting: reports what was held back as keys.
    public mutating func flush() -> [TerminalEvent] {
        var events = text.finish().compactMap(Self.characterEvent)
        guard !escape.isEmpty else { return events }
        let held = escape
        escape = []
        if let key = keys.key(for: held) { return events + [.key(key)] }
        // A person pressed Esc, then perhaps `[`: keys as they were typed.
        events.append(.key(.escape))
        for byte in held.dropFirst() { events += feedKey(byte) }
        return events + flush()
    }

    /// A paste's end marker has not come in time (`NcursesTerminal` waits a second): ends the paste
    /// with what arrived, so the keyboard is never swallowed for good.
    public mutating func endUnfinishedPaste() -> [TerminalEvent] {
        guard var state = paste else { return [] }
        paste = nil
        guard !state.isDropping else { return [] }
        state.pending.append(contentsOf: state.text.finish())
        let pasted = String(state.pending)
        return pasted.isEmpty ? [] : [.key(.paste(pasted))]
    }

    /// Forgets what was typed ahead: a half-read sequence, and a paste still arriving, whose rest is
    /// dropped up to its end marker so it cannot turn into keys on the next screen.
    public mutating func discardTypeAhead() {
        escape = []
        text = UTF8Assembler()
        if paste != nil {
            paste?.isDropping = true
            paste?.pending = String.UnicodeScalarView()
            paste?.pendingLength = 0
        }
    }

    // MARK: Keys

    private mutating func feedKey(_ byte: UInt8) -> [TerminalEvent] {
        if !escape.isEmpty { return feedEscape(byte) }
        if text.isInsideSequence || byte >= 0x80 { return text.add(byte).compactMap(Self.characterEvent) }
        if byte == 0x1B {
            escape = [byte]
            return []
        }
        return KeyMapper.map(byte: byte).map { [$0] } ?? []
    }

    /// One more byte of an escape sequence: a key once it is a whole known sequence, nothing once it is a
    /// whole unknown one, and Esc followed by the bytes as keys when it is no sequence at all.
    private mutating func feedEscape(_ byte: UInt8) -> [TerminalEvent] {
        escape.append(byte)
        if escape == Self.pasteStart {
            escape = []
            paste = PasteState()
            return []
        }
        let waitsForMore = keys.isPrefix(escape) || Self.pasteStart.starts(with: escape)
        if let key = keys.key(for: escape), !waitsForMore {
            escape = []
            return [.key(key)]
        }
        if waitsForMore { return [] }
        let held = escape
        escape = []
        // A known key whose sequence this byte ran past (none of the usual terminals has such a pair).
        if let key = keys.key(for: Array(held.dropLast())) { return [.key(key)] + feedKey(byte) }
        switch Self.shape(of: held) {
        case .complete:
            return []
        case .incomplete:
            escape = held
            return []
        case .notASequence:
            // Esc and then a key: report both; the byte may itself start a sequence.
            return [.key(.escape)] + held.dropFirst().flatMap { feedKey($0) }
        }
    }

    private enum SequenceShape { case complete, incomplete, notASequence }

    /// ECMA-48's shape: `ESC [` parameters and intermediates (0x20–0x3F) then a final byte (0x40–0x7E), or
    /// `ESC O` and one byte. Anything longer than 32 bytes is no sequence a key sends.
    private static func shape(of bytes: [UInt8]) -> SequenceShape {
        guard bytes.count >= 2, bytes.count <= 32 else { return .notASequence }
        switch bytes[1] {
        case UInt8(ascii: "["):
            guard let last = bytes.last, bytes.count > 2 else { return .incomplete }
            if (0x40...0x7E).contains(last) { return .complete }
            return (0x20...0x3F).contains(last) ? .incomplete : .notASequence
        case UInt8(ascii: "O"):
            guard bytes.count == 3 else { return .incomplete }
            return (0x40...0x7E).contains(bytes[2]) ? .complete : .notASequence
        default:
            return .notASequence
        }
    }

    private static func characterEvent(_ scalar: Unicode.Scalar) -> TerminalEvent? {
        KeyMapper.isPrintable(scalar) ? .key(.character(Character(scalar))) : nil
    }

    // MARK: Pastes

    /// Takes bytes of a paste up to and including its end marker; returns what is left of the read.
    private mutating func feedPaste(_ bytes: ArraySlice<UInt8>, into events: inout [TerminalEvent])
        -> ArraySlice<UInt8>
    {
        guard var state = paste else { return bytes }
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if state.isDropping && state.endMatched == 0 {
                // Skipping: only an ESC can start the end marker, so everything else is passed over unread.
                index = bytes[index...].firstIndex(of: 0x1B) ?? bytes.endIndex
                if index == bytes.endIndex { break }
            }
            let byte = bytes[index]
            index += 1
            if byte == Self.pasteEnd[state.endMatched] {
                state.endMatched += 1
                if state.endMatched == Self.pasteEnd.count {
                    if !state.isDropping { state.pending.append(contentsOf: state.text.finish()) }
                    paste = state
                    if let pending = takePendingPaste() { events.append(pending) }
                    paste = nil
                    return bytes[index...]
                }
                continue
            }
            // What looked like the end marker was text after all: its bytes go in as text.
            let matched = Self.pasteEnd.prefix(state.endMatched)
            state.endMatched = byte == Self.pasteEnd[0] ? 1 : 0
            for earlier in matched { add(earlier, to: &state, events: &events) }
            if state.endMatched == 0 { add(byte, to: &state, events: &events) }
        }
        paste = state
        return bytes[bytes.endIndex...]
    }

    private mutating func add(_ byte: UInt8, to state: inout PasteState, events: inout [TerminalEvent]) {
        guard !state.isDropping else { return }
        for scalar in state.text.add(byte) {
            let wasReturn = state.previousWasReturn
            state.previousWasReturn = scalar == "\r"
            switch scalar {
            case "\r": state.pending.append("\n")
            case "\n" where wasReturn: continue
            case "\n", "\t": state.pending.append(scalar)
            // A pasted escape sequence could repaint or re-program the screen: its controls are dropped.
            default:
                guard KeyMapper.isPrintable(scalar) else { continue }
                state.pending.append(scalar)
            }
            state.length += 1
            state.pendingLength += 1
            if state.length >= Self.maximumPasteLength || state.pendingLength >= Self.pastePieceLength {
                events.append(.key(.paste(String(state.pending))))
                state.pending = String.UnicodeScalarView()
                state.pendingLength = 0
                state.isDropping = state.length >= Self.maximumPasteLength
                if state.isDropping { return }
            }
        }
    }

    /// The paste text not delivered yet, as one event.
    private mutating func takePendingPaste() -> TerminalEvent? {
        guard let state = paste, !state.pending.isEmpty else { return nil }
        paste?.pending = String.UnicodeScalarView()
        paste?.pendingLength = 0
        return .key(.paste(String(state.pending)))
    }
}
