import Foundation
import KeyworkForgery
import KeyworkRecord
import Testing

/// The question asked before revisiting an agreement from the archive that a key this computer does not trust
/// sealed, in the keyworker's language: the same care in every language Keywork speaks.
@Suite struct ArchiveLanguageEndToEndTests {
    @Test func theUntrustedAgreementQuestionIsAskedInPolish() throws {
        let archive = try ArchiveEndToEndTests.Archive()
        let a = try DueStore()
        let b = Store(root: try KeyworkBinary.temporaryStore() + "/store")
        try b.prepare()
        _ = try DeviceKey.loadOrCreate(store: b)
        let agreement = try a.session(client: "C-2601", on: "2026-11-02", DueStore.agreement(waitWeeks: nil))
        #expect(try archive.run(["archive", "push"], store: a.store).status == 0)
        let stopped = try archive.run(
            ["revisit", "--client", "C-2601", "--keyworker", "Robin", "--plain", "--language", "pl"], store: b,
            input: "1\n")
        #expect(stopped.output.contains("Najpierw sprawdź tę umowę"), "\(stopped.output)")
        #expect(
            stopped.output.contains(
                "Umowa \(agreement) pochodzi z archiwum agencji. Zapieczętował ją komputer, któremu ten komputer nie "
                    + "ufa (klucz \(a.key.keyID))."), "\(stopped.output)")
        #expect(stopped.output.contains("Stop: nie wracaj do niej"), "\(stopped.output)")
        #expect(!stopped.output.contains("Check this agreement first"), "\(stopped.output)")
        #expect(try b.listSessions().isEmpty, "nothing was started")
    }
}
