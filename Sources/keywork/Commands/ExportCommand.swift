import ArgumentParser
import Foundation
import KeyworkApp
import KeyworkConfig
import KeyworkRecord
import KeyworkSession
import KeyworkWords

/// What `export` writes: the client's copy in one of its layouts, or CSV rows for a case system.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, html, csv

    var copyFormat: ClientCopyFormat? { ClientCopyFormat(rawValue: rawValue) }
}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the client's copy of a sealed session (text, Markdown, or HTML to print on A4), or CSV.",
        discussion: """
            Page one of the copy holds what happens next and the next date, who to call (the contact \
            agreed for a wait, else `agency_phone` from the config file) and the receipt code. Then come \
            the decision, any line not agreed and every "not sure", then the answers, the wait, the SURE \
            check, what was agreed, the questions, what to remember from each screen, every signature \
            with its printed name, date, time and meaning, the guide with whether it was clinically \
            reviewed, its sources, and how to check the record. Times are in this computer's time zone. \
            For a group walkthrough it writes a group handout instead: what was covered with each \
            screen's take-home text, the ground rules with how many agreed, and the group's questions \
            with their answers, never the participants' initials.

            The copy is in the session's language (its guide's `language`) unless --language asks for \
            another, so a case file can keep an English copy of a Polish session: what people typed \
            and what each signature means stay exactly as recorded.

            Only a finished session that verifies can be exported. Exit status: 1 the record does not \
            verify; 65 the session is unfinished or the guide it used (same version and content) cannot \
            be found; 66 no such session; 73 the output file cannot be created. With -o the copy is \
            written (0600) only to a regular file, never over a device, a link or a folder, and never \
            inside a record store.

            --format csv writes rows for a case system instead (RFC 4180, lines ending CRLF): one header \
            line and one row for SESSION, or with --client and --guide instead of SESSION, one row for \
            each of that client's sealed sessions of that built-in guide that verifies, oldest first. \
            Columns: session, date, each choice (its option id) and each scale of the guide, and for each \
            row of a weeks screen SCREEN.ROW.week1 to week4, .total and .amount. With --client, each \
            session is read with the guide version it was recorded with, and the columns are those of \
            every version used. Anything not answered, or not asked by a session's version, is an empty \
            cell, never 0. A session of the client's that does not verify gives no row and is named on \
            standard error, and the exit status is then 1.

            Example:
              keywork export 20261127-093000-c0ffee --format html -o copy.html
              keywork export 20261127-093000-c0ffee --language en -o case-file-copy.txt
              keywork export --client C-1042 --guide top-review --format csv -o reviews.csv
            """)

    @Argument(help: ArgumentHelp("A session id in the store, or a session folder.", valueName: "SESSION"))
    var session: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "With --format csv and --guide: every sealed session of this client reference.", valueName: "REF"))
    var client: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "With --format csv and --client: the built-in guide whose sessions to list.", valueName: "ID"))
    var guide: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "text (wrapped at 72 columns), markdown, html (one file, prints on A4), or csv (for a case system).",
            valueName: "FORMAT"))
    var format: ExportFormat = .text

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The copy's language: en or pl.",
            discussion: "Defaults to the session's own language (its guide's), else Keywork's language.",
            valueName: "CODE"))
    var language: String?

    @Option(name: .short, help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "FILE"))
    var output: String?

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        try reporting {
            let settings = try RunSettings.load()
            let storeRoot = try storeOptions.root
            if format == .csv, session == nil, let client, let guide {
                let (csv, leftOut, readWithToday) = try OutcomeExport.client(
                    client, guideID: guide, store: Store(root: storeRoot))
                try write(csv, stores: [storeRoot])
                for id in readWithToday {
                    Console.error(
                        "warning: session \(id) was recorded with a version of \(guide) that is not on this computer;"
                            + " its row was read with today's version, so answers to screens that changed since are empty"
                    )
                }
                for id in leftOut {
                    Console.error(
                        "warning: session \(id) does not verify, so it has no row; check it with: keywork verify \(id)")
                }
                if !leftOut.isEmpty { throw ExitCode(ExitStatus.invalid.rawValue) }
                return
            }
            guard let session, client == nil, guide == nil else {
                throw Failure(
                    session == nil
                        ? "say which session to export" : "give either SESSION or --client with --guide, not both",
                    note: "keywork export SESSION, or keywork export --client REF --guide ID --format csv",
                    status: .usage)
            }
            guard let location = SessionLocation.find(session, storeRoot: storeRoot) else {
                throw Failure(
                    "\(session): there is no session with this id in \(storeRoot), and no session folder here",
                    note: "give a session id (as `keywork verify` lists them) or a folder holding journal.jsonl",
                    status: .notFound)
            }
            // This computer's keys, never the ones beside a copied session (see `StoreOptions.trust`).
            let trust = try storeOptions.trust(naming: location.store)
            let verified = Verifier.readVerified(folder: location.folder, trust: trust)
            for warning in verified.verification.warnings { Console.error("warning: \(warning)") }
            guard let copyFormat = format.copyFormat else {
                try write(
                    try OutcomeExport.session(verified), stores: [storeRoot, location.store.root, location.folder])
                return
            }
            let copy = try SessionCopy.make(
                verified, store: location.store, trust: trust, settings: settings, words: copyWords)
            try write(
                copy.rendered(as: copyFormat, timeZone: .current),
                stores: [storeRoot, location.store.root, location.folder])
        }
    }

    /// --language, else the session's own language (its guide's), else Keywork's language.
    private func copyWords(guideLanguage: String) throws -> Words {
        if let language {
            guard let chosen = Language(code: language) else {
                throw Failure(
                    "unknown language '\(language)' (from --language)",
                    note: "available languages: \(LanguageChoice.available)", status: .usage)
            }
            return Words(chosen)
        }
        return Words(ClientCopy.language(ofGuide: guideLanguage, fallback: try RunSettings.language(flag: nil)))
    }

    /// The copy holds the client's answers: it is readable by this user only, like the record itself, and is
    /// written only to a regular file outside every store (`CopyFile`).
    private func write(_ text: String, stores: [String]) throws {
        guard let output else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do throws(CopyFile.Refusal) {
            try CopyFile.write(Array(text.utf8), to: output, stores: stores)
        } catch {
            throw Failure("\(error.path): \(error.message)", note: error.note, status: .cannotCreate)
        }
    }
}
