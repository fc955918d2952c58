import KeyworkRecord
import KeyworkScreen
import KeyworkText
import KeyworkWords

extension SessionLauncher {
    /// A name or reference given on the command line, trimmed. One that a record cannot hold ends the command
    /// before anything is drawn or written, saying which option to give again.
    func recordable(_ value: String?, option: String) throws -> String? {
        guard let value else { return nil }
        switch RecordedName.checked(value) {
        case .success(let name):
            return name
        case .failure(.empty):
            throw Failure(
                "\(option) is empty", note: "give it again with something in it, or leave it out to be asked",
                status: .usage)
        case .failure(.actingCharacter(let scalar)):
            throw Failure(
                "\(option) holds \(TerminalText.visible(scalar)), a control character that a record cannot hold",
                note: "give it again without it, or leave it out to be asked", status: .usage)
        }
    }

    /// The keyworker (or facilitator) recorded with a session: --keyworker, then the config file, then the
    /// name remembered on this computer, else asked once; nil when left with Esc.
    public func keyworkerName(given: String?) throws -> String? {
        try given ?? settings.setting(.keyworkerName).value ?? KeyworkerProfile.name(in: store) ?? askKeyworkerName()
    }

    private func askKeyworkerName() throws -> String? {
        var prompt = PromptView(
            title: words[.welcomeTitle], explanation: [words[.keyworkerNameQuestion], words[.keyworkerNameWhy]],
            words: words)
        guard let name = try askRecordable(&prompt) else { return nil }
        do {
            try KeyworkerProfile.remember(name, in: store)
        } catch {
            throw Failure(error, status: .cannotCreate)
        }
        return name
    }

    /// The client's reference, typed; when it is asked again, `notice` says why and `typed` is there to correct.
    /// Nil when left with Esc.
    func askClientReference(notice: String? = nil, typed: String = "") throws -> String? {
        var prompt = PromptView(
            title: words[.clientReferenceTitle],
            explanation: [words[.clientReferenceQuestion], words[.clientReferenceWhy]], text: typed, words: words)
        prompt.notice = notice
        return try askRecordable(&prompt)
    }

    /// Asks until the answer is one a record can hold, saying which character was refused (a paste can carry
    /// one past the text field); nil when left with Esc.
    private func askRecordable(_ prompt: inout PromptView) throws -> String? {
        while true {
            guard let answer = try openFrontEnd().ask(prompt) else { return nil }
            switch RecordedName.checked(answer) {
            case .success(let name):
                return name
            case .failure(.empty):
                prompt.field = TextField("")
                prompt.notice = words[.typeSomethingFirst]
            case .failure(.actingCharacter(let scalar)):
                prompt.field = TextField("")
                prompt.notice = words(.nameHoldsControlCharacter, ["character": .text(TerminalText.visible(scalar))])
            }
        }
    }
}
