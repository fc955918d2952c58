import KeyworkGuides
import KeyworkSession
import KeyworkWords

/// The consent screen: statements to tick, then a typed signature from each signer.
enum ConsentLayout {
    /// What the highlight can rest on: every statement, then each signer still to sign.
    enum Item: Equatable {
        case statement(ConsentScreen.Statement)
        case signer(SignerRole)
    }

    static func items(_ consent: ConsentScreen, screen: Screen, session: SessionState) -> [Item] {
        let signed = Set((session.signatures[screen.id] ?? []).map(\.role))
        return session.agreedStatements(of: consent).map(Item.statement)
            + consent.signers.filter { !signed.contains($0) }.map(Item.signer)
    }

    static func body(
        _ consent: ConsentScreen, screen: Screen, session: SessionState, view: ViewState, into body: inout Body
    ) {
        if let intro = consent.intro {
            body.add(GuideText.lines(intro, width: body.width, options: body.options))
            body.gap()
        }
        let items = items(consent, screen: screen, session: session)
        let ticked = session.ticked[screen.id] ?? []
        let signatures = session.signatures[screen.id] ?? []
        let allSigned = session.isFullySigned(screen.id)
        for (index, statement) in session.agreedStatements(of: consent).enumerated() {
            let mark = ticked.contains(statement.id) ? "[x]" : "[ ]"
            body.item(statement.text, mark: mark, highlighted: !allSigned && index == view.highlight)
        }
        for signer in consent.signers {
            body.gap()
            // The meaning is shown as the guide words it, because that is what the signature records.
            let meaning = "\(body.words[signer.labelPhrase]): \(consent.meaning(for: signer))"
            if let signature = signatures.first(where: { $0.role == signer }) {
                body.text(meaning, role: .emphasis)
                let signed = body.words(.signedBy, ["name": .text(signature.name), "role": .phrase(signer.phrase)])
                body.text("\(body.glyphs.tick) " + signed, indent: 2)
                continue
            }
            let highlighted = items.firstIndex(of: .signer(signer)) == view.highlight
            let start = body.count
            body.item(meaning, mark: "", highlighted: highlighted)
            body.text(body.words[.signHint], role: .dim, indent: 2)
            body.field(highlighted ? view.input : TextField(), active: highlighted, indent: 2)
            if highlighted { body.focus = start..<body.count }
        }
        body.gap()
        if allSigned {
            let start = body.count
            body.text(body.words[.everyoneSigned], role: .emphasis)
            body.focusFrom(start)
        } else if ticked.count < consent.statements.count {
            body.text(body.words[.consentHint], role: .dim)
        }
    }
}
