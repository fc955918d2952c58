import KeyworkWords

/// F1 on the screens around a session (the home screen, the pickers, the prompts, the end): every key they take,
/// in plain words. Any key closes it.
public enum DialogHelp {
    public static func message(options: RenderOptions) -> MessageView {
        let glyphs = Glyphs(options)
        let words = options.words
        let privacy = glyphs.functionKey(9).map { "\($0), Ctrl-P" } ?? "Ctrl-P"
        let leave = glyphs.functionKey(10).map { "\($0), Ctrl-Q" } ?? "Ctrl-Q"
        return MessageView(
            title: words[.dialogHelpTitle],
            lines: [
                words(.dialogHelpEnter, ["key": .text(words[.keyEnter])]),
                words(.dialogHelpArrows, ["key": .text(glyphs.arrowKeys)]),
                words[.dialogHelpDigits],
                words(.dialogHelpEscape, ["key": .text(words[.keyEscape])]),
                words(.dialogHelpPrivacy, ["key": .text(privacy)]),
                words(.dialogHelpLeave, ["key": .text(leave)]),
                words[.dialogHelpClose],
            ])
    }

    /// The footer key that opens it: F1, or `?` on a terminal without F1.
    static func footerKey(_ options: RenderOptions, priority: Int) -> FooterKey {
        FooterKey(Glyphs(options).helpKey, options.words[.footerHelp], priority: priority)
    }
}
