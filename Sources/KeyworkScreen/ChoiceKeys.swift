import KeyworkGuides
import KeyworkSession
import KeyworkWords

/// Keys on the screens that pick from a list or a scale.
enum ChoiceKeys {
    /// Space or a number chooses; the arrows only move the highlight; Enter confirms what was chosen
    /// and goes on, and with nothing chosen says what to do and stays.
    static func choice(_ key: Key, _ choice: ChoiceScreen, view: inout ViewState) -> [SessionAction] {
        let items = ScreenLayout.choiceItems(choice, words: view.words)
        let otherIndex = choice.allowOther ? choice.options.count : nil
        let typing = view.highlight == otherIndex
        switch key {
        case .up: view.highlight = max(0, view.highlight - 1)
        case .down: view.highlight = min(items.count - 1, view.highlight + 1)
        case .pageUp: view.highlight = 0
        case .pageDown: view.highlight = items.count - 1
        case .enter:
            guard let chosen = view.chosen else {
                view.notice = view.words[.chooseBeforeEnter]
                return []
            }
            return confirm(chosen, choice, otherIndex: otherIndex, view: view)
        case .character(" ") where !typing || (view.chosen != otherIndex && view.input.text.isEmpty):
            view.chosen = view.highlight
        case .character(let character) where !typing:
            guard let number = character.wholeNumberValue, number >= 1, number <= min(9, items.count) else {
                return []
            }
            view.highlight = number - 1
            view.chosen = number - 1
        default:
            // Typing words for "Something else" is choosing it.
            if typing, view.input.edit(key), !view.input.text.isEmpty { view.chosen = otherIndex }
        }
        return []
    }

    private static func confirm(
        _ index: Int, _ choice: ChoiceScreen, otherIndex: Int?, view: ViewState
    ) -> [SessionAction] {
        if index < choice.options.count {
            return [.submit(.choice(option: choice.options[index].id, other: nil))]
        }
        if index == otherIndex {
            return [.submit(.choice(option: otherOptionID, other: view.input.text))]
        }
        return [.proceed]
    }

    static func multi(_ key: Key, _ multi: MultiScreen, view: inout ViewState) -> [SessionAction] {
        let confirmingNone = view.isConfirmingNone
        view.isConfirmingNone = false
        func toggle(_ index: Int) {
            guard multi.options.indices.contains(index) else { return }
            let id = multi.options[index].id
            if view.ticked.contains(id) { view.ticked.remove(id) } else { view.ticked.insert(id) }
        }
        switch key {
        case .up: view.highlight = max(0, view.highlight - 1)
        case .down: view.highlight = min(multi.options.count - 1, view.highlight + 1)
        case .pageUp: view.highlight = 0
        case .pageDown: view.highlight = multi.options.count - 1
        case .character(" "): toggle(view.highlight)
        case .character(let character):
            guard let number = character.wholeNumberValue, number >= 1, number <= min(9, multi.options.count) else {
                return []
            }
            view.highlight = number - 1
            toggle(number - 1)
        case .enter:
            // Ticking nothing can mean "none of these", but only when said on purpose: the first Enter asks.
            if view.ticked.isEmpty && !confirmingNone && (multi.min ?? 0) == 0 {
                view.isConfirmingNone = true
                view.notice = view.words[.nothingTickedYet]
                return []
            }
            return [.submit(.multi(options: multi.options.map(\.id).filter(view.ticked.contains)))]
        default:
            break
        }
        return []
    }

    /// The arrows step through the scale; digits typed in a row are read as one whole number, so `10` on a
    /// 0 to 10 scale is ten. A number off the scale chooses nothing and says so.
    static func scale(_ key: Key, _ scale: ScaleScreen, view: inout ViewState) -> [SessionAction] {
        let range = scale.min...max(scale.min, scale.max)
        let typed = view.typedNumber
        view.typedNumber = ""
        func step(_ delta: Int) {
            let value = view.scaleValue.map { $0 + delta } ?? (delta > 0 ? scale.min : scale.max)
            view.scaleValue = min(max(value, range.lowerBound), range.upperBound)
        }
        func offTheScale(_ text: String) {
            view.scaleValue = nil
            view.notice = view.words(
                .numberOffTheScale, ["number": .text(text), "min": .number(scale.min), "max": .number(scale.max)])
        }
        switch key {
        case .left, .up: step(-1)
        case .right, .down: step(1)
        case .home: view.scaleValue = range.lowerBound
        case .end: view.scaleValue = range.upperBound
        case .character("-") where typed.isEmpty && range.lowerBound < 0:
            view.typedNumber = "-"
            view.scaleValue = nil
        case .character(let character) where WholeNumber.digitValue(character) != nil:
            let number = typed + String(character)
            guard let value = WholeNumber.parse(number), range.contains(value) else {
                offTheScale(number)
                return []
            }
            view.typedNumber = number
            view.scaleValue = value
        case .backspace where !typed.isEmpty:
            let number = String(typed.dropLast())
            view.typedNumber = number
            view.scaleValue = WholeNumber.parse(number).flatMap { range.contains($0) ? $0 : nil }
        case .enter:
            guard let value = view.scaleValue else {
                view.notice = view.words(
                    .scaleRangeNotice, ["min": .number(scale.min), "max": .number(scale.max)])
                return []
            }
            return [.submit(.scale(value))]
        default:
            break
        }
        return []
    }
}
