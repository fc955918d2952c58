import KeyworkWords
import Testing

@testable import KeyworkFrontEnd

/// The words and the report path the crash handler is given. The handler itself runs only in a real
/// crash: SignalTests drives one on the full screen and in the line mode.
@Suite struct CrashNoticeTests {
    @Test func theReportIsNamedAfterTheMomentInUTCAndTheProcess() {
        #expect(
            CrashNotice.reportFileName(secondsSince1970: 1_795_765_680, processID: 4242)
                == "crash-20261127-074800-4242.txt")
        #expect(CrashNotice.reportFileName(secondsSince1970: 0, processID: 7) == "crash-19700101-000000-7.txt")
    }

    @Test func theNoticeIsCalmPlainWordsOnLinesOfTheirOwn() {
        let notice = CrashNotice.notice(.english)
        #expect(notice.hasPrefix("\n") && notice.hasSuffix("\n"))
        for words in [
            "Keywork stopped because of a fault in the program.", "Every answer given before this moment is saved.",
            "To carry on: keywork resume",
        ] {
            #expect(notice.contains(words), "missing: \(words)")
        }
        for line in notice.split(separator: "\n") {
            #expect(line.count <= 80, "too wide for the screen: \(line)")
        }
        #expect(!notice.contains("\u{1B}"))
    }

    @Test func theNoticeIsInTheChosenLanguage() {
        let notice = CrashNotice.notice(Words(.polish))
        #expect(notice.contains("Keywork zatrzymał się z powodu błędu w programie."))
        #expect(notice.contains("keywork resume"))
        #expect(
            CrashNotice.reportLine(Words(.polish), path: "/s/crash-reports/r.txt")
                == "Raport dla twórców programu jest w pliku /s/crash-reports/r.txt\n")
    }

    @Test func theReportLineSaysWhereTheReportIs() {
        #expect(
            CrashNotice.reportLine(.english, path: "/s/crash-reports/r.txt")
                == "A report for the developers is in /s/crash-reports/r.txt\n")
    }

    @Test func aReportPathThatIsTooLongIsNotKept() {
        let kept = CrashNotice.prepare(
            words: .english, reportFolder: "/s/crash-reports", secondsSince1970: 0, processID: 7)
        #expect(kept == "/s/crash-reports/crash-19700101-000000-7.txt")
        let tooLong = "/" + String(repeating: "x", count: 5000)
        #expect(CrashNotice.prepare(words: .english, reportFolder: tooLong, secondsSince1970: 0, processID: 7) == nil)
    }
}
