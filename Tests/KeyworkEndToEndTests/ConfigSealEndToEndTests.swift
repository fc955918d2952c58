import Foundation
import Testing

/// A whole tour sealed with a config file: the seal says the configured job title in its meaning, and the
/// client's copy carries the agency's name.
@Suite struct ConfigSealEndToEndTests {
    @Test func theSealCarriesTheJobTitleAndTheClientsCopyTheAgencyName() throws {
        let configHome = try KeyworkBinary.temporaryStore()
        let storePath = try KeyworkBinary.temporaryStore()
        try FileManager.default.createDirectory(atPath: configHome + "/keywork", withIntermediateDirectories: true)
        try """
        keyworker_role: Recovery worker
        agency_name: Riverside Recovery Service
        """.write(toFile: configHome + "/keywork/config.yaml", atomically: true, encoding: .utf8)
        let environment = ["XDG_CONFIG_HOME": configHome, "KEYWORK_STORE": ""]
        let arguments = [
            KeyworkBinary.path, "session", "--guide", "tour", "--client", TourWalk.clientReference, "--keyworker",
            TourWalk.keyworker, "--store", storePath,
        ]
        let walk = TourWalk(
            tmux: try Tmux(command: arguments.map(Tmux.quote).joined(separator: " "), environment: environment))
        try walk.passWelcome()
        try walk.chooseFocus(1)
        try walk.sayInOwnWords("Nothing else.")
        try walk.rateHope(6)
        try walk.lookAtTheWays()
        try walk.decide(option: 2, label: "Phone call", why: "I work days.")
        try walk.sayItCanStartNow("Phone call")
        try walk.answerSureYes()
        try walk.readTheSummary()
        try walk.agreeAndSign(client: "Jo Client")
        try walk.readWhatHappensNext()
        _ = try walk.leaveTheSealedMessage()
        #expect(try walk.tmux.waitForExit() == 0)

        let id = try StoreContents(root: storePath).onlySessionID()
        let verified = try KeyworkBinary.run(["verify", id, "--store", storePath], environment: environment)
        #expect(verified.status == 0, "\(verified.output)\(verified.errors)")
        // The role is the checked one; the agency's job title is in what the seal means.
        #expect(verified.output.contains("\(TourWalk.keyworker) (keyworker)"), "\(verified.output)")
        let seal = try String(contentsOfFile: storePath + "/sessions/\(id)/seal.sig", encoding: .utf8)
        #expect(seal.contains(#""meaning":"I confirm, as Recovery worker, that this is the complete record"#))
        let copy = try KeyworkBinary.run(["export", id, "--store", storePath], environment: environment)
        #expect(copy.status == 0, "\(copy.errors)")
        #expect(copy.output.contains("Your service: Riverside Recovery Service"), "\(copy.output)")
    }
}
