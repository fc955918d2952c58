import Foundation

/// The guides compiled into the binary from `Sources/KeyworkGuides/BuiltinGuides/*.yaml`.
///
/// Each must be reviewed by the agency's clinical lead before real use; see Docs/guide-authoring.md.
public enum BuiltinGuides {
    /// The embedded YAML of each built-in guide, by id (its file name without `.yaml`).
    /// SwiftPM's `embedInCode` gives one static per file but no list, so a new file must be added here;
    /// a test checks that this table and the folder agree.
    static let sources: [(id: String, bytes: [UInt8])] = [
        ("detox-planning", PackageResources.detox_planning_yaml),
        ("first-appointment", PackageResources.first_appointment_yaml),
        ("induction-group", PackageResources.induction_group_yaml),
        ("sharing-information", PackageResources.sharing_information_yaml),
        ("staying-safe", PackageResources.staying_safe_yaml),
        ("top-review", PackageResources.top_review_yaml),
        ("tour", PackageResources.tour_yaml),
        ("tour-pl", PackageResources.tour_pl_yaml),
        ("treatment-agreement", PackageResources.treatment_agreement_yaml),
    ]

    /// The ids of the built-in guides, sorted.
    public static var ids: [String] { sources.map(\.id).sorted() }

    /// Every built-in guide that loads, sorted by id. One that fails to load is left out here (a test catches
    /// it); `guide(id:)` reports its errors.
    public static var all: [Guide] {
        ids.compactMap { try? guide(id: $0) }
    }

    /// The built-in guide with this id, with origin `builtin:<id>`; nil when there is none.
    /// Throws the load errors of a built-in guide that does not load, rather than stopping the program.
    ///
    /// Parsing the YAML was an eighth of the time to the first frame, so each guide is also compiled in as Swift
    /// (`BuiltinGuides+Compiled.swift`, made by `CompiledBuiltinGuidesTests`). That form is used only when it was
    /// made from exactly these bytes; otherwise the YAML is loaded as before.
    public static func guide(id: String) throws(GuideLoadError) -> Guide? {
        guard let source = sources.first(where: { $0.id == id }) else { return nil }
        if let compiled = compiledGuide(id: id, sourceHash: ContentHash.sha256Hex(source.bytes)) {
            return compiled
        }
        return try yamlGuide(id: id, bytes: source.bytes)
    }

    /// The built-in guide loaded from its YAML, as `guide(id:)` does when there is no compiled form of these bytes.
    static func yamlGuide(id: String, bytes: [UInt8]) throws(GuideLoadError) -> Guide {
        let origin = "builtin:\(id)"
        let yaml = try GuideLoader.text(of: .init(bytes), file: origin)
        return try GuideLoader.load(yaml: yaml, file: origin, origin: origin)
    }
}
