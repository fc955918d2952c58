import Foundation
import KeyworkConfig
import KeyworkDiagnostics
import Testing

/// The config file: every good value is read, and every kind of bad file is a located error.
@Suite struct ConfigFileTests {
    static let path = "/home/sam/.config/keywork/config.yaml"

    static func parse(_ yaml: String) throws(ConfigError) -> ConfigFile {
        try ConfigFile.parse(yaml: yaml, path: path, home: "/home/sam")
    }

    static func error(_ yaml: String) -> ConfigError? {
        do {
            _ = try parse(yaml)
            return nil
        } catch {
            return error
        }
    }

    @Test func aFullFileGivesEverySettingWithPathsExpanded() throws {
        let config = try Self.parse(
            """
            # settings
            keyworker_name: Sam Patel
            keyworker_role: "Recovery worker"
            agency_name: Riverside Recovery Service
            store: ~/records
            theme: high-contrast
            language: pl
            guide_folder: /srv/guides
            """)
        let home = "/home/sam"
        #expect(config.value(.keyworkerName, home: home) == "Sam Patel")
        #expect(config.value(.keyworkerRole, home: home) == "Recovery worker")
        #expect(config.value(.agencyName, home: home) == "Riverside Recovery Service")
        #expect(config.value(.store, home: home) == "/home/sam/records")
        #expect(config.value(.theme, home: home) == "high-contrast")
        #expect(config.value(.language, home: home) == "pl")
        #expect(config.value(.guideFolder, home: home) == "/srv/guides")
        #expect(config.locations[.theme]?.line == 6)
    }

    @Test func anEmptyFileOrOnlyCommentsIsAnEmptyConfig() throws {
        #expect(try Self.parse("").values.isEmpty)
        #expect(try Self.parse("# nothing yet\n").values.isEmpty)
    }

    @Test func aMissingFileIsAnEmptyConfigNotAnError() throws {
        let config = try ConfigFile.load(path: "/nonexistent/keywork/config.yaml", home: "/home/sam")
        #expect(config.values.isEmpty)
    }

    @Test(arguments: [
        ("theme: [default]\n", 1, 8, "must be text"),
        ("theme:\n  a: b\n", 2, 3, "must be text"),
        ("colour: blue\n", 1, 1, "unknown setting 'colour'"),
        ("theme: dark\n", 1, 8, "unknown theme 'dark'"),
        ("language: xx\n", 1, 11, "unknown language 'xx'"),
        ("store: records\n", 1, 8, "is not a full path"),
        ("keyworker_name:\n", 1, 1, "has no value"),
        ("keyworker_name: \"\"\n", 1, 17, "is empty"),
        ("theme: default\ntheme: monochrome\n", 1, 1, "appears twice"),
        ("theme: 'default\n", 2, 1, "YAML is not valid"),
        ("- theme\n", 1, 1, "must be a list of 'key: value' lines"),
        ("agency_name: \(String(repeating: "x", count: 81))\n", 1, 14, "longer than 80"),
    ])
    func everyKindOfBadFileIsALocatedErrorWithANote(yaml: String, line: Int, column: Int, words: String) throws {
        let error = try #require(Self.error(yaml), "\(yaml) was accepted")
        #expect(error.kind == .invalid)
        let printed = error.diagnostic.formatted
        #expect(
            error.diagnostic.location == KeyworkDiagnostics.SourceLocation(file: Self.path, line: line, column: column),
            "\(yaml): \(printed)")
        #expect(error.diagnostic.message.contains(words), "\(printed)")
        #expect(printed.hasPrefix("\(Self.path):\(line):\(column): error: "))
        #expect(printed.contains("\n\(Self.path):\(line):\(column): note: "))
    }

    @Test func anUnknownThemeNamesTheChoices() throws {
        let error = try #require(Self.error("theme: dark\n"))
        #expect(error.diagnostic.note == "use one of: default, high-contrast, monochrome")
    }

    @Test func settingAValueKeepsTheOthersAndReadsBack() throws {
        let config = try Self.parse("agency_name: Riverside\ntheme: monochrome\n")
        let changed = try config.setting(.keyworkerName, to: "Jo \"JJ\" O'Neil", home: "/home/sam")
        let reread = try Self.parse(changed.yaml)
        #expect(reread.values == [.agencyName: "Riverside", .theme: "monochrome", .keyworkerName: "Jo \"JJ\" O'Neil"])
    }

    @Test func settingABadValueIsRefusedWithTheFix() throws {
        let config = try Self.parse("")
        #expect(throws: ConfigValueProblem.self) { try config.setting(.theme, to: "neon", home: nil) }
        #expect(throws: ConfigValueProblem.self) { try config.setting(.store, to: "relative/path", home: nil) }
        #expect(throws: ConfigValueProblem.self) { try config.setting(.language, to: "klingon", home: nil) }
    }

    @Test func writingIsAtomicAndMakesTheFolder() throws {
        let folder = NSTemporaryDirectory() + "keywork-config-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/keywork/config.yaml"
        let config = try ConfigFile(path: path).setting(.theme, to: "high-contrast", home: nil)
        try config.write()
        let reread = try ConfigFile.load(path: path, home: nil)
        #expect(reread.values == [.theme: "high-contrast"])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder + "/keywork")
        #expect(leftovers == ["config.yaml"])
    }

    @Test(arguments: [mode_t(0), mode_t(0o022)])
    func theFileIs0600AndEachFolderMade0700WhateverTheUmask(umaskValue: mode_t) throws {
        let folder = NSTemporaryDirectory() + "keywork-config-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/home/.config/keywork/config.yaml"
        let config = try ConfigFile(path: path).setting(.keyworkerName, to: "Sam", home: nil)
        let previous = umask(umaskValue)
        defer { umask(previous) }
        try config.write()
        try config.write()
        func mode(_ path: String) -> mode_t {
            var status = stat()
            return stat(path, &status) == 0 ? status.st_mode & 0o777 : 0
        }
        #expect(mode(path) == 0o600)
        for made in [folder, folder + "/home", folder + "/home/.config", folder + "/home/.config/keywork"] {
            #expect(mode(made) == 0o700, "\(made)")
        }
    }

    @Test func theDefaultPathFollowsXDGThenHome() {
        #expect(
            ConfigFile.defaultPath(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]) == "/x/keywork/config.yaml")
        #expect(ConfigFile.defaultPath(environment: ["HOME": "/h"]) == "/h/.config/keywork/config.yaml")
        #expect(
            ConfigFile.defaultPath(environment: ["XDG_CONFIG_HOME": "", "HOME": "/h"])
                == "/h/.config/keywork/config.yaml")
    }
}
