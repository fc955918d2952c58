import Foundation
import KeyworkDiagnostics

/// Finds guides: a file on disk, the agency's guide folder, and the built-in guides, in that order.
/// A guide in the folder with a built-in guide's id replaces it, as a guide path on disk does; a file in the
/// folder that cannot be used is listed as broken, with its errors, and hides nothing else.
///
/// The guide folder is read here; KeyworkBuiltinGuides adds the built-in guides (`resolve`, `available`).
public enum GuideLibrary {
    /// Every `.yaml` or `.yml` guide in `folder` (not its subfolders), in file-name order, and the files that
    /// cannot be used with their errors (a second guide with an id already taken is one of them). Throws only
    /// when the folder itself cannot be opened.
    public static func folderGuides(in folder: String) throws(GuideLoadError) -> GuideCatalogue {
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
        var catalogue = GuideCatalogue(guides: [], broken: [])
        var seen: [String: String] = [:]
        for name in names.sorted() where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            let guide: Guide
            do throws(GuideLoadError) {
                guide = try GuideLoader.load(contentsOf: path)
            } catch {
                catalogue.broken.append(BrokenGuide(path: path, error: error))
                continue
            }
            if let earlier = seen[guide.id] {
                let error = GuideLoadError(
                    kind: .invalid,
                    diagnostics: [
                        Diagnostic(
                            severity: .error, location: SourceLocation(file: path, line: 0, column: 0),
                            message: "the guide id '\(guide.id)' is also used by \(earlier)",
                            note: "give each guide in the folder its own id")
                    ])
                catalogue.broken.append(BrokenGuide(path: path, error: error))
                continue
            }
            seen[guide.id] = path
            catalogue.guides.append(guide)
        }
        return catalogue
    }
}

/// The guides there are to choose from, and the agency's guide files that cannot be used yet.
public struct GuideCatalogue: Sendable {
    public var guides: [Guide]
    public var broken: [BrokenGuide]

    public init(guides: [Guide], broken: [BrokenGuide]) {
        self.guides = guides
        self.broken = broken
    }
}

/// A guide file in the agency's folder that cannot be used, with every error found in it.
public struct BrokenGuide: Sendable, Equatable {
    public var path: String
    public var error: GuideLoadError
}
