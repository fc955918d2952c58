import ArgumentParser
import KeyworkGuides

struct GuidesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "guides", abstract: "List the built-in guides, with each one's version and language.")

    func run() throws {
        try reporting {
            var guides: [Guide] = []
            for id in BuiltinGuides.ids {
                do {
                    if let guide = try BuiltinGuides.guide(id: id) { guides.append(guide) }
                } catch let error as GuideLoadError {
                    let details = error.diagnostics.map(\.formatted).joined(separator: "\n")
                    throw Failure("the built-in guide \(id) could not be read:\n\(details)", status: .badData)
                }
            }
            let width = guides.map(\.id.count).max() ?? 0
            for guide in guides {
                let reviewed = guide.reviewed.map { ", reviewed \($0)" } ?? ""
                Console.out(
                    guide.id.padding(toLength: width + 2, withPad: " ", startingAt: 0) + guide.title
                        + "  (version \(guide.version)\(reviewed), language \(guide.language))")
            }
        }
    }
}
