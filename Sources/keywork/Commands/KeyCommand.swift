import ArgumentParser
import Foundation
import KeyworkRecord

struct KeyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "key",
        abstract: "Show this device's signing key, or trust another device's public key.",
        subcommands: [Show.self, Trust.self])

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
                    key = try DeviceKey.loadOrCreate(store: store)
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
