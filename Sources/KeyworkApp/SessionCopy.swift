import Foundation
import KeyworkConfig
import KeyworkRecord
import KeyworkSession
import KeyworkWords

/// The client's copy (or a group's handout) of a sealed session that verifies, made the one way both
/// `keywork export` and the end screen make it, and saved without ever writing over anything.
public enum SessionCopy {
    /// The copy of `verified`, with the agency's name and number from the settings. `words` gives the copy's
    /// words for the guide's language code. Exit statuses as `keywork export` documents them.
    public static func make(
        _ verified: VerifiedSession, store: Store, trust: VerificationTrust, settings: Settings,
        words: (String) throws -> Words
    ) throws -> ClientCopy {
        var copy: ClientCopy
        do {
            let header = try ClientCopy.verifiedJournal(of: verified).header
            if header.guide.origin.hasPrefix(RevisitGuide.originPrefix) {
                let (guide, earlier) = try RevisitSource.rebuild(header, store: store, trust: trust)
                copy = try ClientCopy.make(
                    from: verified, guide: guide, revisiting: earlier, words: try words(guide.language))
            } else {
                let guide = try PinnedGuide.load(header.guide, for: .export)
                copy = try ClientCopy.make(from: verified, guide: guide, words: try words(guide.language))
            }
        } catch let error as ClientCopyError {
            throw Failure(error.message, note: error.note, status: status(of: error))
        }
        copy.agencyName = settings.setting(.agencyName).value
        copy.agencyPhone = settings.setting(.agencyPhone).value
        return copy
    }

    /// Saves the copy as HTML (to print from a browser) and as text in `folder`, which is made (0700) when it is
    /// not there; each file is 0600 and named after the session, with `-2`, `-3`... when that name is taken, so
    /// nothing is ever written over. Returns the two paths.
    public static func save(
        _ copy: ClientCopy, sessionID: String, in folder: String, stores: [String]
    ) throws(CopyFile.Refusal) -> (html: String, text: String) {
        let real = try CopyFile.prepareFolder(folder, stores: stores)
        let html = Array(copy.rendered(as: .html, timeZone: .current).utf8)
        let text = Array(copy.rendered(as: .text, timeZone: .current).utf8)
        var number = 1
        while true {
            let stem = real + "/" + sessionID + (number == 1 ? "" : "-\(number)")
            let paths = (html: stem + ".html", text: stem + ".txt")
            var status = stat()
            if lstat(paths.html, &status) == 0 || lstat(paths.text, &status) == 0 {
                number += 1
                guard number < 1000 else {
                    throw CopyFile.Refusal(
                        path: stem, message: "there are too many copies of this session here already",
                        note: "move some of them elsewhere, then save again")
                }
                continue
            }
            try CopyFile.write(html, to: paths.html, stores: stores, replacing: false)
            try CopyFile.write(text, to: paths.text, stores: stores, replacing: false)
            return paths
        }
    }

    static func status(of error: ClientCopyError) -> ExitStatus {
        switch error {
        case .doesNotVerify: .invalid
        case .unfinished, .wrongGuide, .unreadable, .notComplete: .badData
        }
    }
}
