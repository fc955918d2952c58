import KeyworkApp
import KeyworkRecord
import Testing

/// Every failure the command line prints has the one form of `Diagnostic`, whatever kind of error it came from.
@Suite struct FailureTests {
    @Test func aRecordErrorSeenOnlyAsAnErrorKeepsItsPlaceAndSaysErrorOnce() {
        let error: any Error = RecordError.keyPermissions(path: "/s/keys/device.key", mode: 0o644)
        let failure = Failure(error, status: .ioError)
        #expect(
            failure.description
                == "/s/keys/device.key: error: the device key can be read by group or others (mode 644)\n"
                + "/s/keys/device.key: note: run `chmod 600 /s/keys/device.key`, then try again")
    }

    @Test func aPlainProblemHasNoPlaceAndItsNoteOnALineOfItsOwn() {
        let failure = Failure("say which agreement to revisit", note: "use --client REF", status: .usage)
        #expect(failure.description == "error: say which agreement to revisit\nnote: use --client REF")
        #expect(failure.message == "say which agreement to revisit")
    }

    @Test func aFailureThrownThroughAnotherKeepsItsStatus() {
        let inner: any Error = Failure("no such session", status: .notFound)
        #expect(Failure(inner, status: .ioError).status == .notFound)
    }
}
