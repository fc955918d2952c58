import KeyworkSession
import KeyworkTestSupport
import Testing

/// The stand-ins keep what they were given, and fail or refuse exactly when told to.
@Suite struct StandInTests {
    @Test func theRecorderKeepsEventsAndFailsLikeAFullDiskWhenTold() throws {
        let recorder = MemoryRecorder()
        recorder.successesBeforeFailing = 1
        try recorder.record([.completed])
        #expect(throws: MemoryRecorder.DiskFull.self) { try recorder.record([.resumed(note: nil)]) }
        #expect(throws: MemoryRecorder.DiskFull.self) { try recorder.record([]) }
        #expect(recorder.events == [.completed])
    }

    @Test func theSpeakerRemembersEachCallAndSaysWhetherSpeechIsThere() {
        let speaker = RecordingSpeaker()
        #expect(speaker.speak("Welcome."))
        speaker.stop()
        #expect(speaker.calls == [.speak("Welcome."), .stop])
        #expect(speaker.spoken == ["Welcome."])
        #expect(!RecordingSpeaker(available: false).speak("Welcome."))
    }
}
