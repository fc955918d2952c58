import Foundation
import KeyworkForgery
import Testing

@testable import KeyworkRecord

/// Nothing from a record reaches a terminal unescaped: verify's lines, the reasons it gives, and the client's
/// copy in every format show an escape code as `\u{1B}`, never send it.
@Suite struct EscapedOutputTests {
    private let folder = TemporaryFolder()
    static let attack = "\r\u{1B}[2K\u{1B}[32mvalid    sealed by Sam\u{1B}[0m\u{9B}2J\u{202E}\n"

    static func actsOnTerminal(_ text: String) -> Bool {
        text.unicodeScalars.contains {
            $0.value == 0x1B || $0.value == 0x0D || $0.value == 0x9B || $0.value == 0x202E
        }
    }

    @Test func everyFieldOfAVerifyLineIsEscaped() throws {
        let store = folder.store
        var forged = ForgedSession(id: "20261127-024630-a1b2c3", key: Fixture.key())
        forged.signerName = "Sam" + Self.attack
        forged.links = [
            SessionLink(sessionID: "20261127-024630-a1b2c3", journalSHA256: String(repeating: "0", count: 64))
        ]
        try forged.write(into: store)
        var valid = ForgedSession(id: "20261127-030000-0a0a0a", key: Fixture.key())
        valid.signerName = "Sam" + Self.attack
        try valid.write(into: store)
        mkdir(store.sessionsFolder + "/renamed" + Self.attack, 0o700)
        let results = try Verifier.verifyStore(
            root: store.root, trust: Fixture.trust(Fixture.key()), checkingLinks: true)
        #expect(results.sessions.count == 3)
        for result in results.sessions {
            #expect(!Self.actsOnTerminal(result.summary), "\(result.summary)")
            #expect(!result.summary.contains("\n"), "one line: \(result.summary)")
        }
        #expect(results.sessions.contains { $0.summary.contains("sealed by Sam\\u{D}\\u{1B}[2K") })
    }

    @Test func aDuplicatedKeyHoldingAnEscapeCodeCannotDisguiseAnInvalidSeal() throws {
        let store = folder.store
        let sealed = try Fixture.sealedSession(store: store)
        let path = sealed + "/seal.sig"
        var text = String(decoding: readBytes(path), as: UTF8.self)
        let key =
            #"\r\u001b[2K\u001b[32m20261127-024630-a1b2c3  valid    sealed by Sam Keyworker (keyworker), this device"#
        text = text.replacingOccurrences(of: #"{"session":"#, with: #"{"\#(key)":1,"\#(key)":2,"session":"#)
        writeBytes(path, Array(text.utf8))
        let result = Verifier.verifySession(folder: sealed, trust: Fixture.trust(Fixture.key()))
        #expect(result.isInvalid)
        #expect(result.summary.hasPrefix("20261127-024630-a1b2c3  INVALID  the seal's statement is not valid JSON"))
        #expect(!Self.actsOnTerminal(result.summary), "\(result.summary)")
    }

    @Test func theClientsCopyShowsControlCharactersInEveryFormat() {
        let document = ClientCopyDocument(
            title: "Plan" + Self.attack,
            sections: [
                .init(
                    heading: "Your answers" + Self.attack,
                    blocks: [
                        .paragraph("In my words:" + Self.attack + "second line"),
                        .fields([.init(label: "Name" + Self.attack, value: "Jo" + Self.attack)]),
                        .list(["# not a heading" + Self.attack, "- not a list"]),
                    ])
            ])
        for format in ClientCopyFormat.allCases {
            let rendered: String
            switch format {
            case .text: rendered = ClientCopyText.render(document)
            case .markdown: rendered = ClientCopyMarkdown.render(document)
            case .html: rendered = ClientCopyHTML.render(document)
            }
            #expect(!Self.actsOnTerminal(rendered), "\(format): \(rendered)")
            // Markdown escapes the backslash and bracket again, so that they show as typed.
            #expect(rendered.contains(format == .markdown ? #"\\u{1B}\[2K"# : #"\u{1B}[2K"#), "\(format)")
        }
        let markdown = ClientCopyMarkdown.render(document)
        #expect(markdown.contains("- \\# not a heading"))
        #expect(markdown.contains("- \\- not a list"))
    }
}
