import KeyworkSession
import Testing

@testable import KeyworkRecord

/// How a weeks answer and a progress screen's numbers are written in the journal, and read back.
@Suite struct WeeksRecordTests {
    static func line(_ event: SessionEvent) -> String {
        let (name, data) = SessionEventCoding.encode(event)
        return name + " " + String(decoding: data.encoded(), as: UTF8.self)
    }

    static let weeks = WeeksAnswer(rows: [
        .init(id: "alcohol", days: [3, 0, 7, 2], amount: "1.5"), .notAnswered("crack"),
        .init(id: "cannabis", days: [0, 0, 0, 0]),
    ])

    static let shown = ProgressShown(
        sessions: [
            .init(
                sessionID: "20260105-100000-aaaa", date: "2026-01-05",
                values: [
                    .init(item: "use.alcohol", value: 26, amount: "12"), .init(item: "use.crack", value: nil),
                ])
        ],
        leftOut: [.init(sessionID: "20260301-100000-cccc", date: nil)])

    @Test func aNotAnsweredRowIsWrittenAsNullNeverAsZero() {
        #expect(
            Self.line(.answered(screen: "use", answer: .weeks(Self.weeks)))
                == #"answered {"screen":"use","answer":{"type":"weeks","rows":[{"id":"alcohol","days":[3,0,7,2],"amount":"1.5"},{"id":"crack","days":null,"amount":null},{"id":"cannabis","days":[0,0,0,0],"amount":null}]}}"#
        )
        #expect(
            Self.line(.progressShown(screen: "progress", shown: Self.shown))
                == #"progress_shown {"screen":"progress","sessions":[{"session":"20260105-100000-aaaa","date":"2026-01-05","values":[{"item":"use.alcohol","value":26,"amount":"12"},{"item":"use.crack","value":null}]}],"left_out":[{"session":"20260301-100000-cccc","date":null}]}"#
        )
    }

    /// A journal written before amounts were charted has none, and still reads.
    @Test func aProgressValueWithoutAnAmountReadsAsBefore() throws {
        let json =
            #"{"screen":"p","sessions":[{"session":"s","date":"d","values":[{"item":"x","value":3}]}],"left_out":[]}"#
        #expect(
            try SessionEventCoding.decode(name: "progress_shown", data: try JSONParser.parse(Array(json.utf8)))
                == .progressShown(
                    screen: "p",
                    shown: ProgressShown(sessions: [
                        .init(sessionID: "s", date: "d", values: [.init(item: "x", value: 3)])
                    ])))
    }

    @Test func weeksAndProgressEventsSurviveTheJournalsJSONUnchanged() throws {
        for event: SessionEvent in [
            .answered(screen: "use", answer: .weeks(Self.weeks)), .progressShown(screen: "progress", shown: Self.shown),
            .progressShown(screen: "progress", shown: ProgressShown()),
        ] {
            let (name, data) = SessionEventCoding.encode(event)
            #expect(try SessionEventCoding.decode(name: name, data: try JSONParser.parse(data.encoded())) == event)
        }
    }

    @Test func aMisshapenWeeksOrProgressEventIsAnErrorNotAGuess() throws {
        for (name, json) in [
            (
                "answered",
                #"{"screen":"use","answer":{"type":"weeks","rows":[{"id":"a","days":[1,"2"],"amount":null}]}}"#
            ),
            ("answered", #"{"screen":"use","answer":{"type":"weeks","rows":[{"id":"a","days":[1],"amount":3}]}}"#),
            ("answered", #"{"screen":"use","answer":{"type":"weeks","rows":{"id":"a"}}}"#),
            (
                "progress_shown",
                #"{"screen":"p","sessions":[{"session":"s","date":"d","values":[{"item":"x","value":"1"}]}],"left_out":[]}"#
            ),
            (
                "progress_shown",
                #"{"screen":"p","sessions":[{"session":"s","date":"d","values":[{"item":"x","value":1,"amount":null}]}],"left_out":[]}"#
            ),
            (
                "progress_shown",
                #"{"screen":"p","sessions":[{"session":"s","date":"d","values":[{"item":"x","value":1,"amount":2}]}],"left_out":[]}"#
            ),
            ("progress_shown", #"{"screen":"p","sessions":[],"left_out":[{"session":"s"}]}"#),
            ("progress_shown", #"{"screen":"p","sessions":[]}"#),
        ] {
            let data = try JSONParser.parse(Array(json.utf8))
            #expect(throws: EventDecodingError.self, "\(json)") {
                try SessionEventCoding.decode(name: name, data: data)
            }
        }
    }
}
