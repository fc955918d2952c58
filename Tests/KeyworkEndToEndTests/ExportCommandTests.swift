import Foundation
import Testing

/// `keywork export` run as a user runs it. Its error paths use the committed golden session, which verifies
/// but walks a guide ('first-appointment') that this build does not have; the copies themselves are tested
/// in KeyworkRecordTests.
@Suite struct ExportCommandTests {
    static let sessionID = "20261127-024630-a1b2c3"

    /// A store holding the committed golden session and the key that sealed it.
    private func storeWithGoldenSession() throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        let golden = root.appendingPathComponent("KeyworkRecordTests/Golden/\(Self.sessionID)").path
        let store = try KeyworkBinary.temporaryStore()
        let folder = store + "/sessions/" + Self.sessionID
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: store + "/keys", withIntermediateDirectories: true)
        for name in ["journal.jsonl", "seal.sig"] {
            try FileManager.default.copyItem(atPath: golden + "/" + name, toPath: folder + "/" + name)
        }
        try FileManager.default.copyItem(atPath: golden + "/device.pub", toPath: store + "/keys/device.pub")
        return store
    }

    @Test func anUnknownSessionExits66() throws {
        let store = try KeyworkBinary.temporaryStore()
        let result = try KeyworkBinary.run(["export", "20261127-024630-ffffff", "--store", store])
        #expect(result.status == 66)
        #expect(result.errors.contains("there is no session with this id"))
        #expect(result.output.isEmpty)
    }

    @Test func aSessionWhoseGuideHasChangedExits65NamingTheGuideAndVersion() throws {
        // The sample session names the built-in first-appointment guide with content this build does not have.
        let store = try storeWithGoldenSession()
        let result = try KeyworkBinary.run(["export", Self.sessionID, "--store", store])
        #expect(result.status == 65)
        #expect(result.errors.contains("the guide 'first-appointment' has changed since this session began"))
        #expect(result.errors.contains("export needs version 2026-11 of the guide 'first-appointment'"))
        #expect(result.output.isEmpty)
    }

    @Test func aTamperedSessionIsRefusedWithExit1AndTheReason() throws {
        let store = try storeWithGoldenSession()
        let journal = store + "/sessions/\(Self.sessionID)/journal.jsonl"
        var bytes = try Data(contentsOf: URL(fileURLWithPath: journal))
        bytes[bytes.count - 3] ^= 0x01
        try bytes.write(to: URL(fileURLWithPath: journal))
        let result = try KeyworkBinary.run(["export", store + "/sessions/\(Self.sessionID)", "--format", "html"])
        #expect(result.status == 1)
        #expect(result.errors.contains("the copy cannot be made because the record of session"))
        #expect(result.errors.contains("does not verify"))
        #expect(result.output.isEmpty)
    }

    @Test func anUnfinishedSessionIsRefusedWithHowToResumeIt() throws {
        let store = try storeWithGoldenSession()
        try FileManager.default.removeItem(atPath: store + "/sessions/\(Self.sessionID)/seal.sig")
        let result = try KeyworkBinary.run(["export", Self.sessionID, "--store", store, "-o", store + "/copy.txt"])
        #expect(result.status == 65)
        #expect(result.errors.contains("is not finished yet"))
        #expect(result.errors.contains("keywork resume \(Self.sessionID)"))
        #expect(!FileManager.default.fileExists(atPath: store + "/copy.txt"))
    }

    @Test func anUnknownFormatIsAUsageError() throws {
        let result = try KeyworkBinary.run(["export", Self.sessionID, "--format", "pdf"])
        #expect(result.status == 64)
    }

    @Test func verifyAcceptsASessionIdAsTheClientsCopySays() throws {
        let store = try storeWithGoldenSession()
        let result = try KeyworkBinary.run(["verify", Self.sessionID, "--store", store])
        #expect(result.status == 0)
        #expect(result.output.contains("\(Self.sessionID)  valid"))
        #expect(result.output.contains("receipt TJZF-393B-NKBQ"))
    }
}
