import Foundation

/// Finds a guide by a name given on the command line: a file on disk, or else a built-in guide.
public enum GuideLibrary {
    /// Loads `nameOrPath` when it names an existing file (so a file overrides a built-in guide of the same
    /// id); otherwise the built-in guide with that id; otherwise throws `.notFound` listing the built-ins.
    public static func resolve(_ nameOrPath: String) throws(GuideLoadError) -> Guide {
        if FileManager.default.fileExists(atPath: nameOrPath) {
            return try GuideLoader.load(contentsOf: nameOrPath)
        }
        if let guide = try BuiltinGuides.guide(id: nameOrPath) {
            return guide
        }
        let builtins = BuiltinGuides.ids.joined(separator: ", ")
        throw GuideLoadError(
            kind: .notFound,
            diagnostics: [
                GuideDiagnostic(
                    severity: .error, location: SourceLocation(file: nameOrPath, line: 0, column: 0),
                    message: "no guide called '\(nameOrPath)': there is no such file and no built-in guide of that id",
                    note: "built-in guides are: \(builtins); or give the path of a guide file")
            ])
    }
}
