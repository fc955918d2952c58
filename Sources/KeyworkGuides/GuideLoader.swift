import Foundation
import KeyworkDiagnostics
import KeyworkYAML
import Yams

/// Loads a guide from YAML, reporting every problem with its file, line and column.
public enum GuideLoader {
    /// The only guide format this version reads: `keywork: 1`.
    public static let formatVersion = 1

    static let guideKeys = [
        "keywork", "id", "title", "version", "language", "mode", "participants", "status", "reviewed_by", "reviewed",
        "review_by", "sources", "notice", "repeat_after_days", "screens",
    ]

    /// Reads and loads the guide file at `path`; its origin is the file's absolute path, so that `resume`,
    /// `export` and `due` find it again from any folder.
    ///
    /// The file is opened once and everything is read through that descriptor: only a regular file is read
    /// (never a folder, a device or a pipe), and its size is checked from the descriptor before reading, so a
    /// link to a huge file is refused as that file. A UTF-8 byte order mark at the start is skipped.
    ///
    /// Throws `GuideLoadError` of kind `.notFound` when there is no such file, `.unreadable` when it cannot be
    /// read or is not UTF-8 text, and `.invalid` when it is not a valid guide.
    public static func load(contentsOf path: String) throws(GuideLoadError) -> Guide {
        var bytes = try GuideFile.read(path)
        if bytes.starts(with: GuideFile.byteOrderMark) { bytes.removeFirst(GuideFile.byteOrderMark.count) }
        let yaml = try text(of: Data(bytes), file: path)
        return try load(yaml: yaml, file: path, origin: GuideFile.absolutePath(path))
    }

    /// Loads a guide from YAML text. `file` names it in diagnostics; `origin` is recorded in the guide.
    public static func load(yaml: String, file: String, origin: String) throws(GuideLoadError) -> Guide {
        // A byte order mark is no part of the guide; editors on Windows put one at the start.
        let yaml = yaml.first == "\u{FEFF}" ? String(yaml.dropFirst()) : yaml
        if let limit = GuideLimits.check(yaml, file: file) {
            throw GuideLoadError(kind: .invalid, diagnostics: [limit])
        }
        let bidi = BidiControls.check(yaml, file: file)
        if !bidi.isEmpty { throw GuideLoadError(kind: .invalid, diagnostics: bidi) }
        let sink = DiagnosticCollector(file: file)
        // The loader reads every scalar by its text and never by its YAML tag, so plain scalars are left untagged
        // (the reader's `.basic` resolver): resolving each one against Yams' regular expressions was a tenth of
        // loading a guide.
        let root: Node?
        switch YAMLReader.compose(yaml, file: file, what: "a guide") {
        case .success(let node): root = node
        case .failure(let diagnostic): throw GuideLoadError(kind: .invalid, diagnostics: [diagnostic])
        }
        guard let root else {
            throw GuideLoadError(
                kind: .invalid,
                diagnostics: [
                    Diagnostic(
                        severity: .error, location: SourceLocation(file: file, line: 1, column: 1),
                        message: "the guide is empty",
                        note: "a guide starts with 'keywork: 1', then 'id:', 'title:' and 'screens:'")
                ])
        }
        let guide = decodeGuide(root, origin: origin, sink: sink)
        guard let guide, !sink.hasErrors else {
            throw GuideLoadError(kind: .invalid, diagnostics: sink.diagnostics)
        }
        return guide
    }

    /// Loads a built-in guide from its YAML bytes, named `builtin:<id>` as its file and its origin wherever the bytes
    /// came from: what KeyworkGuideCompiler compiles into the program, and what the tests compare that with.
    public static func load(builtin id: String, bytes: [UInt8]) throws(GuideLoadError) -> Guide {
        let origin = "builtin:\(id)"
        let yaml = try text(of: Data(bytes), file: origin)
        return try load(yaml: yaml, file: origin, origin: origin)
    }

    /// Bytes to text, or a located error at the first byte that is not UTF-8.
    static func text(of data: Data, file: String) throws(GuideLoadError) -> String {
        if let text = String(validating: data, as: UTF8.self) { return text }
        var line = 1
        var lineStart = 0
        let bytes = [UInt8](data)
        var offset = 0
        // Walk valid UTF-8 prefixes so that the error points at the first bad byte, not at the start.
        while offset < bytes.count {
            let length = utf8SequenceLength(bytes, at: offset)
            if length == 0 { break }
            if bytes[offset] == UInt8(ascii: "\n") {
                line += 1
                lineStart = offset + 1
            }
            offset += length
        }
        let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).unicodeScalars.count + 1
        throw GuideLoadError(
            kind: .unreadable,
            diagnostics: [
                Diagnostic(
                    severity: .error, location: SourceLocation(file: file, line: line, column: column),
                    message: "the file is not UTF-8 text", note: "save the guide as UTF-8 text from a text editor")
            ])
    }

    /// The length of the valid UTF-8 sequence at `offset`, or 0 when it is not valid.
    private static func utf8SequenceLength(_ bytes: [UInt8], at offset: Int) -> Int {
        for length in 1...4 where offset + length <= bytes.count {
            if String(validating: bytes[offset..<offset + length], as: UTF8.self) != nil { return length }
        }
        return 0
    }

    /// `participants: count|initials`, which only a group guide may have.
    private static func decodeParticipants(
        _ map: MappingReader, mode: GuideMode, sink: DiagnosticCollector
    ) -> ParticipantRecording? {
        guard let name = map.string("participants") else { return nil }
        let location = map.valueLocation("participants") ?? map.location
        guard mode == .group else {
            sink.error(
                "'participants' is only for group guides", at: location,
                note: "add 'mode: group' to make this a group walkthrough, or remove 'participants'")
            return nil
        }
        guard let recording = ParticipantRecording(rawValue: name) else {
            sink.error(
                "unknown participants '\(name)'", at: location,
                note: "participants is 'count' (a head count only) or 'initials' (a head count and initials)")
            return nil
        }
        return recording
    }

    /// `status: draft|reviewed`. A guide may say it is reviewed only with the clinical lead's name and the date.
    private static func decodeStatus(
        _ map: MappingReader, reviewedBy: String?, reviewed: GuideDate?, sink: DiagnosticCollector
    ) -> ReviewStatus? {
        guard let name = map.string("status") else { return nil }
        let location = map.valueLocation("status") ?? map.location
        let names = ReviewStatus.allCases.map(\.rawValue)
        guard let status = ReviewStatus(rawValue: name) else {
            sink.error(
                "unknown status '\(name)'", at: location,
                note:
                    "\(Suggestion.didYouMean(name, in: names))status is 'draft' (not yet clinically reviewed) or 'reviewed'"
            )
            return nil
        }
        if status == .reviewed && (reviewedBy == nil || reviewed == nil) {
            let missing = [reviewedBy == nil ? "'reviewed_by'" : nil, reviewed == nil ? "'reviewed'" : nil]
                .compactMap { $0 }.joined(separator: " and ")
            sink.error(
                "the guide says 'status: reviewed' but has no \(missing)", at: location,
                note: "a guide is reviewed only when a named clinical lead has reviewed it: give reviewed_by: "
                    + "\"Dr A. Lead, clinical lead\" and reviewed: YYYY-MM-DD, or write status: draft")
        }
        return status
    }

    /// Every `{key:NAME}` in a screen's text must name an action Keywork knows.
    private static func checkActionNames(in screens: [Screen], sink: DiagnosticCollector) {
        for screen in screens {
            for field in ScreenText.fields(of: screen) {
                for placeholder in ActionPlaceholder.placeholders(in: field.text) where placeholder.action == nil {
                    let closest = Suggestion.didYouMean(placeholder.name, in: GuideAction.allCases.map(\.rawValue))
                    sink.error(
                        "unknown action '{key:\(placeholder.name)}' in screen '\(screen.id)'",
                        at: screen.fieldLocations[field.path] ?? screen.location,
                        note: "\(closest)write {key:NAME} with one of: \(GuideAction.choices)")
                }
            }
        }
    }

    private static func decodeGuide(_ root: Node, origin: String, sink: DiagnosticCollector) -> Guide? {
        guard
            let map = MappingReader(
                root, what: "the guide", sink: sink, example: "keywork: 1, then id:, title:, version: and screens:")
        else { return nil }
        map.checkKeys(guideKeys)
        var locations: [String: SourceLocation] = ["": map.location]
        for entry in map.entries { locations[entry.key] = sink.location(of: entry.value) }

        if let format = map.int("keywork", required: true, example: "keywork: 1"), format != formatVersion {
            sink.error(
                "unsupported guide format 'keywork: \(format)'", at: map.valueLocation("keywork") ?? map.location,
                note: "this version of Keywork reads format \(formatVersion); write 'keywork: \(formatVersion)'")
        }
        let id = map.id(example: "id: first-appointment")
        let title = map.string("title", required: true, example: "title: Your first appointment")
        let version = map.string("version", required: true, example: "version: \"2026-11\"")
        let language = map.string("language") ?? "en"
        var mode = GuideMode.session
        if let modeName = map.string("mode") {
            if let parsed = GuideMode(rawValue: modeName) {
                mode = parsed
            } else {
                sink.error(
                    "unknown mode '\(modeName)'", at: map.valueLocation("mode") ?? map.location,
                    note: "\(Suggestion.didYouMean(modeName, in: ["session", "group"]))mode is 'session' or 'group'")
            }
        }
        let participants = decodeParticipants(map, mode: mode, sink: sink)
        let reviewed = map.date("reviewed")
        let reviewedBy = map.string("reviewed_by", example: "reviewed_by: \"Dr A. Lead, clinical lead\"")
        let status = decodeStatus(map, reviewedBy: reviewedBy, reviewed: reviewed, sink: sink)
        let reviewBy = map.date("review_by")
        let sources = map.stringList("sources", example: "sources: [\"NICE CG52 (2007)\"]") ?? []
        let notice = map.string("notice")
        let repeatAfterDays = map.days("repeat_after_days", example: "repeat_after_days: 182")

        var outlines: [ScreenOutline] = []
        if let items = map.list("screens", required: true, example: "screens: [{id: welcome, type: info, body: Hello}]")
        {
            if items.isEmpty {
                sink.error(
                    "'screens' is an empty list", at: map.valueLocation("screens") ?? map.location,
                    note: "a guide needs at least one screen")
            }
            let decoder = ScreenDecoder(sink: sink)
            outlines = items.enumerated().map { decoder.decode($1, index: $0) }
            GuideCrossReferences(outlines: outlines, sink: sink).check()
            GroupScreenRules(mode: mode, outlines: outlines, sink: sink).check()
            checkActionNames(in: outlines.compactMap(\.screen), sink: sink)
        }
        guard let id, let title, let version, !sink.hasErrors else { return nil }
        var guide = Guide(
            id: id, title: title, version: version, language: language, mode: mode, participants: participants,
            status: status, reviewedBy: reviewedBy, reviewed: reviewed, reviewBy: reviewBy, sources: sources,
            notice: notice, repeatAfterDays: repeatAfterDays, screens: outlines.compactMap(\.screen),
            origin: origin,
            fieldLocations: locations)
        ContentHash.apply(to: &guide)
        return guide
    }
}
