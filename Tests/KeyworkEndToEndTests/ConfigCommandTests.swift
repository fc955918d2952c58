import Foundation
import Testing

/// `keywork config show|set` and the config file, run as a user runs them, each test with its own config folder.
@Suite struct ConfigCommandTests {
    let configHome: String
    var configPath: String { configHome + "/keywork/config.yaml" }
    /// Nothing from where the tests run: an empty variable counts as unset.
    var environment: [String: String] {
        ["XDG_CONFIG_HOME": configHome, "KEYWORK_STORE": "", "KEYWORK_THEME": "", "NO_COLOR": ""]
    }

    init() throws {
        configHome = try KeyworkBinary.temporaryStore()
    }

    func writeConfig(_ yaml: String) throws {
        try FileManager.default.createDirectory(atPath: configHome + "/keywork", withIntermediateDirectories: true)
        try yaml.write(toFile: configPath, atomically: true, encoding: .utf8)
    }

    func keywork(_ arguments: [String], extra: [String: String] = [:]) throws -> KeyworkBinary.Result {
        try KeyworkBinary.run(arguments, environment: environment.merging(extra) { _, new in new })
    }

    @Test func setWritesTheFileKeepingOtherKeysAndShowSaysWhereEachValueCameFrom() throws {
        #expect(try keywork(["config", "set", "theme", "high-contrast"]).status == 0)
        let set = try keywork(["config", "set", "agency_name", "Riverside Recovery Service"])
        #expect(set.status == 0, "\(set.errors)")
        let text = try String(contentsOfFile: configPath, encoding: .utf8)
        #expect(text.contains("theme: \"high-contrast\""))
        #expect(text.contains("agency_name: \"Riverside Recovery Service\""))

        let show = try keywork(["config", "show"], extra: ["KEYWORK_STORE": "/from/environment"])
        #expect(show.status == 0, "\(show.errors)")
        let lines = show.output.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("theme ") && $0.contains("high-contrast  [config file (\(configPath):") })
        #expect(lines.contains { $0.hasPrefix("agency_name ") && $0.contains("Riverside Recovery Service") })
        #expect(
            lines.contains { $0.hasPrefix("store ") && $0.contains("/from/environment  [environment (KEYWORK_STORE)]") }
        )
        #expect(lines.contains { $0.hasPrefix("language ") && $0.contains("en  [default") })
        #expect(lines.contains { $0.hasPrefix("keyworker_role ") && $0.contains("(not set)") })

        let noColor = try keywork(["config", "show"], extra: ["NO_COLOR": "1"])
        #expect(noColor.output.contains("monochrome  [environment (NO_COLOR)]"))
    }

    @Test func setRefusesAnUnknownKeyOrABadValueAndLeavesTheFileAlone() throws {
        try writeConfig("theme: monochrome\n")
        let unknownKey = try keywork(["config", "set", "colour", "blue"])
        #expect(unknownKey.status == 64)
        #expect(unknownKey.errors.contains("keyworker_name"), "the error names the keys: \(unknownKey.errors)")
        let badTheme = try keywork(["config", "set", "theme", "neon"])
        #expect(badTheme.status == 64)
        #expect(badTheme.errors.contains("error: unknown theme 'neon'"))
        #expect(badTheme.errors.contains("note: use one of: default, high-contrast, monochrome"))
        let relative = try keywork(["config", "set", "store", "records"])
        #expect(relative.status == 64)
        #expect(try String(contentsOfFile: configPath, encoding: .utf8) == "theme: monochrome\n")
    }

    @Test func aBadConfigFileStopsEveryCommandThatReadsItWithALocatedError() throws {
        try writeConfig("keyworker_name: Sam\ntheme: dark\n")
        let store = try KeyworkBinary.temporaryStore()
        for arguments in [
            ["config", "show"], ["guides"], ["key", "show", "--store", store], ["session", "--theme", "default"],
        ] {
            let result = try keywork(arguments)
            #expect(result.status == 65, "\(arguments): \(result.errors)")
            #expect(result.errors.contains("\(configPath):2:8: error: unknown theme 'dark'"), "\(arguments)")
            #expect(result.errors.contains("\(configPath):2:8: note: use one of:"), "\(arguments)")
        }
        // Fixing the file through `config set` is refused too: the mistake must be seen and fixed by hand.
        #expect(try keywork(["config", "set", "theme", "default"]).status == 65)
    }

    @Test(arguments: [
        ("bad yaml", "theme: 'open\n", "YAML is not valid"),
        ("unknown key", "colour: blue\n", "unknown setting 'colour'"),
        ("wrong type", "store: [a, b]\n", "store must be text"),
    ])
    func everyKindOfBadFileExits65WithANote(kind: String, yaml: String, words: String) throws {
        try writeConfig(yaml)
        let result = try keywork(["config", "show"])
        #expect(result.status == 65, "\(kind)")
        #expect(result.errors.contains(words), "\(kind): \(result.errors)")
        #expect(result.errors.contains("\(configPath):"), "\(kind): \(result.errors)")
        #expect(result.errors.contains(": error: "), "\(kind): \(result.errors)")
        #expect(result.errors.contains(": note: "), "\(kind): \(result.errors)")
    }

    @Test func theStoreInTheConfigIsUsedAndTheOptionBeatsIt() throws {
        let fromConfig = try KeyworkBinary.temporaryStore()
        let fromOption = try KeyworkBinary.temporaryStore()
        try writeConfig("store: \(fromConfig)\n")
        #expect(try keywork(["key", "show"]).status == 0)
        #expect(FileManager.default.fileExists(atPath: fromConfig + "/keys/device.pub"))
        #expect(try keywork(["key", "show", "--store", fromOption]).status == 0)
        #expect(FileManager.default.fileExists(atPath: fromOption + "/keys/device.pub"))
    }

    @Test func guidesListsTheAgencyFolderAndAGuideThereReplacesTheBuiltInOfTheSameID() throws {
        let folder = try KeyworkBinary.temporaryStore()
        let tour = try String(contentsOfFile: try BuiltinGuideFile.path("tour"), encoding: .utf8)
        try tour.replacingOccurrences(of: "title: A short tour of Keywork", with: "title: Our own tour")
            .write(toFile: folder + "/tour.yaml", atomically: true, encoding: .utf8)
        try tour.replacingOccurrences(of: "id: tour", with: "id: agency-welcome")
            .replacingOccurrences(of: "title: A short tour of Keywork", with: "title: Welcome to our service")
            .write(toFile: folder + "/welcome.yaml", atomically: true, encoding: .utf8)
        #expect(try keywork(["config", "set", "guide_folder", folder]).status == 0)
        let result = try keywork(["guides"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("agency-welcome"))
        #expect(result.output.contains("Our own tour"))
        #expect(!result.output.contains("A short tour of Keywork"))
        #expect(result.output.contains("first-appointment"))
    }

    @Test func aBrokenGuideInTheAgencyFolderIsALocatedError() throws {
        let folder = try KeyworkBinary.temporaryStore()
        try "keywork: 1\nid: x\n".write(toFile: folder + "/x.yaml", atomically: true, encoding: .utf8)
        try writeConfig("guide_folder: \(folder)\n")
        let result = try keywork(["guides"])
        #expect(result.status == 65)
        #expect(result.errors.contains("\(folder)/x.yaml:"), "\(result.errors)")
    }
}
