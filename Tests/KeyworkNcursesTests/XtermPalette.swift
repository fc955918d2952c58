import Foundation
import KeyworkNcurses

/// How xterm (379, as Debian 12 ships it, with its default resources) turns a cell's attributes and
/// colour pair into the two colours on the glass. The contrast test reads the theme table through it.
///
/// Assumptions, each from xterm's defaults:
/// - the 16 colours are xterm's own palette (`XTerm-col.ad`: color0 black … color15 white);
/// - the light default is xterm's own, black on white; the dark default is `xterm -rv`, white on black;
/// - bold text in colours 0–7 is drawn in 8–15 (`boldColors: true`); bold in the default colour is not;
/// - faint (dim) text is drawn half way between its foreground and its background;
/// - reverse video swaps the foreground and the background, after all of the above.
struct XtermPalette {
    /// A colour as red, green and blue from 0 to 255.
    struct RGB: Equatable, CustomStringConvertible {
        var red: Int
        var green: Int
        var blue: Int

        init(_ hex: Int) {
            red = hex >> 16 & 0xFF
            green = hex >> 8 & 0xFF
            blue = hex & 0xFF
        }

        var description: String {
            "#" + [red, green, blue].map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        }

        /// WCAG 2.x relative luminance.
        var luminance: Double {
            func linear(_ channel: Int) -> Double {
                let value = Double(channel) / 255
                return value <= 0.04045 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
            }
            return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
        }

        /// WCAG 2.x contrast ratio, from 1 to 21.
        func contrast(with other: RGB) -> Double {
            let (lighter, darker) = (max(luminance, other.luminance), min(luminance, other.luminance))
            return (lighter + 0.05) / (darker + 0.05)
        }

        func halfWay(to other: RGB) -> RGB {
            RGB(((red + other.red) / 2) << 16 | ((green + other.green) / 2) << 8 | (blue + other.blue) / 2)
        }
    }

    /// xterm's 16 colours, color0 to color15.
    static let colours: [RGB] = [
        0x000000, 0xCD0000, 0x00CD00, 0xCDCD00, 0x0000EE, 0xCD00CD, 0x00CDCD, 0xE5E5E5,
        0x7F7F7F, 0xFF0000, 0x00FF00, 0xFFFF00, 0x5C5CFF, 0xFF00FF, 0x00FFFF, 0xFFFFFF,
    ].map(RGB.init)

    /// A terminal's own foreground and background.
    struct Default: CustomStringConvertible {
        var name: String
        var foreground: RGB
        var background: RGB

        static let light = Default(name: "light", foreground: RGB(0x000000), background: RGB(0xFFFFFF))
        static let dark = Default(name: "dark", foreground: RGB(0xFFFFFF), background: RGB(0x000000))
        static let both = [light, dark]

        var description: String { name }
    }

    /// The foreground and background a cell is drawn in, on a terminal of `colors` colours.
    static func shown(_ look: StyleAttributes, on terminal: Default, colors: Int) -> (foreground: RGB, background: RGB)
    {
        var foreground = terminal.foreground
        var background = terminal.background
        if let pair = look.color {
            var index = Int(pair.foreground)
            if look.attributes.contains(.bold), index < 8 { index += 8 }
            foreground = colours[index]
            background = colours[Int(pair.background(colors: colors))]
        }
        if look.attributes.contains(.dim) { foreground = foreground.halfWay(to: background) }
        if look.attributes.contains(.reverse) { swap(&foreground, &background) }
        return (foreground, background)
    }
}
