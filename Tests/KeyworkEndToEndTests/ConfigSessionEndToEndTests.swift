import Foundation
import Testing

/// The config file in a real session: the keyworker's name is not asked, the agency's guides are in
/// the picker, and the store comes from the file.
@Suite struct ConfigSessionEndToEndTests {
    @Test func aSessionUsesTheKeyworkerNameStoreAndAgencyGuideFromTheConfig() throws {
        let configHome = try KeyworkBinary.temporaryStore()
        let storePath = try KeyworkBinary.temporaryStore()
        let guides = try KeyworkBinary.temporaryStore()
        let tour = try String(contentsOfFile: try BuiltinGuideFile.path("tour"), encoding: .utf8)
        try tour.replacingOccurrences(of: "id: tour", with: "id: agency-welcome")
            .replacingOccurrences(of: "title: A short tour of Keywork", with: "title: Welcome to our service")
            .write(toFile: guides + "/welcome.yaml", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: configHome + "/keywork", withIntermediateDirectories: true)
        try """
        keyworker_name: Sam From Config
        store: \(storePath)
        guide_folder: \(guides)
        theme: high-contrast
        """.write(toFile: configHome + "/keywork/config.yaml", atomically: true, encoding: .utf8)

        let command = [KeyworkBinary.path, "session", "--client", "C-77"].map(Tmux.quote).joined(separator: " ")
        let tmux = try Tmux(command: command, environment: ["XDG_CONFIG_HOME": configHome, "KEYWORK_STORE": ""])
        // The agency's guide sorts first, so it is highlighted.
        try tmux.waitFor("> 1. Welcome to our service (agency-welcome)")
        try tmux.send("Enter")
        // No question about the keyworker's name: straight into the guide.
        try tmux.waitFor(TourWalk.welcomeText)
        try tmux.send("F10")
        #expect(try tmux.waitForExit() == 0)

        let store = StoreContents(root: storePath)
        let id = try store.onlySessionID()
        let header =
            try String(contentsOfFile: store.sessionFolder(id) + "/journal.jsonl", encoding: .utf8)
            .split(separator: "\n").first.map(String.init) ?? ""
        #expect(header.contains("\"Sam From Config\""), "\(header)")
        #expect(header.contains("agency-welcome"), "\(header)")
        #expect(header.contains(guides + "/welcome.yaml"), "\(header)")
    }
}
