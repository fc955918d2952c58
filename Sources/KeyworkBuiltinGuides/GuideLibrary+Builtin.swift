import Foundation
import KeyworkDiagnostics
import KeyworkGuides

/// Finding a guide by name or path among the built-in guides, the agency's folder and the files on disk.
extension GuideLibrary {
    /// Loads `nameOrPath` when it names an existing file; otherwise the guide of that id in `folder`;
    /// otherwise the built-in guide with that id; otherwise throws `.notFound` listing what there is.
    public static func resolve(_ nameOrPath: String, folder: String? = nil) throws(GuideLoadError) -> Guide {
        if FileManager.default.fileExists(atPath: nameOrPath) {
            return try GuideLoader.load(contentsOf: nameOrPath)
        }
        if let folder, let guide = try folderGuides(in: folder).guides.first(where: { $0.id == nameOrPath }) {
            return guide
        }
        if let guide = BuiltinGuides.guide(id: nameOrPath) {
            return guide
        }
        let catalogue = try available(folder: folder)
        let known = catalogue.guides.map(\.id).joined(separator: ", ")
        let broken =
            catalogue.broken.isEmpty
            ? ""
            : "; these files cannot be used yet: "
                + catalogue.broken.map(\.path).joined(separator: ", ")
        throw GuideLoadError(
            kind: .notFound,
            diagnostics: [
                Diagnostic(
                    severity: .error, location: SourceLocation(file: nameOrPath, line: 0, column: 0),
                    message: "no guide called '\(nameOrPath)': there is no such file and no guide of that id",
                    note: "\(folder == nil ? "built-in guides" : "the guides") are: \(known)\(broken); "
                        + "or give the path of a guide file")
            ])
    }

    /// The built-in guides and those in `folder`, by id; a folder guide replaces a built-in of the same id.
    /// A file in the folder that cannot be used is listed with its errors and hides none of the others.
    public static func available(folder: String?) throws(GuideLoadError) -> GuideCatalogue {
        var byID: [String: Guide] = [:]
        for guide in BuiltinGuides.all { byID[guide.id] = guide }
        var broken: [BrokenGuide] = []
        if let folder {
            let found = try folderGuides(in: folder)
            for guide in found.guides { byID[guide.id] = guide }
            broken = found.broken
        }
        return GuideCatalogue(guides: byID.values.sorted { $0.id < $1.id }, broken: broken)
    }
}
