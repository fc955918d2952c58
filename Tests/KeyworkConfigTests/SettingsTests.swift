import KeyworkConfig
import Testing

/// Precedence: command-line option, then environment, then config file, then default; NO_COLOR forces monochrome.
@Suite struct SettingsTests {
    static let config = ConfigFile(
        path: "/c/config.yaml", values: [.store: "/from/config", .theme: "high-contrast", .agencyName: "Riverside"],
        locations: [.store: .init(file: "/c/config.yaml", line: 2, column: 8)])

    static func settings(
        commandLine: [ConfigKey: (value: String, option: String)] = [:], environment: [String: String] = [:]
    ) -> Settings {
        Settings(
            config: config, commandLine: commandLine, environment: environment,
            defaults: [.store: ("/default", "XDG"), .theme: ("default", "built in")])
    }

    @Test func theCommandLineBeatsTheEnvironmentWhichBeatsTheConfigWhichBeatsTheDefault() {
        let all = Self.settings(
            commandLine: [.store: ("/from/option", "--store")], environment: ["KEYWORK_STORE": "/from/env"])
        #expect(
            all.setting(.store) == Setting(key: .store, value: "/from/option", source: .commandLine(option: "--store")))
        let noOption = Self.settings(environment: ["KEYWORK_STORE": "/from/env"])
        #expect(noOption.setting(.store).source == .environment(variable: "KEYWORK_STORE"))
        #expect(noOption.setting(.store).value == "/from/env")
        let configOnly = Self.settings()
        #expect(configOnly.setting(.store).source == .configFile(path: "/c/config.yaml", line: 2))
        #expect(configOnly.setting(.store).value == "/from/config")
        let nothing = Settings(
            config: ConfigFile(path: "/c"), environment: [:], defaults: [.store: ("/default", "XDG")])
        #expect(nothing.setting(.store) == Setting(key: .store, value: "/default", source: .builtIn("XDG")))
        #expect(nothing.setting(.agencyName) == Setting(key: .agencyName, value: nil, source: .unset))
    }

    @Test func anEmptyEnvironmentVariableCountsAsUnset() {
        #expect(Self.settings(environment: ["KEYWORK_STORE": ""]).setting(.store).value == "/from/config")
    }

    @Test func noColorForcesMonochromeOverEveryOtherChoice() {
        let settings = Self.settings(
            commandLine: [.theme: ("high-contrast", "--theme")],
            environment: ["NO_COLOR": "1", "KEYWORK_THEME": "default"])
        #expect(
            settings.setting(.theme)
                == Setting(key: .theme, value: "monochrome", source: .environment(variable: "NO_COLOR")))
        #expect(Self.settings(environment: ["KEYWORK_THEME": "monochrome"]).setting(.theme).value == "monochrome")
        #expect(Self.settings().setting(.theme).value == "high-contrast")
    }

    @Test func everySettingIsListedInTheOrderOfTheKeys() {
        #expect(Self.settings().all.map(\.key) == ConfigKey.allCases)
    }
}

/// The agency's number for the client's copy, and whether draft guides run without a warning.
@Suite struct AgencyPhoneAndDraftGuideSettingsTests {
    @Test func agencyPhoneIsAOneLineNumberOfUpToFortyCharacters() throws {
        #expect(try ConfigKey.agencyPhone.validate(" 0300 123 4567 ", home: nil).get() == "0300 123 4567")
        #expect(try ConfigKey.agencyPhone.validate("+44 (0)20 7946 0000 ext. 12", home: nil).get().hasPrefix("+44"))
    }

    @Test func agencyPhoneWithoutADigitOrTooLongIsRefusedWithAnExample() {
        guard case .failure(let problem) = ConfigKey.agencyPhone.validate("call us", home: nil) else {
            Issue.record("a phone number without digits was accepted")
            return
        }
        #expect(problem.message == "agency_phone 'call us' is not a phone number")
        #expect(problem.note.contains("agency_phone: 0300 123 4567"))
        let long = String(repeating: "0", count: 41)
        if case .success = ConfigKey.agencyPhone.validate(long, home: nil) { Issue.record("41 characters accepted") }
    }

    @Test func aValueThatActsOnATerminalIsRefusedForEverySetting() throws {
        for key in ConfigKey.allCases {
            for value in ["Sam\u{1B}[2J", "Sam\u{202E}Bench", "Sam\u{9B}31m", "Sam\tBench"] {
                guard case .failure(let problem) = key.validate(value, home: "/home/sam") else {
                    Issue.record("\(key.rawValue) accepted \(value.debugDescription)")
                    continue
                }
                #expect(problem.message.hasPrefix("\(key.rawValue) holds \\u{"), "\(problem.message)")
                #expect(problem.message.hasSuffix("a control character"))
            }
        }
        #expect(try ConfigKey.keyworkerName.validate("अनुज ठाकुर", home: nil).get() == "अनुज ठाकुर")
    }

    @Test func allowDraftGuidesIsTrueOrFalse() throws {
        #expect(try ConfigKey.allowDraftGuides.validate("true", home: nil).get() == "true")
        #expect(try ConfigKey.allowDraftGuides.validate("false", home: nil).get() == "false")
        guard case .failure(let problem) = ConfigKey.allowDraftGuides.validate("yes", home: nil) else {
            Issue.record("'yes' was accepted")
            return
        }
        #expect(problem.message == "allow_draft_guides must be true or false, not 'yes'")
    }

    @Test func draftsAreAllowedOnlyWhenTheConfigOrTheEnvironmentSaysTrue() {
        let none = Settings(config: ConfigFile(path: "/c"), environment: [:])
        #expect(!none.allowsDraftGuides)
        let config = Settings(config: ConfigFile(path: "/c", values: [.allowDraftGuides: "true"]), environment: [:])
        #expect(config.allowsDraftGuides)
        let environment = Settings(config: ConfigFile(path: "/c"), environment: ["KEYWORK_ALLOW_DRAFT_GUIDES": "true"])
        #expect(environment.allowsDraftGuides)
        #expect(environment.setting(.allowDraftGuides).source == .environment(variable: "KEYWORK_ALLOW_DRAFT_GUIDES"))
        let off = Settings(config: ConfigFile(path: "/c", values: [.allowDraftGuides: "false"]), environment: [:])
        #expect(!off.allowsDraftGuides)
    }
}
