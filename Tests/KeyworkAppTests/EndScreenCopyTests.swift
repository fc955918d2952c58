import Foundation
import KeyworkApp
import KeyworkConfig
import KeyworkRecord
import Testing

/// The end screen of a sealed session: the session id and the receipt code, and the client's copy saved to the copy
/// folder (HTML and text, 0600, in a folder made 0700, never written over) or printed with `lp`.
@Suite struct EndScreenCopyTests {
    /// A whole tour, then `endLines` typed on the end screen.
    private func sealedTour(
        _ app: AppFixture, endLines: [String], config: [ConfigKey: String], environment: [String: String] = [:]
    ) throws -> (id: String, code: String, output: String) {
        let io = ScriptedLines(AppFixture.wholeTour + endLines)
        let result = try app.plainLauncher(io, config: config, environment: environment).startSession(
            guideName: "tour", client: "C-1042", keyworker: "Sam")
        guard case .sealed(let id, _, let code, _) = result else {
            Issue.record("not sealed: \(result)")
            throw CancellationError()
        }
        #expect(io.linesLeft == 0)
        return (id, code, io.output)
    }

    private func copyConfig(_ folder: String) -> [ConfigKey: String] {
        AppFixture.draftsAllowed.merging([.copyFolder: folder]) { $1 }
    }

    private func permissions(_ path: String) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    @Test func theEndShowsTheSessionIDAndReceiptCodeAndSavesTheCopyPrivately() throws {
        let app = try AppFixture()
        let folder = app.outside + "/documents/keywork"
        let (id, code, output) = try sealedTour(app, endLines: ["1"], config: copyConfig(folder))

        #expect(output.contains("Session: \(id)\nReceipt code: \(code)"), "\(output.suffix(900))")
        #expect(!output.contains("Print it"), "no printer on this computer, so printing is not offered")
        let html = folder + "/\(id).html"
        let text = folder + "/\(id).txt"
        #expect(output.contains("Copies are saved in: \(folder)"))
        #expect(output.contains("Saved as \(id).html and .txt"))
        #expect(try permissions(folder) == 0o700)
        #expect(try permissions(html) == 0o600 && permissions(text) == 0o600)
        #expect(try String(contentsOfFile: html, encoding: .utf8).contains(code))
        #expect(try String(contentsOfFile: text, encoding: .utf8).contains(code))
        #expect(try app.verify(id).outcome == .valid)
    }

    @Test func savingAgainNeverWritesOverTheFirstCopy() throws {
        let app = try AppFixture()
        let folder = app.outside + "/copies"
        let (id, _, output) = try sealedTour(app, endLines: ["1", "1"], config: copyConfig(folder))

        #expect(output.contains("Saved as \(id)-2.html and .txt"))
        #expect(FileManager.default.fileExists(atPath: folder + "/\(id).html"))
    }

    @Test func aCopyFolderThatIsALinkIsRefusedPlainlyAndNothingIsLost() throws {
        let app = try AppFixture()
        let real = app.outside + "/elsewhere"
        try FileManager.default.createDirectory(atPath: real, withIntermediateDirectories: true)
        let link = app.outside + "/linked"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)

        let (id, _, output) = try sealedTour(app, endLines: ["1"], config: copyConfig(link))

        #expect(output.contains("Not saved: \(link): the folder for copies is a link"), "\(output.suffix(600))")
        #expect(try FileManager.default.contentsOfDirectory(atPath: real).isEmpty)
        #expect(try app.verify(id).outcome == .valid, "the record is sealed whatever happens to the copy")
    }

    @Test func aCopyFolderThatCannotBeMadeIsRefusedPlainly() throws {
        let app = try AppFixture()
        // Nobody, root included, can make a folder in /proc.
        let folder = "/proc/keywork-copies"

        let (id, _, output) = try sealedTour(app, endLines: ["1"], config: copyConfig(folder))

        #expect(output.contains("Not saved: \(folder): cannot make the folder"), "\(output.suffix(600))")
        #expect(output.contains("keywork config set copy_folder PATH"), "it says how to fix it")
        #expect(try app.verify(id).outcome == .valid)
    }

    @Test func aCopyFolderInsideTheStoreIsRefused() throws {
        let app = try AppFixture()
        let (_, _, output) = try sealedTour(app, endLines: ["1"], config: copyConfig(app.root + "/copies-in-store"))

        #expect(output.contains("is inside the record store"), "\(output.suffix(600))")
    }

    @Test func printingIsOfferedWithAPrinterAndSendsTheTextCopyToLp() throws {
        let app = try AppFixture()
        let bin = app.outside + "/bin"
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        let printed = bin + "/printed.txt"
        try "#!/bin/sh\ncat > '\(printed)'\n".write(toFile: bin + "/lp", atomically: true, encoding: .utf8)
        chmod(bin + "/lp", 0o755)

        let (_, code, output) = try sealedTour(
            app, endLines: ["2"], config: AppFixture.draftsAllowed, environment: ["PATH": bin])

        #expect(output.contains("2. Print it"))
        #expect(output.contains("Sent to the printer."), "\(output.suffix(600))")
        #expect(try String(contentsOfFile: printed, encoding: .utf8).contains(code))
    }

    @Test func aPrinterThatFailsSaysWhatLpSaid() throws {
        let app = try AppFixture()
        let bin = app.outside + "/bin"
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        try "#!/bin/sh\ncat >/dev/null\necho 'lp: Error - The printer or class does not exist.' >&2\nexit 1\n".write(
            toFile: bin + "/lp", atomically: true, encoding: .utf8)
        chmod(bin + "/lp", 0o755)
        try "#!/bin/sh\necho 'system default destination: office'\n".write(
            toFile: bin + "/lpstat", atomically: true, encoding: .utf8)
        chmod(bin + "/lpstat", 0o755)

        let (_, _, output) = try sealedTour(
            app, endLines: ["2"], config: AppFixture.draftsAllowed, environment: ["PATH": bin])

        #expect(
            output.contains("Not printed: lp: Error - The printer or class does not exist."), "\(output.suffix(600))")
    }

    @Test func noDefaultPrinterMeansNoPrinting() throws {
        let app = try AppFixture()
        let bin = app.outside + "/bin"
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        for (name, script) in [("lp", "cat >/dev/null"), ("lpstat", "echo 'no system default destination'")] {
            try "#!/bin/sh\n\(script)\n".write(toFile: bin + "/" + name, atomically: true, encoding: .utf8)
            chmod(bin + "/" + name, 0o755)
        }
        #expect(Printer.find(environment: ["PATH": bin]) == nil)
        #expect(Printer.find(environment: ["PATH": "/nonexistent"]) == nil)
    }
}
