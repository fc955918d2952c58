import Foundation
import Testing

/// A guide no clinical lead has reviewed says so: before its first screen (unless the config allows drafts), in
/// `keywork guides` and in the list of guides to choose from.
@Suite struct DraftGuideEndToEndTests {
    /// The draft warning is on unless a test allows drafts (the harness allows them for the other tests).
    static let draftsWarned = ["KEYWORK_ALLOW_DRAFT_GUIDES": ""]

    static func sessionCommand(store: String, plain: Bool = false) -> [String] {
        ["session", "--guide", "tour", "--client", "C-2001", "--keyworker", "Sam Keyworker", "--store", store]
            + (plain ? ["--plain"] : [])
    }

    @Test func aDraftIsNamedBeforeItsFirstScreenAndLeavingStartsNothing() throws {
        let store = try KeyworkBinary.temporaryStore()
        let command = ([KeyworkBinary.path] + Self.sessionCommand(store: store)).map(Tmux.quote).joined(separator: " ")
        let tmux = try Tmux(command: command, environment: Self.draftsWarned)
        try tmux.waitFor("Not yet clinically reviewed")
        try tmux.waitFor(words: "“A short tour of Keywork” is a draft. No clinical lead has reviewed it yet.")
        try tmux.waitFor(words: "Use it for training, or with a client only if your service allows drafts.")
        try tmux.send("2")
        #expect(try tmux.waitForExit() == 0)
        try tmux.waitFor("Nothing was started.")
        let sessions = (try? StoreContents(root: store).sessionIDs()) ?? []
        #expect(sessions.isEmpty)
    }

    @Test func goingOnWithADraftStartsItsFirstScreen() throws {
        let store = try KeyworkBinary.temporaryStore()
        let command = ([KeyworkBinary.path] + Self.sessionCommand(store: store)).map(Tmux.quote).joined(separator: " ")
        let tmux = try Tmux(command: command, environment: Self.draftsWarned)
        try tmux.waitFor("Go on with this draft")
        try tmux.send("Enter")
        try tmux.waitFor(words: "This is a short tour. It shows how a session works.")
        try tmux.send("F10")
        #expect(try tmux.waitForExit() == 0)
        #expect(try StoreContents(root: store).sessionIDs().count == 1)
    }

    @Test func theConfigCanAllowDraftsSoNoWarningIsShown() throws {
        let store = try KeyworkBinary.temporaryStore()
        let config = NSTemporaryDirectory() + "keywork-config-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: config + "/keywork", withIntermediateDirectories: true)
        try "allow_draft_guides: true\n".write(
            toFile: config + "/keywork/config.yaml", atomically: true, encoding: .utf8)
        let result = try KeyworkBinary.run(
            Self.sessionCommand(store: store, plain: true),
            environment: Self.draftsWarned.merging(["XDG_CONFIG_HOME": config]) { _, new in new }, input: "pause\n")
        #expect(result.status == 0, "\(result.errors)")
        #expect(!result.output.contains("Not yet clinically reviewed"))
        #expect(result.output.contains("This is a short tour."))
    }

    @Test func theLineModeNamesTheDraftAndTakesANumber() throws {
        let store = try KeyworkBinary.temporaryStore()
        let leave = try KeyworkBinary.run(
            Self.sessionCommand(store: store, plain: true), environment: Self.draftsWarned, input: "2\n")
        #expect(leave.status == 0, "\(leave.errors)")
        #expect(leave.output.contains("Not yet clinically reviewed"))
        #expect(leave.output.contains("1. Go on with this draft"))
        #expect(leave.output.contains("2. Leave"))
        #expect(leave.output.contains("Nothing was started."))
        let goOn = try KeyworkBinary.run(
            Self.sessionCommand(store: store, plain: true), environment: Self.draftsWarned, input: "1\npause\n")
        #expect(goOn.status == 0, "\(goOn.errors)")
        #expect(goOn.output.contains("This is a short tour."))
    }

    @Test func aGroupWalkthroughOfADraftIsWarnedToo() throws {
        let store = try KeyworkBinary.temporaryStore()
        let result = try KeyworkBinary.run(
            ["group", "--plain", "--facilitator", "Sam", "--store", store], environment: Self.draftsWarned,
            input: "2\n")
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("is a draft. No clinical lead has reviewed it yet."))
        #expect(result.output.contains("Nothing was started."))
    }

    @Test func guidesSaysWhichAreNotYetClinicallyReviewedAndWhoReviewedTheRest() throws {
        let folder = try KeyworkBinary.temporaryStore()
        let tour = try String(contentsOfFile: try BuiltinGuideFile.path("tour"), encoding: .utf8)
        try tour.replacingOccurrences(of: "id: tour\n", with: "id: reviewed-tour\n")
            .replacingOccurrences(
                of: "status: draft\n",
                with: "reviewed_by: \"Dr A. Lead, clinical lead\"\nreviewed: 2026-11-01\nreview_by: 2027-11-01\n"
            )
            .write(toFile: folder + "/reviewed-tour.yaml", atomically: true, encoding: .utf8)
        let config = NSTemporaryDirectory() + "keywork-config-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: config + "/keywork", withIntermediateDirectories: true)
        try "guide_folder: \(folder)\n".write(
            toFile: config + "/keywork/config.yaml", atomically: true, encoding: .utf8)
        let result = try KeyworkBinary.run(["guides"], environment: ["XDG_CONFIG_HOME": config])
        #expect(result.status == 0, "\(result.errors)")
        let lines = result.output.split(separator: "\n")
        let builtin = try #require(lines.first { $0.hasPrefix("tour ") })
        #expect(builtin.contains("not yet clinically reviewed"))
        let reviewed = try #require(lines.first { $0.hasPrefix("reviewed-tour ") })
        #expect(reviewed.contains("reviewed by Dr A. Lead, clinical lead on 2026-11-01"))
    }
}
