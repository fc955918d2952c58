import Foundation
import Testing

/// Files, folders and settings as the real binary leaves them: the copy written only where it is safe, the
/// config private whatever the umask, a first run without ~/.local/share, guide paths that work from any
/// folder, a broken agency guide that hides nothing, and one writer per journal.
@Suite struct FileSafetyEndToEndTests {
    private func mode(_ path: String) -> Int {
        var status = stat()
        return lstat(path, &status) == 0 ? Int(status.st_mode & 0o777) : -1
    }

    private func fileType(_ path: String) -> mode_t {
        var status = stat()
        return lstat(path, &status) == 0 ? status.st_mode & S_IFMT : 0
    }

    @Test func theClientsCopyIsWrittenOnlyToARegularFileOutsideTheStore() throws {
        let storePath = try KeyworkBinary.temporaryStore()
        let walk = try TourWalk.start(store: storePath)
        try walk.walkToTheLastScreen(client: "Jo Client")
        try walk.readWhatHappensNext()
        _ = try walk.leaveTheSealedMessage()
        #expect(try walk.tmux.waitForExit() == 0)
        let id = try StoreContents(root: storePath).onlySessionID()
        let journal = storePath + "/sessions/\(id)/journal.jsonl"
        let sealed = try Data(contentsOf: URL(fileURLWithPath: journal))

        let outside = try KeyworkBinary.temporaryStore()
        try FileManager.default.createSymbolicLink(atPath: outside + "/link.txt", withDestinationPath: journal)
        #expect(mkfifo(outside + "/pipe", 0o600) == 0)
        for target in [journal, storePath + "/copy.txt", outside + "/link.txt", outside + "/pipe", "/dev/null"] {
            let refused = try KeyworkBinary.run(["export", id, "--store", storePath, "-o", target])
            #expect(refused.status == 73, "\(target): \(refused.errors)")
            #expect(refused.errors.contains("error:") && refused.errors.contains("note:"), "\(refused.errors)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: journal)) == sealed, "the sealed journal is untouched")
        #expect(fileType(outside + "/link.txt") == S_IFLNK && fileType("/dev/null") == S_IFCHR)
        #expect(fileType(outside + "/pipe") == S_IFIFO)
        #expect(try KeyworkBinary.run(["verify", id, "--store", storePath]).status == 0)

        let written = try KeyworkBinary.run(["export", id, "--store", storePath, "-o", outside + "/copy.txt"])
        #expect(written.status == 0, "\(written.errors)")
        #expect(mode(outside + "/copy.txt") == 0o600)
        #expect(try String(contentsOfFile: outside + "/copy.txt", encoding: .utf8).contains("Jo Client"))
    }

    @Test func theConfigFileIs0600AndItsFolders0700UnderAnUmaskOfZero() throws {
        let home = try KeyworkBinary.temporaryStore()
        let configHome = home + "/.config"
        let script = "umask 000; exec \(Tmux.quote(KeyworkBinary.path)) config set theme high-contrast"
        let result = try ChildProcess.run(
            "/bin/sh", ["-c", script],
            environment: ["HOME": home, "XDG_CONFIG_HOME": configHome, "PATH": "/usr/bin:/bin"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(mode(configHome + "/keywork/config.yaml") == 0o600)
        #expect(mode(configHome + "/keywork") == 0o700)
        #expect(mode(configHome) == 0o700)
    }

    @Test func aFirstRunMakesTheMissingDataFoldersAboveTheStore() throws {
        let home = try KeyworkBinary.temporaryStore()
        let dataHome = home + "/.local/share"
        let command = [KeyworkBinary.path, "session", "--guide", "tour", "--client", "C-1", "--keyworker", "Sam"]
        let walk = TourWalk(
            tmux: try Tmux(
                command: command.map(Tmux.quote).joined(separator: " "),
                environment: ["HOME": home, "XDG_DATA_HOME": dataHome]))
        try walk.passWelcome()
        try walk.tmux.waitFor(TourWalk.focusText)
        #expect(try walk.pauseWithF10() == 0)
        for folder in [home + "/.local", dataHome, dataHome + "/keywork"] {
            #expect(mode(folder) == 0o700, "\(folder)")
        }
        #expect(try StoreContents(root: dataHome + "/keywork").sessionIDs().count == 1)
    }

    @Test func aGuideGivenByARelativePathIsRecordedAbsoluteSoResumeWorksFromAnyFolder() throws {
        let storePath = try KeyworkBinary.temporaryStore()
        let guides = try KeyworkBinary.temporaryStore()
        // The tour's own file, as an agency would keep a copy of a guide beside its others.
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/KeyworkBuiltinGuides/BuiltinGuides/tour.yaml")
            .path
        try FileManager.default.copyItem(atPath: fixture, toPath: guides + "/our-tour.yaml")
        let session = [
            "session", "--guide", "./our-tour.yaml", "--client", "C-1", "--keyworker", "Sam", "--store", storePath,
        ]
        let start = TourWalk(
            tmux: try Tmux(
                command: "sh -c "
                    + Tmux.quote(
                        "cd \(Tmux.quote(guides)) && exec "
                            + ([KeyworkBinary.path] + session).map(Tmux.quote).joined(separator: " "))))
        try start.passWelcome()
        try start.tmux.waitFor(TourWalk.focusText)
        #expect(try start.pauseWithF10() == 0)
        let id = try StoreContents(root: storePath).onlySessionID()
        let header =
            try String(contentsOfFile: storePath + "/sessions/\(id)/journal.jsonl", encoding: .utf8)
            .split(separator: "\n").first ?? ""
        let realGuides = try #require(realpath(guides, nil))
        defer { free(realGuides) }
        #expect(header.contains("\"origin\":\"\(String(cString: realGuides))/our-tour.yaml\""), "\(header)")
        let resumed = try TourWalk.resume(id, store: storePath)
        try resumed.tmux.waitFor(TourWalk.focusText)
        #expect(try resumed.pauseWithF10() == 0)
    }

    @Test func aBrokenGuideInTheFolderIsListedWithItsErrorAndHidesNothing() throws {
        let configHome = try KeyworkBinary.temporaryStore()
        let guides = try KeyworkBinary.temporaryStore()
        try FileManager.default.createDirectory(atPath: configHome + "/keywork", withIntermediateDirectories: true)
        try "guide_folder: \(guides)\n".write(
            toFile: configHome + "/keywork/config.yaml", atomically: true, encoding: .utf8)
        try "keywork: 1\nid: broken\n".write(toFile: guides + "/broken.yaml", atomically: true, encoding: .utf8)
        let listed = try KeyworkBinary.run(["guides"], environment: ["XDG_CONFIG_HOME": configHome])
        #expect(listed.status == 65)
        #expect(listed.output.contains("tour  ") && listed.output.contains("first-appointment"), "\(listed.output)")
        #expect(listed.output.contains("broken  \(guides)/broken.yaml"), "\(listed.output)")
        #expect(listed.errors.contains("\(guides)/broken.yaml:"), "\(listed.errors)")

        // A new session still starts, the broken file shown for what it is.
        let store = try KeyworkBinary.temporaryStore()
        let command = [KeyworkBinary.path, "session", "--client", "C-1", "--keyworker", "Sam", "--store", store]
        let tmux = try Tmux(
            command: command.map(Tmux.quote).joined(separator: " "), columns: 120,
            environment: ["XDG_CONFIG_HOME": configHome])
        try tmux.waitFor(words: "broken.yaml: cannot be used yet")
        try tmux.send("End")
        try tmux.send("Enter")
        try tmux.waitFor("This guide file cannot be used")
        try tmux.waitFor(words: "broken.yaml:1:1: error:")
        try tmux.send("Enter")
        try tmux.waitFor("Which guide would you like to go through together?")
        try tmux.send("Escape")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test func nothingButTheJournalStandsForTheLock() throws {
        let storePath = try KeyworkBinary.temporaryStore()
        let first = try TourWalk.start(store: storePath)
        try first.passWelcome()
        try first.tmux.waitFor(TourWalk.focusText)
        let id = try StoreContents(root: storePath).onlySessionID()
        let folder = storePath + "/sessions/" + id
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["journal.jsonl"])
        // What earlier versions locked: a lock file made and deleted beside the journal changes nothing.
        try "pid=1\n".write(toFile: folder + "/lock", atomically: false, encoding: .utf8)
        try FileManager.default.removeItem(atPath: folder + "/lock")
        let second = try TourWalk.resume(id, store: storePath, columns: 120)
        #expect(try second.tmux.waitForExit() == 74)
        let firstPID = try #require(try first.tmux.programPID())
        #expect(Tmux.collapsingWhitespace(try second.tmux.screen()).contains("held by pid \(firstPID)"))
        #expect(try first.pauseWithF10() == 0)
    }
}
