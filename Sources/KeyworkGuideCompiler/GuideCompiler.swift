// KeyworkGuideCompiler is a build tool, not part of the program: the CompileBuiltinGuides plugin runs it while
// building KeyworkBuiltinGuides. It may import KeyworkGuides (to load each guide exactly as the program would)
// and KeyworkDiagnostics, and nothing else of Keywork's; nothing imports it but its tests.

import Foundation
import KeyworkDiagnostics
import KeyworkGuides

/// The guide compiler: loads each built-in guide's YAML and writes Swift that builds the same guides, so that a
/// session starts without parsing YAML (Docs/performance.md). The CompileBuiltinGuides plugin runs it while
/// building KeyworkBuiltinGuides, with that target's YAML files as inputs, so a changed guide is compiled again.
///
///     KeyworkGuideCompiler OUTPUT.swift GUIDE.yaml...
///
/// A guide that does not load stops the build with its errors at `path:line:col`, as `keywork lint` gives them.
@main enum GuideCompiler {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard let output = arguments.first, output.hasSuffix(".swift") else {
            FileHandle.standardError.write(Data("usage: KeyworkGuideCompiler OUTPUT.swift GUIDE.yaml...\n".utf8))
            exit(2)
        }
        do {
            let entries = try arguments.dropFirst().map(entry).sorted { $0.id < $1.id }
            try CompiledGuideSource.file(entries).write(toFile: output, atomically: true, encoding: .utf8)
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            exit(1)
        }
    }

    /// The built-in guide in the YAML file at `path`, its id the file's name without `.yaml`.
    static func entry(_ path: String) throws(GuideLoadError) -> CompiledGuideSource.Entry {
        let id = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        guard let bytes = FileManager.default.contents(atPath: path) else {
            throw GuideLoadError(
                kind: .unreadable, diagnostics: [.error("the built-in guide cannot be read", at: .wholeFile(path))])
        }
        do throws(GuideLoadError) {
            return CompiledGuideSource.Entry(id: id, guide: try GuideLoader.load(builtin: id, bytes: Array(bytes)))
        } catch {
            // The loader names the guide `builtin:<id>`, as the program will; the developer needs the file.
            var located = error
            for index in located.diagnostics.indices where located.diagnostics[index].location?.file == "builtin:\(id)"
            {
                located.diagnostics[index].location?.file = path
            }
            throw located
        }
    }
}
