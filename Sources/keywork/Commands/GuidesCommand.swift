import ArgumentParser
import KeyworkApp
import KeyworkBuiltinGuides
import KeyworkConfig
import KeyworkGuides

struct GuidesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "guides", abstract: "List the built-in guides and the agency's own guides.",
        discussion: """
            The agency's own guides are the .yaml files in the folder that `guide_folder` in the config \
            file names (keywork config set guide_folder PATH). One there with a built-in guide's id \
            replaces the built-in guide, in this list and in `keywork session`. Each line shows the id to \
            give to `keywork session --guide`, the title, the version, who reviewed it and when (or "not yet \
            clinically reviewed" for a draft) and the language it is written in. A file in the folder that \
            cannot be used is listed as broken after the others, its errors are printed, and the exit status is 65.
            """)

    func run() throws {
        try reporting {
            let folder = try RunSettings.load().setting(.guideFolder).value
            let catalogue: GuideCatalogue
            do throws(GuideLoadError) {
                catalogue = try GuideLibrary.available(folder: folder)
            } catch {
                throw Failure(error.diagnostics, status: .badData)
            }
            let guides = catalogue.guides
            let width = guides.map(\.id.count).max() ?? 0
            for guide in guides {
                let review =
                    guide.isReviewed
                    ? ", reviewed by \(guide.reviewedBy ?? "") on \(guide.reviewed.map(\.description) ?? "")"
                    : ", not yet clinically reviewed"
                let from = guide.origin.hasPrefix("builtin:") ? "" : "  [\(guide.origin)]"
                Console.out(
                    guide.id.padding(toLength: width + 2, withPad: " ", startingAt: 0) + guide.title
                        + "  (version \(guide.version)\(review), language \(guide.language))" + from)
            }
            // A broken file is listed after the others, with its errors; it hides none of them.
            for broken in catalogue.broken {
                Console.out("broken  \(broken.path): cannot be used until its errors are fixed")
            }
            if !catalogue.broken.isEmpty {
                throw Failure(catalogue.broken.flatMap(\.error.diagnostics), status: .badData)
            }
        }
    }
}
