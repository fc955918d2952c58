import Foundation
import KeyworkNcurses
import KeyworkScreen
import Testing

/// Meaning never rests on colour alone: in every theme, and above all in monochrome, the selection,
/// refusals, flags and ticks are shown by characters and attributes that need no colour.
@Suite struct ThemeMeaningTests {
    typealias Sample = ThemeGoldenTests.Sample

    static func sample(_ name: String) throws -> Sample {
        try #require(ThemeGoldenTests.samples.first { $0.name == name })
    }

    /// The rows of a frame as text, and the cells of each role.
    static func rows(_ frame: Frame) -> [String] {
        frame.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    static func cells(of role: StyleRole, in frame: Frame) -> [(row: Int, column: Int)] {
        var found: [(Int, Int)] = []
        for row in 0..<frame.size.rows {
            for column in 0..<frame.size.columns where frame[row, column].role == role {
                found.append((row, column))
            }
        }
        return found
    }

    @Test(arguments: Theme.allCases)
    func theHighlightedOptionIsMarkedWithAnArrowAndReverseVideo(theme: Theme) throws {
        for name in ["choice", "consent"] {
            let frame = try ThemeGoldenTests.frame(try Self.sample(name))
            let selected = Self.cells(of: .selected, in: frame)
            #expect(!selected.isEmpty, "\(name): nothing is highlighted")
            for row in Set(selected.map(\.row)) {
                #expect(Self.rows(frame)[row].hasPrefix("  > "), "\(name): highlighted row \(row) has no > mark")
            }
            for cell in selected {
                let look = StyleAttributes.for(.selected, theme: theme)
                #expect(look.attributes.contains(.reverse), "\(name) \(theme): \(cell) is not reverse video")
            }
        }
    }

    @Test(arguments: Theme.allCases)
    func refusalsAndFlagsStartWithAnExclamationMarkAndAreBold(theme: Theme) throws {
        for name in ["multi-refused", "summary-flagged"] {
            let frame = try ThemeGoldenTests.frame(try Self.sample(name))
            let warnings = Self.cells(of: .warning, in: frame)
            #expect(!warnings.isEmpty, "\(name): no warning is shown")
            for row in Set(warnings.map(\.row)) {
                let text = Self.rows(frame)[row].trimmingCharacters(in: .whitespaces)
                #expect(text.hasPrefix("! "), "\(name): warning row '\(text)' has no ! mark")
            }
            #expect(StyleAttributes.for(.warning, theme: theme).attributes.contains(.bold))
        }
    }

    @Test func tickedAndUntickedStatementsDifferInCharactersNotColour() throws {
        let text = try ThemeGoldenTests.frame(try Self.sample("consent")).text
        #expect(text.contains("[x] I chose the support that suits me this week."))
        #expect(text.contains("[ ] My keyworker will do what we agreed today."))
    }

    @Test(arguments: Theme.allCases)
    func everyRoleThatCarriesMeaningLooksUnlikePlainTextWithoutItsColour(theme: Theme) {
        let plain = StyleAttributes.for(.normal, theme: theme).attributes
        for role: StyleRole in [.title, .emphasis, .selected, .footer, .warning, .input] {
            #expect(StyleAttributes.for(role, theme: theme).attributes != plain, "\(role) in \(theme) needs colour")
        }
        // The selection and the refusals must not look alike either.
        #expect(
            StyleAttributes.for(.selected, theme: theme).attributes
                != StyleAttributes.for(.warning, theme: theme).attributes)
    }

    @Test func monochromeUsesNoColourAtAllAndHighContrastNeverDims() {
        for role in StyleRole.allCases {
            #expect(StyleAttributes.for(role, theme: .monochrome).color == nil, "\(role) has a colour")
            #expect(!StyleAttributes.for(role, theme: .highContrast).attributes.contains(.dim), "\(role) is dim")
        }
    }

    @Test func aTerminalWithoutColourShowsEveryThemeAsMonochrome() {
        for theme in Theme.allCases {
            #expect(theme.shown(colorAvailable: false) == .monochrome)
            #expect(theme.shown(colorAvailable: true) == theme)
        }
    }
}
