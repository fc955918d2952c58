import KeyworkBuiltinGuides
import KeyworkGuides
import KeyworkSession
import KeyworkWords
import Testing

@testable import KeyworkScreen

/// The title line on a narrow screen: the guide's title keeps its start, the position gives way first,
/// and a cut is marked with an ellipsis.
@Suite struct TitleLineTests {
    static let narrow = TerminalSize(columns: 60, rows: 16)
    static let wide = TerminalSize(columns: 80, rows: 24)

    static func titleRow(_ session: SessionState, size: TerminalSize, options: RenderOptions = .init()) -> String {
        let frame = SessionScreen.render(session, ViewState(for: session), size: size, options: options)
        return String(frame.text.split(separator: "\n", omittingEmptySubsequences: false)[0])
    }

    static func guide(titled title: String) -> Guide {
        let guide = ScreenGuide.guide
        return Guide(id: guide.id, title: title, version: guide.version, screens: guide.screens, origin: "test")
    }

    @Test func theInductionGroupTitleIsShownWholeAtSixtyColumnsBesideTheShortPosition() throws {
        let guide = try #require(BuiltinGuides.guide(id: "induction-group"))
        var session = SessionState(
            guide: guide,
            context: SessionContext(
                keyworker: "Fran", clientReference: nil, participants: Participants(headCount: 8)))
        session.status = .inProgress
        session.path = guide.screens.prefix(12).map(\.id)
        let total = session.progress.total
        let row = Self.titleRow(session, size: Self.narrow)
        #expect(row.hasPrefix(" Starting methadone or buprenorphine (group) "), "\(row)")
        #expect(row.hasSuffix(" 12/\(total) "), "\(row)")
        #expect(!row.contains("…"))
        let wideRow = Self.titleRow(session, size: Self.wide)
        #expect(wideRow.hasPrefix(" Starting methadone or buprenorphine (group) "), "\(wideRow)")
        #expect(wideRow.hasSuffix(" Screen 12 of \(total) "), "at 80 columns there is room to say it in words")
    }

    @Test func aTitleTooLongForTheLineKeepsItsStartAndEndsWithAnEllipsis() {
        let title = "Planning your support after you leave hospital and move into a flat of your own (group)"
        let session = ScreenGuide.session(at: "goal", in: Self.guide(titled: title))
        let row = Self.titleRow(session, size: Self.narrow)
        #expect(row == " Planning your support after you leave hos…  Screen 2 of 11 ", "\(row)")
        let ascii = Self.titleRow(session, size: Self.narrow, options: RenderOptions(unicode: false))
        #expect(ascii.hasPrefix(" Planning your support after you leave"), "\(ascii)")
        #expect(ascii == " Planning your support after you leave h...  Screen 2 of 11 ", "\(ascii)")
        #expect(ascii.unicodeScalars.allSatisfy { $0.isASCII })
    }

    @Test func aLongTitleInPolishIsCutTheSameWay() {
        let title = "Bardzo długi tytuł przewodnika o planowaniu leczenia i wsparcia dla grupy"
        let session = ScreenGuide.session(at: "goal", in: Self.guide(titled: title))
        let row = Self.titleRow(session, size: Self.narrow, options: RenderOptions(words: Words(.polish)))
        #expect(row.hasPrefix(" Bardzo długi tytuł przewodnika"), "\(row)")
        #expect(row.hasSuffix("…  Ekran 2 z 11 "), "\(row)")
        #expect(DisplayWidth.of(row) == Self.narrow.columns)
    }

    @Test func aTitleThatFitsIsDrawnAsItIsWithThePositionInWords() {
        let session = ScreenGuide.session(at: "goal")
        let row = Self.titleRow(session, size: Self.narrow)
        #expect(row.hasPrefix(" Planning your support "))
        #expect(row.hasSuffix(" Screen 2 of 11 "))
    }

    @Test func aCutNeverSplitsAWideCharacterAndDropsTheSpaceBeforeTheEllipsis() {
        #expect(TitleLine.cut("日本語のタイトル", to: 7, ellipsis: "…") == "日本語…")
        #expect(TitleLine.cut("日本語のタイトル", to: 8, ellipsis: "…") == "日本語…")
        #expect(TitleLine.cut("Your first appointment", to: 13, ellipsis: "...") == "Your first...")
        #expect(TitleLine.cut("Your first appointment", to: 12, ellipsis: "...") == "Your firs...")
        #expect(TitleLine.cut("Your first appointment", to: 11, ellipsis: "…") == "Your first…")
        #expect(TitleLine.cut("Short", to: 5, ellipsis: "…") == "Short")
        #expect(TitleLine.cut("Short", to: 1, ellipsis: "...") == "")
    }

    @Test func withNoPositionTheTitleMayUseTheWholeLine() {
        let line = TitleLine.fit(
            title: String(repeating: "a", count: 58), position: nil, shortPosition: nil, columns: 60, ellipsis: "…")
        #expect(line.title.count == 58)
        #expect(line.position == "")
    }
}
