import ArgumentParser
import KeyworkApp
import KeyworkConfig

extension ConfigKey: ExpressibleByArgument {}

struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show or change this computer's settings: your name and role, the agency, the store, the theme.",
        discussion: """
            The settings live in $XDG_CONFIG_HOME/keywork/config.yaml (else ~/.config/keywork/config.yaml), \
            one `key: value` per line. A command-line option beats an environment variable, which beats the \
            config file, which beats Keywork's default. A config file with a mistake stops every command \
            that reads it with the file, line and column of the mistake (exit status 65).

            Settings: keyworker_name, keyworker_role, agency_name (printed on the client's copy), store, \
            theme (default, high-contrast, monochrome), language (en, pl), guide_folder (the agency's \
            own guides, listed beside the built-in ones) and archive (the agency archive's PostgreSQL \
            connection URI, also KEYWORK_ARCHIVE; its password goes in ~/.pgpass, never here). Paths start \
            with / or ~/.
            """,
        subcommands: [Show.self, SetValue.self])

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show each setting, its value and where it came from.",
            discussion: """
                Where from: the environment (e.g. KEYWORK_STORE, NO_COLOR), the config file (with its \
                line), or Keywork's default. A setting that nothing sets is shown as (not set).
                """)

        func run() throws {
            try reporting {
                let settings = try RunSettings.load()
                Console.out("config file: \(settings.config.path)")
                let width = ConfigKey.allCases.map(\.rawValue.count).max() ?? 0
                for setting in settings.all {
                    let name = setting.key.rawValue.padding(toLength: width + 2, withPad: " ", startingAt: 0)
                    guard let value = setting.value else {
                        Console.out("\(name)(not set)")
                        continue
                    }
                    Console.out("\(name)\(value)  [\(setting.source)]")
                }
            }
        }
    }

    struct SetValue: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Change one setting in the config file, keeping the others.",
            discussion: """
                The value is checked first: a theme or language must be one Keywork knows, a path must \
                start with / or ~/. The file is written in one step, so it is never left half written. \
                Comments in the file are not kept.

                Examples:
                  keywork config set keyworker_name "Sam Patel"
                  keywork config set agency_name "Riverside Recovery Service"
                  keywork config set theme high-contrast
                """)

        @Argument(help: ArgumentHelp("The setting to change.", valueName: "KEY"))
        var key: ConfigKey

        @Argument(help: ArgumentHelp("Its new value.", valueName: "VALUE"))
        var value: String

        func run() throws {
            try reporting {
                let config = try RunSettings.configFile()
                let changed: ConfigFile
                do throws(ConfigValueProblem) {
                    changed = try config.setting(key, to: value, home: RunSettings.environment["HOME"])
                } catch {
                    throw Failure("\(error.message)", note: error.note, status: .usage)
                }
                do throws(ConfigError) {
                    try changed.write()
                } catch {
                    throw Failure([error.diagnostic], status: .cannotCreate)
                }
                Console.out("\(key.rawValue) is now \(value) in \(changed.path)")
            }
        }
    }
}
