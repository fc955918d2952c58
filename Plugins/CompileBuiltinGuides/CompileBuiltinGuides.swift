// CompileBuiltinGuides is the build-tool plugin that compiles the built-in guides. Like every plugin it imports only
// PackagePlugin (and Foundation); it runs KeyworkGuideCompiler, its declared dependency, and writes nothing itself.

import Foundation
import PackagePlugin

/// Compiles the built-in guides at build time: for the target it is applied to (KeyworkBuiltinGuides), runs
/// KeyworkGuideCompiler on the target's YAML files and adds the Swift it writes to the target's sources.
///
/// The YAML files are the command's inputs, so the build runs it again when a guide changes, is added or is
/// removed, and the compiled guides can never be older than their YAML. The plugin only wires the build: what a
/// guide compiles to is the compiler's business, and the guide format is KeyworkGuides'.
@main struct CompileBuiltinGuides: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let module = target as? SourceModuleTarget else { return [] }
        let guides = module.sourceFiles(withSuffix: "yaml").map(\.url).sorted { $0.path < $1.path }
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("BuiltinGuides+Compiled.swift")
        return [
            .buildCommand(
                displayName: "Compiling \(guides.count) built-in guides",
                executable: try context.tool(named: "KeyworkGuideCompiler").url,
                arguments: [output.path] + guides.map(\.path),
                inputFiles: guides,
                outputFiles: [output])
        ]
    }
}
