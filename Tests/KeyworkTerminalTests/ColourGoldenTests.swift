import Foundation
import KeyworkGuides
import KeyworkNcurses
import KeyworkScreen
import KeyworkSession
import Testing

/// Screens as the terminal draws them in colour and without: the characters, then what each cell
/// looks like (attributes, then colour). Without colour the selection must still stand out.
@Suite struct ColourGoldenTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// The tour walked to a screen by session actions.
    static func state(after actions: [SessionAction]) throws -> SessionState {
        let guide = try #require(try BuiltinGuides.guide(id: "tour"))
        var state = SessionState(guide: guide, context: SessionContext(keyworker: "Sam", clientReference: "C-1042"))
        for action in [.start] + actions { try Session.reduce(&state, action) }
        return state
    }

    static let screens: [(name: String, actions: [SessionAction])] = [
        ("info", []),
        ("choice", [.proceed]),
        (
            "consent",
            [
                .proceed, .submit(.choice(option: "talk", other: nil)), .proceed, .submit(.scale(7)), .proceed,
                .submit(.decision(Decision(preferred: "phone", reasons: "From home"))),
                .submit(.availability(Availability(availableNow: true))),
                .submit(.sure(SureCheck(answers: [true, true, true, true]))), .proceed,
                .tick(statement: "statement-1", ticked: true),
            ]
        ),
    ]

    /// One letter per cell for its attributes, and one for its colour.
    static func layers(of frame: Frame, color: Bool) -> String {
        var attributes: [String] = []
        var colours: [String] = []
        for row in 0..<frame.size.rows {
            var attributeLine = ""
            var colourLine = ""
            for column in 0..<frame.size.columns where !frame[row, column].isContinuation {
                let look = StyleAttributes.for(frame[row, column].role, color: color)
                attributeLine.append(
                    look.attributes.contains(.reverse)
                        ? "R"
                        : look.attributes.contains(.bold)
                            ? "B"
                            : look.attributes.contains(.underline) ? "U" : look.attributes.contains(.dim) ? "D" : " ")
                switch look.color {
                case .title?: colourLine.append("t")
                case .warning?: colourLine.append("w")
                case .border?: colourLine.append("b")
                case nil: colourLine.append(" ")
                }
            }
            attributes.append(attributeLine)
            colours.append(colourLine)
        }
        return frame.text + "\n--- attributes (R reverse, B bold, U underline, D dim) ---\n"
            + attributes.joined(separator: "\n")
            + "\n--- colour (t title, w warning, b border; blank is the default) ---\n"
            + colours.joined(separator: "\n") + "\n"
    }

    @Test(arguments: [true, false])
    func everyScreenMatchesItsGoldenInColourAndWithout(color: Bool) throws {
        for screen in Self.screens {
            let state = try Self.state(after: screen.actions)
            let frame = SessionScreen.render(
                state, ViewState(for: state), size: TerminalSize(columns: 80, rows: 24), options: RenderOptions())
            let actual = Self.layers(of: frame, color: color)
            let name = "\(screen.name)-80x24-\(color ? "colour" : "monochrome").txt"
            let url = Self.directory.appendingPathComponent(name)
            if ProcessInfo.processInfo.environment["KEYWORK_UPDATE_GOLDEN"] == "1" {
                try actual.write(to: url, atomically: true, encoding: .utf8)
                continue
            }
            let expected = try String(contentsOf: url, encoding: .utf8)
            #expect(actual == expected, "Golden/\(name) differs; rerun with KEYWORK_UPDATE_GOLDEN=1 and read the diff")
            // Whatever the colours, the highlighted row is in reverse video.
            let rows = frame.text.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, row) in rows.enumerated() where row.hasPrefix("  > ") {
                let look = StyleAttributes.for(frame[index, 4].role, color: color)
                #expect(look.attributes.contains(.reverse), "\(name): the selection is not reverse video")
            }
        }
    }
}
