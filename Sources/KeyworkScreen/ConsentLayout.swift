import KeyworkGuides
import KeyworkSession
import KeyworkWords

/// The consent screen: statements each agreed or not agreed, then a typed signature from each signer; or,
/// when a required statement is not agreed, the keyworker's way to end as "no agreement yet".
package enum ConsentLayout {
    /// What the highlight can rest on: every statement shown, then each signer still to sign, or the way to
    /// end without an agreement.
    enum Item: Equatable {
        case statement(ConsentScreen.Statement)
        case signer(SignerRole)
        case endWithoutAgreement
    }

    static func items(_ consent: ConsentScreen, screen: Screen, session: SessionState) -> [Item] {
        let statements = session.shownStatements(of: consent).map(Item.statement)
        if !session.requiredNotAgreed(on: screen.id).isEmpty { return statements + [.endWithoutAgreement] }
        let signed = Set((session.signatures[screen.id] ?? []).map(\.role))
        return statements + consent.signers.filter { !signed.contains($0) }.map(Item.signer)
    }

    /// The mark before a statement, which says where it stands without colour.
    static func mark(_ mark: StatementMark) -> String {
        switch mark {
        case .open: "[ ]"
        case .agreed: "[x]"
        case .notAgreed: "[-]"
        }
    }

    /// "Not agreed. In the client's words: ...", under a statement marked not agreed.
    package static func notAgreedLine(_ notAgreed: NotAgreed, words: Words) -> String {
        guard let given = notAgreed.words else { return words[.notAgreedNoWords] }
        return words(.notAgreedMark, ["words": .text("\"\(given)\"")])
    }

    static func body(
        _ consent: ConsentScreen, screen: Screen, session: SessionState, view: ViewState, into body: inout Body
    ) {
        let words = body.words
        if let intro = consent.intro {
            body.add(GuideText.lines(intro, width: body.width, options: body.options))
            body.gap()
        }
        let items = items(consent, screen: screen, session: session)
        let signatures = session.signatures[screen.id] ?? []
        let allSigned = session.isFullySigned(screen.id)
        let blocked = !session.requiredNotAgreed(on: screen.id).isEmpty
        if blocked {
            body.text("! " + words[.noAgreementYet], role: .warning)
            body.text(words[.noAgreementExplained])
            body.gap()
        }
        for (index, statement) in session.shownStatements(of: consent).enumerated() {
            let statementMark = session.mark(of: statement.id, on: screen.id)
            body.item(statement.text, mark: mark(statementMark), highlighted: !allSigned && index == view.highlight)
            if case .notAgreed(let notAgreed) = statementMark {
                body.text(notAgreedLine(notAgreed, words: words), role: .warning, indent: 6)
            }
        }
        let notAgreedCount = session.notAgreedStatements(on: screen.id).count
        if notAgreedCount > 0 && !blocked {
            body.gap()
            body.text(words(.signingWithNotAgreed, ["count": .number(notAgreedCount)]), role: .warning)
        }
        if blocked {
            body.gap()
            signingField(
                words[.endWithoutAgreement], highlighted: items.firstIndex(of: .endWithoutAgreement) == view.highlight,
                view: view, into: &body)
        } else {
            for signer in consent.signers {
                body.gap()
                // The meaning is shown exactly as the signature will record it.
                let meaning = "\(words[signer.labelPhrase]): \(session.signatureMeaning(for: signer, on: screen))"
                if let signature = signatures.first(where: { $0.role == signer }) {
                    body.text(meaning, role: .emphasis)
                    let signed = body.words(.signedBy, ["name": .text(signature.name), "role": .phrase(signer.phrase)])
                    body.text("\(body.glyphs.tick) " + signed, indent: 2)
                    continue
                }
                signingField(
                    meaning, highlighted: items.firstIndex(of: .signer(signer)) == view.highlight, view: view,
                    into: &body)
            }
        }
        body.gap()
        if allSigned {
            let start = body.count
            body.text(words[.everyoneSigned], role: .emphasis)
            body.focusFrom(start)
        } else if !blocked && !session.isEveryStatementMarked(on: screen.id) {
            body.text(words[.consentHint], role: .dim)
        }
    }

    /// A line to sign under, with the hint and the field where the name is typed.
    private static func signingField(_ label: String, highlighted: Bool, view: ViewState, into body: inout Body) {
        let start = body.count
        body.item(label, mark: "", highlighted: highlighted)
        body.text(body.words[.signHint], role: .dim, indent: 2)
        body.field(highlighted ? view.input : TextField(), active: highlighted, indent: 2)
        if highlighted { body.focus = start..<body.count }
    }
}
