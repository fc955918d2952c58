/// YAML guides made up for the benchmark, in the public guide format.
enum BenchGuides {
    static let header = """
        keywork: 1
        version: "2026-11"
        language: en
        mode: session
        reviewed: 2026-11-01
        review_by: 2027-11-01
        sources: ["Benchmark text, not for clinical use"]
        screens:

        """

    /// `count` choice screens of ten options each, the shape `dialog --menu` with ten items is compared with.
    static func tenOptionChoices(count: Int) -> String {
        var yaml = "id: bench-ten-options\ntitle: Ten options\n" + header
        for number in 1...count {
            yaml += """
                  - id: pick-\(number)
                    type: choice
                    title: Choice \(number)
                    prompt: Which of these ten fits best? This is choice \(number).
                    options:

                """
            for option in 1...10 {
                yaml += "      - {id: o\(option), label: Option number \(option)}\n"
            }
        }
        return yaml
    }

    /// A long guide of `count` screens mixing information, choice, text and scale screens with realistic text.
    static func large(screens count: Int) -> String {
        var yaml = "id: bench-large\ntitle: A long guide\n" + header
        for number in 1...count {
            switch number % 4 {
            case 0:
                yaml += """
                      - id: info-\(number)
                        type: info
                        title: What to expect, part \(number)
                        body: |
                          You and your keyworker look at the same screen. You go at your own pace.
                          Nothing moves on until you are ready.

                          - Press F2 to note a question at any time.
                          - Press F3 if you are *not sure* or do not agree.
                          - Press F4 to go back. Your answers are kept.

                    """
            case 1:
                yaml += """
                      - id: choice-\(number)
                        type: choice
                        title: This week, part \(number)
                        prompt: What would help you most this week?
                        allow_other: true
                        options:
                          - {id: talk, label: Someone to talk to}
                          - {id: practical, label: Help with day to day things, detail: "Like forms, money or a home."}
                          - {id: health, label: Help with my health}

                    """
            case 2:
                yaml += """
                      - id: text-\(number)
                        type: text
                        title: In your own words, part \(number)
                        prompt: Is there anything else you want to say about this week? You can skip this.
                        optional: true

                    """
            default:
                yaml += """
                      - id: scale-\(number)
                        type: scale
                        title: How you feel, part \(number)
                        prompt: How hopeful do you feel about this week?
                        min: 0
                        max: 10
                        min_label: Not hopeful
                        max_label: Very hopeful

                    """
            }
        }
        return yaml
    }
}
