import Foundation
import KeyworkForgery
import Testing

@testable import KeyworkRecord

/// Links are followed with a worklist and one verdict per session: loops are found and named, a chain of any
/// length runs in bounded stack, and a web of links costs one step per link, however they cross.
@Suite struct ChainCheckTests {
    private let folder = TemporaryFolder()

    /// A session that passed its own checks, with these links (hashes are the session id repeated).
    static func verdict(_ id: String, links: [String]) -> SessionVerification {
        var verification = SessionVerification(folder: id, sessionID: id, outcome: .valid)
        verification.journalSHA256 = hash(id)
        verification.links = links.map { SessionLink(sessionID: $0, journalSHA256: hash($0)) }
        return verification
    }

    static func hash(_ id: String) -> String { String(repeating: String(id.suffix(2)), count: 32) }

    static func id(_ index: Int) -> String { String(format: "20261127-%06d-abcdef", index) }

    /// Own verdicts by id, counting how often each is asked for.
    final class Verdicts {
        var byID: [String: SessionVerification] = [:]
        var asked: [String: Int] = [:]

        func lookUp(_ id: String) -> SessionVerification? {
            asked[id, default: 0] += 1
            return byID[id]
        }
    }

    @Test func aChainOfAHundredThousandLinksHoldsAndEachSessionIsSettledOnce() async throws {
        let count = 100_000
        let verdicts = Verdicts()
        for index in 0..<count {
            verdicts.byID[Self.id(index)] = Self.verdict(Self.id(index), links: index == 0 ? [] : [Self.id(index - 1)])
        }
        // Off the main thread on purpose: a task's stack is small, so a recursive walk would crash here.
        let newest = try #require(verdicts.byID[Self.id(count - 1)])
        let (verdict, settled, mostAsked) = await Task.detached {
            var chain = ChainCheck(ownVerdict: verdicts.lookUp)
            return (chain.verdict(for: newest), chain.sessionsSettled, verdicts.asked.values.max() ?? 0)
        }.value
        #expect(verdict == .holds(depth: count - 1))
        #expect(settled == count)
        #expect(mostAsked <= 2, "each link is looked at once, and once more after its session is settled")
    }

    @Test func aWebOfDoubleLinksCostsOneStepPerLink() {
        // Each session links twice to the one before: followed link by link this is 2^30 paths.
        let verdicts = Verdicts()
        for index in 0..<30 {
            let earlier = index == 0 ? [] : [Self.id(index - 1), Self.id(index - 1)]
            verdicts.byID[Self.id(index)] = Self.verdict(Self.id(index), links: earlier)
        }
        var chain = ChainCheck(ownVerdict: verdicts.lookUp)
        let newest = Self.verdict(Self.id(29), links: [Self.id(28), Self.id(28)])
        #expect(chain.verdict(for: newest) == .holds(depth: 29))
        #expect(chain.sessionsSettled == 30)
        #expect(verdicts.asked.values.reduce(0, +) <= 29 * 2 * 2)
    }

    @Test func aSelfLinkAndALoopAreBrokenWithTheirPath() {
        let verdicts = Verdicts()
        let (a, b, c) = (Self.id(1), Self.id(2), Self.id(3))
        verdicts.byID[a] = Self.verdict(a, links: [a])
        verdicts.byID[b] = Self.verdict(b, links: [c])
        verdicts.byID[c] = Self.verdict(c, links: [b])
        var chain = ChainCheck(ownVerdict: verdicts.lookUp)
        guard case .broken(let selfLink) = chain.verdict(for: Self.verdict(a, links: [a])) else {
            Issue.record("a self-link must break the chain")
            return
        }
        #expect(selfLink.reason == "the session links to itself as its own earlier agreement")
        guard case .broken(let loop) = chain.verdict(for: Self.verdict(b, links: [c])) else {
            Issue.record("a loop must break the chain")
            return
        }
        #expect(loop.reason.hasSuffix("the earlier agreements link round in a loop: \(b) → \(c) → \(b)"), "\(loop)")
    }

    @Test func aBreakFarBackIsNamedInOneShortLine() {
        let verdicts = Verdicts()
        for index in 1..<5_000 {
            verdicts.byID[Self.id(index)] = Self.verdict(Self.id(index), links: [Self.id(index - 1)])
        }
        var chain = ChainCheck(ownVerdict: verdicts.lookUp)
        guard let newest = verdicts.byID[Self.id(4_999)], case .broken(let found) = chain.verdict(for: newest) else {
            Issue.record("the chain is missing its first agreement")
            return
        }
        #expect(
            found.reason
                == "the earlier agreement \(Self.id(4_998)) that this session revisits does not verify: its chain "
                + "breaks 4998 links further back, at \(Self.id(1)): the earlier agreement \(Self.id(0)) that "
                + "\(Self.id(1)) revisits is missing from the store")
        #expect(ChainCheck.LinkProblem.path((0..<9).map(Self.id)).components(separatedBy: " → ").count == 6)
    }

    // MARK: - Through the record layer, with forged sessions on disk

    /// A sealed session linking to `links`, signed by the fixture key.
    @discardableResult
    func seal(_ index: Int, linkingTo links: [SessionLink], in store: Store) throws -> ForgedSession {
        var session = ForgedSession(id: Self.id(index), key: Fixture.key())
        session.links = links
        try session.write(into: store)
        return session
    }

    @Test func aSessionThatLinksToItselfIsInvalidInAStoreAndOnItsOwn() throws {
        let store = folder.store
        var session = ForgedSession(id: Self.id(7), key: Fixture.otherKey())
        session.links = [SessionLink(sessionID: Self.id(7), journalSHA256: String(repeating: "0", count: 64))]
        try session.write(into: store)
        let trust = Fixture.trust(Fixture.key())
        let reason = "the session links to itself as its own earlier agreement"
        let results = try Verifier.verifyStore(root: store.root, trust: trust, checkingLinks: true)
        #expect(results.sessions.map(\.outcome) == [.invalid(reason: reason)])
        #expect(
            Verifier.verifySession(folder: store.sessionFolder(Self.id(7)), trust: trust, checkingLinks: true).outcome
                == .invalid(reason: reason))
    }

    @Test func twoSessionsThatLinkToEachOtherAreBothInvalid() throws {
        let store = folder.store
        // B links to A before A exists (no hash can close the loop both ways); A then links to B as it is.
        let b = try seal(
            2, linkingTo: [SessionLink(sessionID: Self.id(1), journalSHA256: String(repeating: "1", count: 64))],
            in: store)
        try seal(1, linkingTo: [b.link], in: store)
        let results = try Verifier.verifyStore(
            root: store.root, trust: Fixture.trust(Fixture.key()), checkingLinks: true)
        #expect(results.sessions.allSatisfy { $0.isInvalid }, "\(results.sessions.map(\.summary))")
        #expect(results.sessions.map(\.summary).allSatisfy { !$0.contains("\n") }, "one line each")
        let alone = Verifier.verifySession(
            folder: store.sessionFolder(Self.id(1)), trust: Fixture.trust(Fixture.key()), checkingLinks: true)
        #expect(alone.isInvalid)
    }

    @Test func aWebOfThirtyDoubleLinksPrintsOneLinePerSessionAndLink() throws {
        let store = folder.store
        var earlier = try seal(0, linkingTo: [], in: store)
        for index in 1..<30 {
            earlier = try seal(index, linkingTo: [earlier.link, earlier.link], in: store)
        }
        let results = try Verifier.verifyStore(
            root: store.root, trust: Fixture.trust(Fixture.key()), checkingLinks: true)
        #expect(results.sessions.allSatisfy { $0.isValid })
        let lines = results.sessions.flatMap { $0.summary.split(separator: "\n") }
        #expect(lines.count == 30 + 29 * 2)
        #expect(
            lines.last?.hasSuffix("the chain behind it verifies too (28 agreements deep)") == true,
            "\(lines.last ?? "")")
    }

    @Test func aLongChainOnDiskVerifiesFromItsNewestSession() async throws {
        // Longer than the store-wide verify that used to crash (about 1,000), on a task's small stack.
        let store = folder.store
        var earlier = try seal(0, linkingTo: [], in: store)
        for index in 1..<2_000 {
            earlier = try seal(index, linkingTo: [earlier.link], in: store)
        }
        let newest = store.sessionFolder(earlier.id)
        let result = await Task.detached {
            Verifier.verifySession(folder: newest, trust: Fixture.trust(Fixture.key()), checkingLinks: true)
        }.value
        #expect(result.isValid)
        #expect(result.chain.map(\.agreementsBehind) == [1_998])
    }
}
