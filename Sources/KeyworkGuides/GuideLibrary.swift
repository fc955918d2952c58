import Foundation
import KeyworkDiagnostics

/// Finds guides: a file on disk, the agency's guide folder, and the built-in guides, in that order.
/// A guide in the folder with a built-in guide's id replaces it, as a guide path on disk does.
public enum GuideLibrary {
    /// Loads `nameOrPath` when it names an existing file; otherwise the guide of that id in `folder`;
    /// otherwise the built-in guide with that id; otherwise throws `.notFound` listing what there is.
    public static func resolve(_ nameOrPath: String, folder: String? = nil) throws(GuideLoadError) -> Guide {
        if FileManager.default.fileExists(atPath: nameOrPath) {
            return try GuideLoader.load(contentsOf: nameOrPath)
        }
        if let folder, let guide = try folderGuides(in: folder).first(where: { $0.id == nameOrPath }) {
            return guide
        }
        if let guide = try BuiltinGuides.guide(id: nameOrPath) {
            return guide
        }
        let known = try available(folder: folder).map(\.id).joined(separator: ", ")
        throw GuideLoadError(
            kind: .notFound,
            diagnostics: [
                Diagnostic(
                    severity: .error, location: SourceLocation(file: nameOrPath, line: 0, column: 0),
                    message: "no guide called '\(nameOrPath)': there is no such file and no guide of that id",
                    note: "\(folder == nil ? "built-in guides" : "the guides") are: \(known); "
                        + "or give the path of a guide file")
            ])
    }

    /// The built-in guides and those in `folder`, by id; a folder guide replaces a built-in of the same id.
    public static func available(folder: String?) throws(GuideLoadError) -> [Guide] {
        var byID: [String: Guide] = [:]
        for guide in BuiltinGuides.all { byID[guide.id] = guide }
        if let folder {
            for guide in try folderGuides(in: folder) { byID[guide.id] = guide }
        }
        return byID.values.sorted { $0.id < $1.id }
    }

    /// Every `.yaml` or `.yml` guide in `folder` (not its subfolders), in file-name order. One bad guide
    /// stops the listing with its errors: an agency guide that cannot be read must be fixed, not hidden.
    public static func folderGuides(in folder: String) throws(GuideLoadError) -> [Guide] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue,
            let names = try? FileManager.default.contentsOfDirectory(atPath: folder)
        else {
            throw GuideLoadError(
                kind: .notFound,
                diagnostics: [
                    Diagnostic(
                        severity: .error, location: SourceLocation(file: folder, line: 0, column: 0),
                        message: "the guide folder cannot be opened",
                        note: "make the folder, or change guide_folder with: keywork config set guide_folder PATH")
                ])
        }
        var guides: [Guide] = []
        var seen: [String: String] = [:]
        for name in names.sorted() where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            let guide = try GuideLoader.load(contentsOf: path)
            if let earlier = seen[guide.id] {
                throw GuideLoadError(
                    kind: .invalid,
                    diagnostics: [
                        Diagnostic(
                            severity: .error, location: SourceLocation(file: path, line: 0, column: 0),
                            message: "the guide id '\(guide.id)' is also used by \(earlier)",
                            note: "give each guide in the folder its own id")
                    ])
            }
            seen[guide.id] = path
            guides.append(guide)
        }
        return guides
    }
}
