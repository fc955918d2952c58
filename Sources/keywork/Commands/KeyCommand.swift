import ArgumentParser
import Foundation
import KeyworkApp
import KeyworkRecord

struct KeyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "key",
        abstract: "Show this device's signing key, trust another device's public key, or start a new key.",
        subcommands: [Show.self, Trust.self, New.self])

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show this device's public key and its id (the key is made on first use).")

        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            try reporting {
                let store = Store(root: try storeOptions.root)
                let key: DeviceKey
                do throws(RecordError) {
                    key = try DeviceKey.loadOrCreate(
                        store: store, faults: TestHooks.faults)
                } catch {
                    throw Failure(error, status: ExitStatus(readingKeys: error))
                }
                Console.out("key id:      \(key.keyID)")
                Console.out("public key:  \(key.publicKeyBase64)")
                Console.out("file:        \(store.keysFolder)/device.pub")
                Console.out(
                    "To let another computer check this one's records: keywork key trust device.pub --name NAME")
            }
        }
    }

    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "new",
            abstract: "Start a new signing key for this device, on purpose (needs --replace).",
            discussion: """
                For when device.key is lost (a store restored without it) or may have been seen by someone \
                else. The old public key, when there is one, is kept in trusted/ as "retired <date> key <id>", \
                so records it sealed still verify and say so, and the store's ledger notes the new key. Every \
                later seal uses the new key: give its id (`keywork key show`) to the IT lead's list, and trust \
                the new device.pub on the computers that check this one's records.

                If the old key may have been stolen, remove its file from trusted/ once you have checked its \
                records, so that nothing sealed with it later is trusted.

                Example:
                  keywork key new --replace
                """)

        @Flag(name: .long, help: "Replace this device's signing key. Without it nothing is changed.")
        var replace = false

        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            try reporting {
                guard replace else {
                    throw Failure(
                        "keywork key new replaces this computer's signing key, so it asks to be told so",
                        note: "run `keywork key new --replace` to do it on purpose", status: .usage)
                }
                let store = Store(root: try storeOptions.root)
                let replaced: (key: DeviceKey, retiredAs: String?)
                do throws(RecordError) {
                    replaced = try DeviceKey.replace(
                        store: store, now: Date(), faults: TestHooks.faults)
                } catch {
                    throw Failure(error, status: ExitStatus(readingKeys: error))
                }
                if let retiredAs = replaced.retiredAs {
                    Console.out("The old public key is kept as trusted key \"\(retiredAs)\".")
                }
                Console.out("New key id:  \(replaced.key.keyID)")
                Console.out("file:        \(store.keysFolder)/device.pub")
                Console.out(
                    "Add the new key id to the list of devices, and trust this device.pub where records are checked.")
            }
        }
    }

    struct Trust: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "trust",
            abstract: "Trust another device's public key, so verify names it.",
            discussion: """
                On the other computer, `keywork key show` says where its device.pub is. Copy that file \
                here (never its device.key), trust it with a name, and check that the key id this prints \
                matches what `keywork key show` printed there.

                Exit status 66 when the file is missing; 65 when it is not a public key, is a private key \
                or this device's own key, or the name or key is already trusted; 64 when the name is not \
                1-64 letters, digits, spaces, - and _.

                Example:
                  keywork key trust device.pub --name "Leeds office laptop"
                """)

        @Argument(help: ArgumentHelp("The other device's device.pub file.", valueName: "FILE"))
        var file: String

        @Option(
            name: .long, help: ArgumentHelp("A name for the device, e.g. \"Leeds office laptop\".", valueName: "NAME"))
        var name: String

        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            try reporting {
                let store = Store(root: try storeOptions.root)
                let key: [UInt8]
                do throws(RecordError) {
                    try store.prepare()
                    var trusted = try TrustedKeys.load(store: store)
                    try trusted.trust(publicKeyFile: file, name: name)
                    key = try DeviceKey.readPublicKeyFile(file)
                } catch {
                    throw Failure(error, status: Self.status(of: error))
                }
                Console.out("Trusted \"\(name)\" (key id \(DeviceKey.keyID(key))). keywork verify now names it.")
            }
        }

        /// A missing file is "not found", a bad name a usage error, anything else about the file bad data.
        static func status(of error: RecordError) -> ExitStatus {
            switch error {
            case .io(_, _, ENOENT): return .notFound
            case .io: return .ioError
            case .invalidTrustName: return .usage
            default: return .badData
            }
        }
    }
}
