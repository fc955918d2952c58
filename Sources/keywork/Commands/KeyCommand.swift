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
            abstract: "Show this device's public key and its id (the key is made on first use).")

        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            try reporting {
                let store = Store(root: try storeOptions.root)
                let key: DeviceKey
                do {
                    key = try DeviceKey.loadOrCreate(store: store)
                } catch {
                    throw Failure.located("\(error)", status: .ioError)
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
            abstract: "Trust another device's public key, so verify names it.",
            discussion: """
                On the other computer, `keywork key show` says where its device.pub is. Copy that file \
                here, then trust it with a name.

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
                do {
                    try store.prepare()
                    var trusted = try TrustedKeys.load(store: store)
                    try trusted.trust(publicKeyFile: file, name: name)
                } catch let error as RecordError {
                    if case .io(_, _, let code) = error, code == ENOENT {
                        throw Failure.located("\(error)", status: .notFound)
                    }
                    throw Failure.located("\(error)", status: .badData)
                }
                Console.out("Trusted \"\(name)\". keywork verify now names it.")
            }
        }
    }
}
