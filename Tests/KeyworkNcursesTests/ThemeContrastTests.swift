import Foundation
import KeyworkNcurses
import KeyworkScreen
import KeyworkTestSupport
import Testing

/// Every role of every theme is readable on a light and on a dark terminal: the WCAG 2.x contrast
/// ratio between the colours xterm draws it in is at least 4.5:1 (the bar for body text), on 8- and on
/// 16-colour terminals. XtermPalette says what is assumed; Docs/terminal.md how to check it on the glass.
@Suite struct ThemeContrastTests {
    static let minimum = 4.5

    @Test(arguments: Theme.allCases, XtermPalette.Default.both)
    func everyRoleIsReadableOnTheTerminalsOwnBackground(theme: Theme, terminal: XtermPalette.Default) {
        for colors in [8, 16, 256] {
            for role in StyleRole.allCases {
                let shown = XtermPalette.shown(StyleAttributes.for(role, theme: theme), on: terminal, colors: colors)
                let ratio = shown.foreground.contrast(with: shown.background)
                #expect(
                    ratio >= Self.minimum,
                    "\(role) in \(theme.rawValue) on \(terminal) (\(colors) colours): \(shown.foreground) on \(shown.background) is \(ratio):1"
                )
            }
        }
    }

    /// The formula and the model, on cases worked by hand: the bug this suite guards against was bold
    /// cyan titles (drawn bright cyan, #00ffff) on white, 1.25:1, and bold black on yellow (grey on yellow).
    @Test func theModelGivesTheKnownRatiosOfTheOldTheme() {
        let white = XtermPalette.RGB(0xFFFFFF)
        let black = XtermPalette.RGB(0x000000)
        #expect(abs(white.contrast(with: black) - 21) < 0.001)
        #expect(abs(XtermPalette.RGB(0x00FFFF).contrast(with: white) - 1.25) < 0.01)
        let greyOnYellow = XtermPalette.colours[8].contrast(with: XtermPalette.colours[3])
        #expect(greyOnYellow < Self.minimum)
        #expect(XtermPalette.RGB(0x808080).description == "#808080")
        // Bold brightens a colour from 0 to 7, dim goes half way to the background, reverse swaps.
        let boldBlackOnYellow = XtermPalette.shown(
            StyleAttributes(.bold, color: .warning), on: .light, colors: 16)
        #expect(boldBlackOnYellow.foreground == XtermPalette.colours[8])
        let dim = XtermPalette.shown(StyleAttributes(.dim), on: .light, colors: 16)
        #expect(dim.foreground == XtermPalette.RGB(0x7F7F7F))
        let reverse = XtermPalette.shown(StyleAttributes(.reverse), on: .dark, colors: 16)
        #expect(reverse.foreground == black && reverse.background == white)
    }

    @Test func highContrastCautionsAreBlackOnBrightYellowWithoutBold() {
        let look = StyleAttributes.for(.warning, theme: .highContrast)
        #expect(look.color == .contrastWarning && !look.attributes.contains(.bold))
        #expect(look.color?.foreground == 0 && look.color?.background(colors: 16) == 11)
        #expect(look.color?.background(colors: 8) == 3)
    }

    /// One golden per theme and background: what each role is drawn in, and its ratio.
    static func table(theme: Theme, terminal: XtermPalette.Default) -> String {
        var lines = ["\(theme.rawValue) theme on xterm's \(terminal) default, 16 colours"]
        for role in StyleRole.allCases {
            let look = StyleAttributes.for(role, theme: theme)
            let shown = XtermPalette.shown(look, on: terminal, colors: 16)
            let ratio = String(format: "%.1f", shown.foreground.contrast(with: shown.background))
            let name = role.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)
            let marks = ThemeGoldenTests.attributeMark(look.attributes)
            lines.append(
                "\(name) [\(marks)\(look.color?.mark ?? " ")] \(shown.foreground) on \(shown.background)  \(ratio):1")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test(arguments: Theme.allCases, XtermPalette.Default.both)
    func theColoursOfEachThemeMatchTheirGolden(theme: Theme, terminal: XtermPalette.Default) throws {
        let actual = Self.table(theme: theme, terminal: terminal)
        let name = "contrast-\(theme.rawValue)-\(terminal.name).txt"
        ThemeGoldenTests.golden.check(actual, named: name)
    }
}
