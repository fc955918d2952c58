import KeyworkDiagnostics
import KeyworkGuides
import KeyworkSession

/// A short outcome review built in code: a weeks screen, a 0 to 20 rating and a progress screen charting both.
enum WeeksSample {
    static let weeks = WeeksScreen(
        text: "On how many days in each week?",
        rows: [
            .init(id: "alcohol", label: "Alcohol", amount: "units on a using day"),
            .init(id: "crack", label: "Crack"),
        ])

    static let progress = ProgressScreen(
        show: [.init(screen: "use", row: "alcohol"), .init(screen: "use", row: "crack"), .init(screen: "psych")])

    static let guide = Guide(
        id: "review", title: "Review", version: "1",
        screens: [
            SampleGuide.screen("use", .weeks(weeks)),
            SampleGuide.screen("psych", .scale(ScaleScreen(prompt: "How do you feel?", min: 0, max: 20))),
            SampleGuide.screen("progress", .progress(progress)),
            SampleGuide.screen("end", .info(InfoScreen(body: "Thank you."))),
        ],
        origin: "test")

    /// Three, three, three and three days of alcohol with 4 units a day; crack not answered.
    static let answer = WeeksAnswer(rows: [
        .init(id: "alcohol", days: [3, 3, 3, 3], amount: "4"), .notAnswered("crack"),
    ])
}
