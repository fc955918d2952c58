import Foundation
import Testing

/// A whole session in a real terminal, by keys alone, from the first screen to the sealed record.
@Suite struct SessionWalkEndToEndTests {
    @Test func walkingTheWholeTourByKeysSealsAVerifiableRecord() throws {
        let storePath = try KeyworkBinary.temporaryStore()
        let store = StoreContents(root: storePath)
        let walk = try TourWalk.start(store: storePath)
        let clientSignature = "Jo Client"

        try walk.passWelcome()
        try walk.chooseFocus(2)
        try walk.tickMoneyAndBills()
        try walk.sayInOwnWords("Mostly the rent.")
        try walk.rateHope(7)
        try walk.lookAtTheWays()
        try walk.decide(option: 3, label: "Booked visit", why: "I can talk properly.")
        try walk.sayItCanStartNow("Booked visit")
        try walk.answerSureYes()
        try walk.readTheSummary()
        try walk.agreeAndSign(client: clientSignature)
        try walk.readWhatHappensNext()
        let receiptCode = try walk.leaveTheSealedMessage()

        #expect(try walk.tmux.waitForExit() == 0)
        let id = try store.onlySessionID()
        // A long folder path wraps at the window's edge.
        let afterExit = try walk.tmux.screen().replacingOccurrences(of: "\n", with: "")
        #expect(afterExit.contains("Saved and sealed: \(store.sessionFolder(id))"))
        #expect(afterExit.contains("Receipt code: \(receiptCode)"))

        let folder = store.sessionFolder(id)
        #expect(try store.permissions(folder) == 0o700)
        for file in ["journal.jsonl", "seal.sig"] {
            #expect(try store.permissions(folder + "/" + file) == 0o600, "\(file) is private")
        }
        for file in try FileManager.default.contentsOfDirectory(atPath: folder) {
            #expect(try store.permissions(folder + "/" + file) == 0o600, "\(file) is private")
        }

        let signatures = try store.events(id).filter { $0.eventName == "signed" }
        #expect(
            signatures.contains {
                $0.eventData["role"] as? String == "client" && $0.eventData["name"] as? String == clientSignature
            }, "the client's typed name is in a signed event: \(signatures)")
        #expect(
            signatures.contains {
                $0.eventData["role"] as? String == "keyworker" && $0.eventData["name"] as? String == TourWalk.keyworker
            })

        for path in try store.allPaths() {
            #expect(!path.contains(TourWalk.clientReference), "a file name holds the client reference: \(path)")
            #expect(!path.contains(clientSignature), "a file name holds the client's name: \(path)")
        }

        let verified = try KeyworkBinary.run(["verify", storePath])
        #expect(verified.status == 0, "\(verified.output)\(verified.errors)")
        #expect(verified.output.contains("\(id)  valid"))
    }
}
