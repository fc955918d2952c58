import KeyworkGuides
import KeyworkSession
import KeyworkWords

/// One field of a form screen.
package struct FormField: Equatable {
    package enum Kind: Equatable {
        /// One of a few choices, picked with ↑ ↓ (or ← → when they share a line), a digit, or y/n.
        case pick([String])
        case text
        /// A whole number; what is typed is kept as typed and checked at Enter.
        case digits
    }

    package let id: String
    package let label: String
    package let kind: Kind
    /// What Enter says on this pick while nothing is picked.
    var unpicked: Phrase = .pickBeforeEnter
    /// May be left empty; every other field shown is needed before the form can be sent.
    var optional = false

    /// Whether the choices stand one under another, and so are chosen with ↑ ↓; two short ones share
    /// a line and are chosen with ← →.
    var listsVertically: Bool {
        guard case .pick(let choices) = kind else { return false }
        return !(choices.count <= 2 && choices.allSatisfy { DisplayWidth.of($0) <= 12 })
    }
}

/// The decision, availability and SURE screens as forms: which fields show (some appear only after
/// an earlier answer), the answer they make, and how an earlier answer fills them in again.
package enum SessionForm {
    /// The two picks of a yes-or-no field, in the language being drawn.
    package static func yesNo(_ words: Words) -> [String] { [words[.yes], words[.no]] }

    static let waysOn: [(SureCheck.WayOn, Phrase)] = [
        (.pause, .wayOnPause),
        (.goBack, .wayOnGoBack),
        (.continueAnyway, .wayOnContinue),
    ]

    /// The four SURE questions as the screen asks them; `SureScreen.questions` is their English.
    static let sureQuestions: [Phrase] = [.sureQuestion1, .sureQuestion2, .sureQuestion3, .sureQuestion4]

    /// The fields now shown, in order; nil when the screen is not a form.
    package static func fields(for screen: Screen, in session: SessionState, form: FormState, words: Words)
        -> [FormField]?
    {
        let yesNo = yesNo(words)
        switch screen.content {
        case .decision(let decision):
            let labels = compareOptions(decision.from, in: session).map(\.label)
            var fields = [
                FormField(id: "preferred", label: decision.prompt ?? words[.fieldPreferred], kind: .pick(labels)),
                FormField(id: "reasons", label: words[.fieldReasons], kind: .text),
                FormField(
                    id: "view", label: words[.fieldKeyworkerView],
                    kind: .pick([words[.viewAgree], words[.viewConcerns]])),
            ]
            if form.picks["view"] == 1 {
                fields.append(FormField(id: "risks", label: words[.fieldRisks], kind: .text))
                fields.append(FormField(id: "steps", label: words[.fieldSteps], kind: .text))
            }
            fields.append(FormField(id: "accepted", label: words[.fieldAccepted], kind: .pick(yesNo)))
            if form.picks["accepted"] == 1 {
                fields.append(FormField(id: "whyNot", label: words[.fieldWhyNot], kind: .text))
                // A refused preference is never the end of it: the plan agreed instead is what goes ahead.
                let instead = insteadOptions(decision.from, in: session, form: form).map(\.label)
                fields.append(
                    FormField(
                        id: "instead", label: words[.fieldAgreedInstead],
                        kind: .pick(instead + [words[.somethingElse]]), unpicked: .missingAgreedInstead))
                if form.picks["instead"] == instead.count {
                    fields.append(FormField(id: "insteadWords", label: words[.fieldAgreedWords], kind: .text))
                }
            }
            return fields
        case .availability(let availability):
            var fields = [FormField(id: "now", label: availability.prompt ?? words[.fieldStartNow], kind: .pick(yesNo))]
            if form.picks["now"] == 1 {
                fields += [
                    FormField(id: "differs", label: words[.fieldDiffers], kind: .text),
                    FormField(id: "support", label: words[.fieldSupport], kind: .text),
                    FormField(id: "transfer", label: words[.fieldTransfer], kind: .pick(yesNo), optional: true),
                    FormField(id: "weeks", label: words[.fieldWeeks], kind: .digits),
                    FormField(id: "told", label: words[.fieldTold], kind: .text),
                    FormField(id: "contact", label: words[.fieldContact], kind: .text),
                ]
            }
            return fields
        case .acknowledge(let acknowledge):
            return [
                FormField(id: "present", label: words[.fieldPresentNow], kind: .digits),
                FormField(id: "agreed", label: acknowledge.prompt ?? AcknowledgeScreen.defaultPrompt, kind: .digits),
            ]
        case .sure:
            var fields = sureQuestions.enumerated().map { index, question in
                FormField(id: "q\(index)", label: words[question], kind: .pick(yesNo))
            }
            if (0..<SureScreen.questions.count).contains(where: { form.picks["q\($0)"] == 1 }) {
                fields.append(
                    FormField(id: "wayOn", label: words[.fieldWayOn], kind: .pick(waysOn.map { words[$0.1] })))
            }
            return fields
        default:
            return nil
        }
    }

    /// What to say when Enter is pressed on `field` as it stands: a pick with nothing picked, or a number
    /// field holding something other than a whole number; nil when the field may be left.
    static func unfinished(_ field: FormField, form: FormState, words: Words) -> String? {
        switch field.kind {
        case .pick:
            return form.picks[field.id] == nil ? words[field.unpicked] : nil
        case .digits:
            guard case .failure(let missing) = number(field.id, in: form, fields: [field], words: words) else {
                return nil
            }
            return missing.message
        case .text:
            return nil
        }
    }

    /// How a number field says what fits.
    static func numberHint(_ fieldID: String) -> Phrase {
        fieldID == "weeks" ? .typeWeeksAsNumber : .typeCountAsNumber
    }

    /// The whole number typed in a number field: nil when it is empty, `.failure` when it holds anything else.
    private static func number(_ id: String, in form: FormState, fields: [FormField], words: Words) -> Result<
        Int?, Missing
    > {
        guard fields.contains(where: { $0.id == id }) else { return .success(nil) }
        let typed = form.texts[id]?.text ?? ""
        if typed.allSatisfy(\.isWhitespace) { return .success(nil) }
        guard let value = WholeNumber.parse(typed), value >= 0 else {
            return .failure(Missing(message: words[numberHint(id)], field: fields.firstIndex { $0.id == id } ?? 0))
        }
        return .success(value)
    }

    /// The form with only the picks that a field now shown can show: a kept draft (or a damaged journal)
    /// must never hold a pick that nobody can see, which Enter would then confirm.
    static func keepingShownPicks(_ form: FormState, for screen: Screen, in session: SessionState, words: Words)
        -> FormState
    {
        var form = form
        while true {
            let fields = fields(for: screen, in: session, form: form, words: words) ?? []
            let unseen = form.picks.keys.filter { id in
                guard case .pick(let choices)? = fields.first(where: { $0.id == id })?.kind,
                    let pick = form.picks[id]
                else { return true }
                return !choices.indices.contains(pick)
            }
            // Dropping a pick can hide the fields that it showed, so look again until nothing changes.
            guard !unseen.isEmpty else { return form }
            for id in unseen { form.picks[id] = nil }
        }
    }

    /// The options of the compare screen a decision draws from.
    static func compareOptions(_ screenID: String, in session: SessionState) -> [CompareScreen.Column] {
        guard case .compare(let compare)? = session.guide.screen(screenID)?.content else { return [] }
        return compare.options
    }

    /// The options that can be agreed instead of the preferred one: all the others.
    static func insteadOptions(_ screenID: String, in session: SessionState, form: FormState)
        -> [CompareScreen.Column]
    {
        let options = compareOptions(screenID, in: session)
        let preferred = form.picks["preferred"].flatMap { options.indices.contains($0) ? options[$0].id : nil }
        return options.filter { $0.id != preferred }
    }

    /// What the form makes, or a gentle note and the field to go to when a pick is still missing.
    /// Typed fields are left to the session to check, so its words are the ones shown.
    package static func answer(
        for screen: Screen, in session: SessionState, form: FormState, words: Words
    ) -> Result<Answer, Missing> {
        let fields = fields(for: screen, in: session, form: form, words: words) ?? []
        func missing(_ id: String, _ phrase: Phrase) -> Missing {
            Missing(message: words[phrase], field: fields.firstIndex { $0.id == id } ?? 0)
        }
        func text(_ id: String) -> String? {
            fields.contains { $0.id == id } ? form.texts[id]?.text ?? "" : nil
        }
        switch screen.content {
        case .decision(let decision):
            let options = compareOptions(decision.from, in: session)
            guard let preferred = form.picks["preferred"], options.indices.contains(preferred) else {
                return .failure(missing("preferred", .missingPreferred))
            }
            guard let view = form.picks["view"] else {
                return .failure(missing("view", .missingView))
            }
            guard let accepted = form.picks["accepted"] else {
                return .failure(missing("accepted", .missingAccepted))
            }
            var agreedOption: String?
            if accepted == 1 {
                let instead = insteadOptions(decision.from, in: session, form: form)
                guard let pick = form.picks["instead"], (0...instead.count).contains(pick) else {
                    return .failure(missing("instead", .missingAgreedInstead))
                }
                agreedOption = pick == instead.count ? otherOptionID : instead[pick].id
            }
            return .success(
                .decision(
                    Decision(
                        preferred: options[preferred].id, reasons: text("reasons") ?? "",
                        keyworkerView: view == 1 ? .concerns : .agree, risks: text("risks"),
                        riskReductionSteps: text("steps"), accepted: accepted == 0, notAcceptedReason: text("whyNot"),
                        agreedOption: agreedOption,
                        agreedOther: agreedOption == otherOptionID ? text("insteadWords") : nil
                    )))
        case .availability:
            guard let now = form.picks["now"] else {
                return .failure(missing("now", .missingYesNo))
            }
            guard now == 1 else { return .success(.availability(Availability(availableNow: true))) }
            let weeks: Int?
            switch number("weeks", in: form, fields: fields, words: words) {
            case .success(let typed): weeks = typed
            case .failure(let missing): return .failure(missing)
            }
            return .success(
                .availability(
                    Availability(
                        availableNow: false, howPlanDiffers: text("differs"), extraSupport: text("support"),
                        transferLater: form.picks["transfer"].map { $0 == 0 }, estimatedWaitWeeks: weeks,
                        howToldOfDelays: text("told"), contact: text("contact"))))
        case .acknowledge:
            var counts: [String: Int] = [:]
            for (id, phrase) in [("present", Phrase.refuseHeadCountNow), ("agreed", .refuseAgreedNumber)] {
                switch number(id, in: form, fields: fields, words: words) {
                case .success(let typed?): counts[id] = typed
                case .success(nil): return .failure(missing(id, phrase))
                case .failure(let missing): return .failure(missing)
                }
            }
            return .success(.acknowledged(agreed: counts["agreed"] ?? 0, present: counts["present"] ?? 0))
        case .sure:
            var answers: [Bool] = []
            for index in SureScreen.questions.indices {
                guard let pick = form.picks["q\(index)"] else {
                    return .failure(missing("q\(index)", .missingSureAnswers))
                }
                answers.append(pick == 0)
            }
            guard answers.allSatisfy({ $0 }) else {
                guard let way = form.picks["wayOn"], waysOn.indices.contains(way) else {
                    return .failure(missing("wayOn", .missingWayOn))
                }
                return .success(.sure(SureCheck(answers: answers, wayOn: waysOn[way].0)))
            }
            return .success(.sure(SureCheck(answers: answers)))
        default:
            return .failure(Missing(message: words[.noForm], field: 0))
        }
    }

    package struct Missing: Error, Equatable {
        package let message: String
        let field: Int
    }

    /// A form filled in from an earlier answer, so going back shows it again.
    package static func prefill(_ answer: Answer?, for screen: Screen, in session: SessionState) -> FormState {
        var form = FormState()
        switch (screen.content, answer) {
        case (.decision(let decision), .decision(let given)?):
            form.picks["preferred"] = compareOptions(decision.from, in: session).firstIndex { $0.id == given.preferred }
            form.texts["reasons"] = TextField(given.reasons)
            form.picks["view"] = given.keyworkerView == .concerns ? 1 : 0
            form.texts["risks"] = TextField(given.risks ?? "")
            form.texts["steps"] = TextField(given.riskReductionSteps ?? "")
            form.picks["accepted"] = given.accepted ? 0 : 1
            form.texts["whyNot"] = TextField(given.notAcceptedReason ?? "")
            if let agreed = given.agreedOption {
                let instead = insteadOptions(decision.from, in: session, form: form)
                form.picks["instead"] = agreed == otherOptionID ? instead.count : instead.firstIndex { $0.id == agreed }
            }
            form.texts["insteadWords"] = TextField(given.agreedOther ?? "")
        case (.availability, .availability(let given)?):
            form.picks["now"] = given.availableNow ? 0 : 1
            form.texts["differs"] = TextField(given.howPlanDiffers ?? "")
            form.texts["support"] = TextField(given.extraSupport ?? "")
            form.picks["transfer"] = given.transferLater.map { $0 ? 0 : 1 }
            form.texts["weeks"] = TextField(given.estimatedWaitWeeks.map(String.init) ?? "")
            form.texts["told"] = TextField(given.howToldOfDelays ?? "")
            form.texts["contact"] = TextField(given.contact ?? "")
        case (.acknowledge, .acknowledged(let agreed, let present)?):
            form.texts["present"] = TextField(String(present))
            form.texts["agreed"] = TextField(String(agreed))
        case (.acknowledge, _):
            // The head count given at the start is the likely answer; the facilitator changes it if
            // someone came late or left.
            form.texts["present"] = TextField(session.context.participants.map { String($0.headCount) } ?? "")
        case (.sure, .sure(let check)?):
            for (index, yes) in check.answers.enumerated() { form.picks["q\(index)"] = yes ? 0 : 1 }
            form.picks["wayOn"] = waysOn.firstIndex { $0.0 == check.wayOn }
        default:
            break
        }
        return form
    }
}
