import KeyworkGuides
import KeyworkSession
import KeyworkWords

/// Keys on the screens that pick from a list or a scale.
enum ChoiceKeys {
    static func choice(_ key: Key, _ choice: ChoiceScreen, view: inout ViewState) -> [SessionAction] {
        let items = ScreenLayout.choiceItems(choice, words: view.words)
        let otherIndex = choice.allowOther ? choice.options.count : nil
        let typing = view.highlight == otherIndex
        func chosen(_ index: Int) -> [SessionAction] {
            if index < choice.options.count {
                return [.submit(.choice(option: choice.options[index].id, other: nil))]
            }
            if index == otherIndex {
                return [.submit(.choice(option: otherOptionID, other: view.input.text))]
            }
            return [.proceed]
        }
        switch key {
        case .up: view.highlight = max(0, view.highlight - 1)
        case .down: view.highlight = min(items.count - 1, view.highlight + 1)
        case .pageUp: view.highlight = 0
        case .pageDown: view.highlight = items.count - 1
        case .enter: return chosen(view.highlight)
        case .character(let character) where !typing:
            // A digit picks that item; a typed option is only highlighted, as it still needs its words.
            guard let number = character.wholeNumberValue, number >= 1, number <= min(9, items.count) else {
                return []
            }
            view.highlight = number - 1
            return number - 1 == otherIndex ? [] : chosen(number - 1)
        default:
            if typing { _ = view.input.edit(key) }
        }
        return []
    }

    static func multi(_ key: Key, _ multi: MultiScreen, view: inout ViewState) -> [SessionAction] {
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
            return [.submit(.multi(options: multi.options.map(\.id).filter(view.ticked.contains)))]
        default:
            break
        }
        return []
    }

    static func scale(_ key: Key, _ scale: ScaleScreen, view: inout ViewState) -> [SessionAction] {
        let range = scale.min...max(scale.min, scale.max)
        func step(_ delta: Int) {
            let value = view.scaleValue.map { $0 + delta } ?? (delta > 0 ? scale.min : scale.max)
            view.scaleValue = min(max(value, range.lowerBound), range.upperBound)
        }
        switch key {
        case .left, .up: step(-1)
        case .right, .down: step(1)
        case .home: view.scaleValue = range.lowerBound
        case .end: view.scaleValue = range.upperBound
        case .character(let character):
            if let number = character.wholeNumberValue, range.contains(number) { view.scaleValue = number }
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
