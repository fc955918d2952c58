import ArgumentParser
import KeyworkApp
import KeyworkRecord
import KeyworkText

struct ArchiveStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Say which sealed sessions of this computer are not yet in the agency archive.",
        discussion: """
            Read from this computer's store alone (the note archived.jsonl that push keeps), so it works \
            without the network. `keywork archive push` sends them.
            """)

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        try reporting {
            let store = Store(root: try storeOptions.root)
            let settings = try AgencyArchive.settings()
            let waiting: [String]
            do {
                waiting = try ArchiveMarks(store: store).notArchived()
            } catch {
                throw Failure(error, status: .ioError)
            }
            if settings == nil {
                Console.out("no agency archive is set up on this computer (archive in the config, or KEYWORK_ARCHIVE)")
            }
            if waiting.isEmpty {
                Console.out("every sealed session in \(store.root) is in the agency archive")
                return
            }
            Console.out(
                "\(waiting.count) sealed session\(waiting.count == 1 ? " is" : "s are") not yet in the agency archive:")
            for sessionID in waiting { Console.out("  \(TerminalText.escaped(sessionID))") }
            Console.out("send them with: keywork archive push")
        }
    }
}
