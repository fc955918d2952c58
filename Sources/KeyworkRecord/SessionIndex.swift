import KeyworkGuides

/// What the agency archive indexes a sealed session by, taken from the session after it verified: never from
/// anything that was not checked. The archive keeps the exact bytes beside these columns, and every reader
/// verifies the bytes again before believing a row.
public struct SessionIndex: Sendable, Equatable {
    public var sessionID: String
    public var journalSHA256: String
    public var clientReference: String?
    public var guideID: String
    public var guideVersion: String
    /// The seal's time, ISO 8601 UTC.
    public var sealedAt: String
    public var keyworker: String
    /// The raw public key that sealed it, and its id.
    public var publicKey: [UInt8]
    public var deviceKeyID: String
    /// Whether the client signed: only an agreement is revisited or due for a revisit.
    public var isAgreement: Bool
    /// When the agreement is next to be revisited (`keywork due`'s date), if it says.
    public var nextRevisit: GuideDate?
    /// A wait recorded in the session, if there is one: when it is estimated to end, what for, how the client hears.
    public var wait: DueList.Item?
    public var waitUntil: GuideDate? { wait?.date }
    /// The earlier sessions it links to, by id.
    public var links: [String]

    /// The index of a session that verified, or nil when it did not. `guide` finds a guide by its reference.
    public static func of(
        _ verified: VerifiedSession, guide: (JournalHeader.GuideReference) -> Guide?
    ) -> SessionIndex? {
        let verification = verified.verification
        guard verification.isValid, let contents = verified.journal, let hash = verification.journalSHA256,
            let sealedAt = verification.sealedAt, let publicKey = verification.publicKey,
            let sealedOn = GuideDate(iso8601: sealedAt)
        else { return nil }
        let header = contents.header
        let isAgreement = AgreementLookup.isSignedByClient(contents)
        var nextRevisit: GuideDate?
        if isAgreement, case .success(let agreement) = AgreementRecord.read(verified, guide: guide) {
            nextRevisit = agreement.nextRevisitDate
        }
        let wait = DueWait.find(in: contents, guide: guide(header.guide), today: sealedOn)
        return SessionIndex(
            sessionID: verification.sessionID, journalSHA256: hash, clientReference: header.clientReference,
            guideID: header.guide.id, guideVersion: header.guide.version, sealedAt: sealedAt,
            keyworker: header.keyworker, publicKey: publicKey, deviceKeyID: DeviceKey.keyID(publicKey),
            isAgreement: isAgreement, nextRevisit: nextRevisit, wait: wait,
            links: header.links.map(\.sessionID))
    }
}
