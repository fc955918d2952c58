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
