// KeyworkBuiltinGuides owns the guides built into the program and finding a guide by name among them, the
// agency's folder and the files on disk (`GuideLibrary.resolve`). Its YAML (BuiltinGuides/*.yaml) is compiled
// to Swift at build time by the CompileBuiltinGuides plugin, which runs KeyworkGuideCompiler; the Swift is
// generated into the build folder, never into Sources.
// It may import KeyworkGuides and KeyworkDiagnostics, and nothing else of Keywork's; the application and the
// command line import it.

import KeyworkGuides

/// The guides built into the program, from `Sources/KeyworkBuiltinGuides/BuiltinGuides/*.yaml`.
///
/// The program never parses their YAML: the CompileBuiltinGuides plugin runs KeyworkGuideCompiler at build time,
/// which loads each file and writes Swift that builds the same guide (`compiledGuide(id:)`, `compiledIDs`), so a
/// session starts sooner (Docs/performance.md). A guide that does not load stops the build with its errors.
///
/// Each must be reviewed by the agency's clinical lead before real use; see Docs/guide-authoring.md.
public enum BuiltinGuides {
    /// The ids of the built-in guides (each file's name without `.yaml`), sorted.
    public static var ids: [String] { compiledIDs }

    /// Every built-in guide, sorted by id.
    public static var all: [Guide] { ids.compactMap(guide(id:)) }

    /// The built-in guide with this id, with origin `builtin:<id>`; nil when there is none.
    public static func guide(id: String) -> Guide? { compiledGuide(id: id) }
}
