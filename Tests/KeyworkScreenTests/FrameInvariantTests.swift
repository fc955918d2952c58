import KeyworkGuides
import KeyworkSession
import Testing

@testable import KeyworkScreen

/// Whatever the size, every frame is whole: each row is exactly as wide as the terminal, and a cluster
/// wider than one cell is always followed by its continuation cells.
@Suite struct FrameInvariantTests {
    static func checkWhole(_ frame: Frame, _ context: String) {
        #expect(FrameCheck.problems(in: frame) == [], "\(context)")
    }

    static let sizes: [TerminalSize] = {
        var sizes: [TerminalSize] = [.init(columns: 1, rows: 1), .init(columns: 200, rows: 60)]
        for columns in stride(from: 1, through: 200, by: 17) {
            for rows in stride(from: 1, through: 60, by: 7) { sizes.append(.init(columns: columns, rows: rows)) }
        }
        for columns in 58...62 { sizes.append(.init(columns: columns, rows: 16)) }
        sizes.append(.init(columns: 60, rows: 15))
        sizes.append(.init(columns: 20, rows: 6))
        return sizes
    }()

    @Test(arguments: ScreenType.allCases)
    func everyScreenTypeDrawsWholeFramesAtEverySize(_ type: ScreenType) {
        var (session, view) = SessionScreenGoldenTests.scene(type)
        for overlay in [nil, Overlay.help, .question(TextField(String(repeating: "日本 long words ", count: 12)))] {
            view.overlay = overlay
            for size in Self.sizes {
                for unicode in [true, false] {
                    let frame = SessionScreen.render(
                        session, view, size: size, options: RenderOptions(unicode: unicode))
                    #expect(frame.size == size)
                    Self.checkWhole(frame, "\(type) at \(size)")
                }
            }
        }
        session.isPrivate = true
        Self.checkWhole(
            SessionScreen.render(session, view, size: .init(columns: 7, rows: 3), options: .init()), "private")
    }

    @Test func wideTextDrawsWholeFramesAtEverySize() {
        var session = ScreenGuide.session(at: "wide", in: ScreenGuide.wideGuide)
        for screen in ["wide", "narrow"] {
            session.path = [screen]
            var view = ViewState(for: session)
            view.notice = "日本語のお知らせ 👍 がここに出ます。とても長いお知らせなので二行に折り返されます。"
            for size in Self.sizes {
                Self.checkWhole(
                    SessionScreen.render(session, view, size: size, options: .init()), "\(screen) at \(size)")
            }
        }
    }

    @Test func asciiFramesUseNoGlyphsOfTheirOwnBeyondASCII() {
        for type in ScreenType.allCases {
            let (session, plainView) = SessionScreenGoldenTests.scene(type)
            var view = plainView
            view.overlay = .help
            let frame = SessionScreen.render(
                session, view, size: .init(columns: 80, rows: 24), options: .init(unicode: false))
            let isASCII = frame.text.unicodeScalars.allSatisfy { $0.isASCII }
            #expect(isASCII, "\(type)")
        }
    }
}
