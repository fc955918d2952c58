/// Follows the links from sessions to the earlier agreements they revisit (transcript-format.md §8 step 12).
///
/// Each session's own verdict (checks 1–11) is asked for once, and each session gets one chain verdict, which
/// every later link to it reuses. Links are followed with an explicit worklist, never by recursion, so a chain
/// of any length runs in bounded stack, a web of links costs one step per link, and a loop is found and named.
struct ChainCheck {
    /// Why a session's chain of earlier agreements does not hold.
    struct Break: Sendable, Equatable {
        /// The session whose own link is bad.
        var at: String
        var problem: LinkProblem
        /// How many links lie between the session with this verdict and `at`: 0 when it is `at` itself.
        var distance: Int
        /// The earlier agreement, linked to directly, through which the chain breaks (nil when `distance` is 0).
        var through: String?
    }

    /// What is wrong with one link, from the session that links.
    enum LinkProblem: Sendable, Equatable {
        case missing(String)
        case unsealed(String)
        case invalid(String, reason: String)
        case differs(String)
        /// The links lead back to a session already being followed: the ids in order, the first one again last.
        case loop([String])
    }

    enum Verdict: Sendable, Equatable {
        /// Every earlier agreement holds; `depth` is the longest chain of links behind the session.
        case holds(depth: Int)
        case broken(Break)
    }

    /// One session on the worklist: its links, the next one to follow, and the deepest chain found behind it.
    private struct Step {
        var sessionID: String
        var links: [SessionLink]
        var next = 0
        var depth = 0
    }

    private enum Following {
        case holds(depth: Int)
        case broken(Break)
        case descend(SessionVerification)
    }

    /// A session's own verdict by id (checks 1–11, and any the ledger adds); nil when its folder is missing.
    private let ownVerdict: (String) -> SessionVerification?
    private var verdicts: [String: Verdict] = [:]
    private var stack: [Step] = []
    private var onStack: [String: Int] = [:]

    init(ownVerdict: @escaping (String) -> SessionVerification?) {
        self.ownVerdict = ownVerdict
    }

    /// How many sessions have a chain verdict so far: each is reached from its files at most once.
    var sessionsSettled: Int { verdicts.count }

    /// The longest chain of links behind a session whose chain holds; 0 when it has none or is not settled.
    func depth(of sessionID: String) -> Int {
        if case .holds(let depth)? = verdicts[sessionID] { return depth }
        return 0
    }

    /// The chain verdict of a session whose own checks passed.
    mutating func verdict(for root: SessionVerification) -> Verdict {
        if let known = verdicts[root.sessionID] { return known }
        push(root)
        while let top = stack.last {
            guard top.next < top.links.count else {
                finishTop(.holds(depth: top.depth))
                continue
            }
            let link = top.links[top.next]
            switch follow(link, from: top.sessionID) {
            case .holds(let depth):
                stack[stack.count - 1].depth = max(top.depth, depth + 1)
                stack[stack.count - 1].next += 1
            case .broken(let found):
                finishTop(.broken(found))
            case .descend(let earlier):
                push(earlier)
            }
        }
        return verdicts[root.sessionID] ?? .holds(depth: 0)
    }

    private mutating func push(_ session: SessionVerification) {
        onStack[session.sessionID] = stack.count
        stack.append(Step(sessionID: session.sessionID, links: session.links))
    }

    private mutating func finishTop(_ verdict: Verdict) {
        guard let top = stack.popLast() else { return }
        onStack[top.sessionID] = nil
        verdicts[top.sessionID] = verdict
    }

    /// What one link comes to, in the documented order: missing, a loop, not sealed, failing its own checks,
    /// another journal than the link's, then the earlier agreement's own chain.
    private func follow(_ link: SessionLink, from sessionID: String) -> Following {
        func broken(_ problem: LinkProblem) -> Following {
            .broken(Break(at: sessionID, problem: problem, distance: 0, through: nil))
        }
        guard let earlier = ownVerdict(link.sessionID) else { return broken(.missing(link.sessionID)) }
        if let position = onStack[link.sessionID] {
            return broken(.loop(stack[position...].map(\.sessionID) + [link.sessionID]))
        }
        switch earlier.outcome {
        case .unfinished: return broken(.unsealed(link.sessionID))
        case .invalid(let reason): return broken(.invalid(link.sessionID, reason: reason))
        case .valid: break
        }
        guard earlier.journalSHA256 == link.journalSHA256 else { return broken(.differs(link.sessionID)) }
        switch verdicts[link.sessionID] {
        case .holds(let depth)?:
            return .holds(depth: depth)
        case .broken(let behind)?:
            return .broken(
                Break(at: behind.at, problem: behind.problem, distance: behind.distance + 1, through: link.sessionID))
        case nil:
            return .descend(earlier)
        }
    }
}

extension ChainCheck.Break {
    /// The reason the session with this verdict is invalid, in words; a long path is shortened, never printed whole.
    var reason: String {
        guard let through, distance > 0 else { return problem.sentence(for: "this session") }
        let further = distance == 1 ? "1 link further back" : "\(distance) links further back"
        return "the earlier agreement \(through) that this session revisits does not verify: "
            + "its chain breaks \(further), at \(at): " + problem.sentence(for: at)
    }
}

extension ChainCheck.LinkProblem {
    /// The problem in words, told of `subject`: "this session", or the id of a session further back.
    func sentence(for subject: String) -> String {
        switch self {
        case .missing(let id):
            return "the earlier agreement \(id) that \(subject) revisits is missing from the store"
        case .unsealed(let id):
            return "the earlier agreement \(id) that \(subject) revisits is not sealed"
        case .invalid(let id, let reason):
            return "the earlier agreement \(id) that \(subject) revisits does not verify: \(reason)"
        case .differs(let id):
            return "the earlier agreement \(id) is not the one \(subject) revisits: "
                + "its journal's SHA-256 differs from the link's"
        case .loop(let ids) where ids.count == 2:
            return "\(subject == "this session" ? "the session" : subject) links to itself as its own earlier agreement"
        case .loop(let ids):
            return "the earlier agreements link round in a loop: " + ChainCheck.LinkProblem.path(ids)
        }
    }

    /// `a → b → c`, or for a long path its first three and last two ids around how many were left out.
    static func path(_ ids: [String]) -> String {
        guard ids.count > 6 else { return ids.joined(separator: " → ") }
        let left = ids.count - 5
        return (ids.prefix(3) + ["… (\(left) more) …"] + ids.suffix(2)).joined(separator: " → ")
    }
}
