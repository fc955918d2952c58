/// The checks that keep group and one-to-one guides apart: `acknowledge` and `questions` screens only in a
/// group guide, and in a group guide only the facilitator signs (there is no client reference to sign for).
struct GroupScreenRules {
    let mode: GuideMode
    let outlines: [ScreenOutline]
    let sink: DiagnosticCollector

    func check() {
        for outline in outlines {
            guard let type = outline.type else { continue }
            let location = outline.typeLocation ?? outline.idLocation
            switch (mode, type) {
            case (.session, .acknowledge), (.session, .questions):
                if let location {
                    sink.error(
                        "\(outline.name) is a \(type.rawValue) screen, which only a group walkthrough has",
                        at: location,
                        note: "add 'mode: group' to the guide, or use a consent or text screen instead")
                }
            case (.group, .consent):
                guard case .consent(let consent)? = outline.screen?.content, consent.signers != [.facilitator],
                    let location = outline.idLocation
                else { continue }
                sink.error(
                    "\(outline.name) is signed by \(consent.signers.map(\.rawValue).joined(separator: " and ")), "
                        + "but in a group walkthrough only the facilitator signs",
                    at: location,
                    note: "write 'signers: [facilitator]'; record the group's agreement with an acknowledge screen")
            default:
                continue
            }
        }
    }
}
