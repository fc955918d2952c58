// KeyworkConfig owns the keyworker's config file ($XDG_CONFIG_HOME/keywork/config.yaml): reading it
// with located errors, checking each value, writing it back, and which source a setting comes from.
// It may import Yams, KeyworkYAML and KeyworkDiagnostics (to read YAML with located errors), KeyworkScreen (for
// themes), KeyworkWords (for languages) and KeyworkText (to refuse a value a terminal would act on).
// It reads and writes only the config file: never session files (that is KeyworkRecord), and never
// the terminal. It is its own target so that every command, and tests, share one loader without
// pulling in the record or ncurses.

import Foundation
import KeyworkDiagnostics
import KeyworkYAML
import Yams

/// The config file: a flat YAML mapping of `ConfigKey`s to text, e.g. `theme: high-contrast`.
public struct ConfigFile: Sendable, Equatable {
    /// Where the file is (it need not exist yet).
    public var path: String
    /// The values as written in the file.
    public var values: [ConfigKey: String]
    /// Where each value is in the file, for problems found only when it is used.
    public var locations: [ConfigKey: SourceLocation]

    public init(path: String, values: [ConfigKey: String] = [:], locations: [ConfigKey: SourceLocation] = [:]) {
        self.path = path
        self.values = values
        self.locations = locations
    }

    /// `$XDG_CONFIG_HOME/keywork/config.yaml`, else `~/.config/keywork/config.yaml`; nil without either.
    public static func defaultPath(environment: [String: String]) -> String? {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            return xdg + "/keywork/config.yaml"
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.config/keywork/config.yaml"
    }

    /// The value as it is used: checked, with `~/` expanded. nil when the file does not set it.
    public func value(_ key: ConfigKey, home: String?) -> String? {
        guard let raw = values[key] else { return nil }
        return try? key.validate(raw, home: home).get()
    }

    // MARK: Reading

    /// Reads the file at `path`; a file that does not exist is an empty config, not an error.
    public static func load(path: String, home: String?) throws(ConfigError) -> ConfigFile {
        guard FileManager.default.fileExists(atPath: path) else { return ConfigFile(path: path) }
        guard let data = FileManager.default.contents(atPath: path), let yaml = String(data: data, encoding: .utf8)
        else {
            throw ConfigError(
                kind: .unreadable, location: .wholeFile(path),
                message: "cannot read the config file",
                note: "check that it is a UTF-8 text file you can read, or move it aside to start afresh")
        }
        return try parse(yaml: yaml, path: path, home: home)
    }

    /// Reads config YAML; `path` names the file in errors. Every problem is an error: nothing is skipped.
    public static func parse(yaml: String, path: String, home: String?) throws(ConfigError) -> ConfigFile {
        let root: Node?
        switch YAMLReader.compose(yaml, file: path, what: "the config file", resolver: .default) {
        case .success(let node): root = node
        case .failure(let diagnostic): throw ConfigError(kind: .invalid, diagnostic: diagnostic)
        }
        guard let root else { return ConfigFile(path: path) }
        guard case .mapping(let mapping) = root else {
            throw invalid(
                root, path, "the config file must be a list of 'key: value' lines",
                note: "write one setting per line, for example: theme: high-contrast")
        }
        var config = ConfigFile(path: path)
        for (keyNode, valueNode) in mapping {
            guard case .scalar(let keyScalar) = keyNode, let key = ConfigKey(rawValue: keyScalar.string) else {
                throw invalid(
                    keyNode, path, "unknown setting '\(keyNode.string ?? "?")'",
                    note: "the settings are: \(ConfigKey.choices)")
            }
            guard case .scalar(let scalar) = valueNode else {
                throw invalid(
                    valueNode, path, "\(key.rawValue) must be text, not a list or a mapping",
                    note: "write it on one line, for example: \(key.rawValue): \(key.example)")
            }
            if scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
                throw invalid(
                    keyNode, path, "\(key.rawValue) has no value",
                    note: "give it a value, for example: \(key.rawValue): \(key.example); or delete the line")
            }
            if case .failure(let problem) = key.validate(scalar.string, home: home) {
                throw invalid(valueNode, path, problem.message, note: problem.note)
            }
            config.values[key] = scalar.string
            config.locations[key] = location(of: valueNode, path)
        }
        return config
    }

    private static func location(of node: Node, _ path: String) -> SourceLocation {
        SourceLocation(file: path, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    private static func invalid(_ node: Node, _ path: String, _ message: String, note: String) -> ConfigError {
        ConfigError(kind: .invalid, location: location(of: node, path), message: message, note: note)
    }

    // MARK: Writing

    /// The config with `key` set to `value`, once the value has passed its check.
    public func setting(_ key: ConfigKey, to value: String, home: String?) throws(ConfigValueProblem) -> ConfigFile {
        if case .failure(let problem) = key.validate(value, home: home) { throw problem }
        var changed = self
        changed.values[key] = value.trimmingCharacters(in: .whitespaces)
        changed.locations[key] = nil
        return changed
    }

    /// The file's text: every setting in a fixed order, each value double-quoted so any text is safe.
    public var yaml: String {
        var text = "# Keywork settings. Change them with: keywork config set KEY VALUE\n"
        for key in ConfigKey.allCases {
            guard let value = values[key] else { continue }
            text += "\(key.rawValue): \(Self.quoted(value))\n"
        }
        return text
    }

    /// Writes the file in one step (a temporary file, fsynced, then a rename), making its folders when needed.
    /// The file is 0600 and each folder made is 0700 whatever the umask: the file names the keyworker, and may
    /// name the agency's archive.
    public func write() throws(ConfigError) {
        let folder = (path as NSString).deletingLastPathComponent
        let temporary = path + ".tmp-\(getpid())"
        let cannotWrite = ConfigError(
            kind: .cannotWrite, location: SourceLocation(file: path, line: 0, column: 0),
            message: "cannot write the config file", note: "check that you can write to \(folder)")
        guard Self.makeFolders(folder) else { throw cannotWrite }
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw cannotWrite }
        let bytes = Array(yaml.utf8)
        var written = 0
        var ok = fchmod(descriptor, 0o600) == 0
        while ok && written < bytes.count {
            let count = bytes.withUnsafeBytes {
                Glibc.write(descriptor, $0.baseAddress.map { $0 + written }, $0.count - written)
            }
            if count < 0 && errno == EINTR { continue }
            ok = count > 0
            written += max(0, count)
        }
        ok = ok && fsync(descriptor) == 0
        close(descriptor)
        guard ok, rename(temporary, path) == 0 else {
            unlink(temporary)
            throw cannotWrite
        }
    }

    /// Makes `folder` and the folders above it that are missing, each 0700; false when one cannot be made.
    private static func makeFolders(_ folder: String) -> Bool {
        var missing: [String] = []
        var current = folder
        var status = stat()
        while !current.isEmpty && current != "/" && stat(current, &status) != 0 {
            missing.append(current)
            current = (current as NSString).deletingLastPathComponent
        }
        for made in missing.reversed() {
            guard mkdir(made, 0o700) == 0 || errno == EEXIST, chmod(made, 0o700) == 0 else { return false }
        }
        return true
    }

    private static func quoted(_ value: String) -> String {
        var text = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            default: text.unicodeScalars.append(scalar)
            }
        }
        return text + "\""
    }
}
