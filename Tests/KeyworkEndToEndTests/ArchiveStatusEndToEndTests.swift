import Foundation
import KeyworkForgery
import KeyworkRecord
import Testing

/// `keywork archive status` asks the archive what it holds beside what the store notes, and says so clearly,
/// with the store's part still shown and nothing changed, when the archive cannot be reached; the home screen's
/// due line counts what is not yet archived.
@Suite struct ArchiveStatusEndToEndTests {
    typealias Archive = ArchiveEndToEndTests.Archive

    @Test func statusSaysWhatTheArchiveHoldsBesideWhatThisComputerNotes() throws {
        let archive = try Archive()
        let a = try DueStore()
        let old = try a.session(client: "C-8001", on: "2026-01-05", DueStore.agreement(waitWeeks: nil))
        try a.session(client: "C-8002", on: "2026-11-02", DueStore.agreement(waitWeeks: nil))
        let before = try archive.run(["archive", "status"], store: a.store)
        #expect(before.status == 0, "\(before.errors)")
        #expect(before.output.hasPrefix("2 sealed sessions are not yet in the agency archive:\n"), "\(before.output)")
        #expect(
            before.output.contains(
                "the agency archive holds 0 sealed sessions, 0 of them from this computer; this computer notes 0 as "
                    + "sent\n"), "\(before.output)")

        #expect(try archive.run(["archive", "push"], store: a.store).status == 0)
        let after = try archive.run(["archive", "status"], store: a.store)
        #expect(
            after.output.hasPrefix("every sealed session in \(a.store.root) is in the agency archive\n"),
            "\(after.output)")
        #expect(
            after.output.contains(
                "the agency archive holds 2 sealed sessions, 2 of them from this computer; this computer notes 2 as "
                    + "sent\n"), "\(after.output)")
        let head = try #require(Self.lastLedgerLine(a.store))
        #expect(after.output.contains("this computer's ledger: line \(head) here, line \(head) in the agency archive"))

        // Retention deletes one: the store still notes it as sent, and status says the archive no longer holds it.
        let deleted = try KeyworkBinary.run(
            ["archive", "retention", "--before", "2026-06-01", "--confirm"], environment: archive.environment)
        #expect(deleted.status == 0, "\(deleted.errors)")
        let retained = try archive.run(["archive", "status"], store: a.store)
        #expect(retained.status == 0)
        #expect(
            retained.output.contains(
                "1 session noted here as sent is not in the agency archive now (deleted under retention, or the "
                    + "archive was restored from an older backup):\n  \(old)\n"), "\(retained.output)")
    }

    @Test func anArchiveThatCannotBeReachedIsAClearErrorAfterTheStoresOwnListWithNothingChanged() throws {
        let a = try DueStore()
        let sealed = try a.session(client: "C-8101", on: "2026-11-02", DueStore.agreement(waitWeeks: nil))
        let marks = a.store.root + "/archived.jsonl"
        let marksBefore = FileManager.default.contents(atPath: marks)
        let status = try KeyworkBinary.run(
            ["archive", "status", "--store", a.store.root],
            environment: ["KEYWORK_ARCHIVE": "host=/nonexistent-keywork-archive dbname=keywork connect_timeout=2"])
        #expect(status.status == 74, "\(status.output)\(status.errors)")
        #expect(
            status.output
                == "1 sealed session is not yet in the agency archive:\n  \(sealed)\nsend them with: keywork archive push\n"
        )
        #expect(status.errors.hasPrefix("error: cannot ask the agency archive what it holds: cannot connect"))
        #expect(status.errors.contains("what is above is from this computer alone, and nothing was changed"))
        #expect(!status.errors.contains("Fatal error"))
        #expect(FileManager.default.contents(atPath: marks) == marksBefore)
        #expect(FileManager.default.fileExists(atPath: a.store.sessionFolder(sealed) + "/seal.sig"))
    }

    @Test func theHomeScreensDueLineCountsWhatIsNotYetArchived() throws {
        let archive = try Archive()
        let a = try DueStore()
        try a.session(client: "C-8201", on: "2026-11-02", DueStore.agreement(waitWeeks: nil))
        try a.session(client: "C-8202", on: "2026-11-03", DueStore.agreement(waitWeeks: nil))
        let command = [KeyworkBinary.path, "--store", a.store.root].map(Tmux.quote).joined(separator: " ")
        let before = try Tmux(command: command, environment: archive.environment)
        try before.waitFor("See what is due (2 not yet in the agency archive)")
        try before.send("Escape")
        _ = try before.waitForExit()

        #expect(try archive.run(["archive", "push"], store: a.store).status == 0)
        let after = try Tmux(command: command, environment: archive.environment)
        try after.waitFor(HomeHubEndToEndTests.home)
        // The counts come in one redraw after the first frame: once the carry-on line has its count, so has this.
        try after.waitFor("(none now)")
        #expect(!(try after.screen()).contains("not yet in the agency archive"))
    }

    /// The line number (from 1) of the last whole line of a store's ledger, as status prints it.
    static func lastLedgerLine(_ store: Store) -> Int? {
        guard let text = try? String(contentsOfFile: store.root + "/ledger.jsonl", encoding: .utf8) else { return nil }
        return text.split(separator: "\n").count
    }
}
