import KeyworkGuides
import Testing

@testable import KeyworkRecord

private func header(language: String) -> JournalHeader {
    JournalHeader(
        sessionID: "20261127-024630-a1b2c3", mode: .session,
        guide: .init(
            id: "tour-pl", version: "2026-11", hash: "sha256:00", origin: "builtin:tour-pl", language: language),
        keyworker: "Sam", clientReference: "AB123", deviceKey: Fixture.key().publicKeyBase64)
}

@Test func aNonEnglishGuideRecordsItsLanguageInTheHeaderAndReadsItBack() throws {
    let polish = header(language: "pl")
    #expect(polish.json["guide"]?.objectKeys == ["id", "version", "hash", "origin", "language"])
    #expect(polish.json["guide"]?["language"]?.stringValue == "pl")
    #expect(try JournalHeader.decode(polish.json).get() == polish)
}

@Test func anEnglishGuideKeepsTheHeaderShapeItAlwaysHad() throws {
    let english = header(language: "en")
    #expect(english.json["guide"]?.objectKeys == ["id", "version", "hash", "origin"])
    #expect(try JournalHeader.decode(english.json).get().guide.language == "en")
}
