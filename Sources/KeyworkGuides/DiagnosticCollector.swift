import Yams

/// Gathers diagnostics while one guide file is decoded, so that every problem is reported, not just the first.
final class DiagnosticCollector {
    let file: String
    private(set) var diagnostics: [GuideDiagnostic] = []

    init(file: String) {
        self.file = file
    }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The 1-based position of a node; Yams marks already count from 1.
    func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(file: file, line: 1, column: 1) }
        return SourceLocation(file: file, line: max(mark.line, 1), column: max(mark.column, 1))
    }

    func error(_ message: String, at location: SourceLocation, note: String? = nil) {
        diagnostics.append(GuideDiagnostic(severity: .error, location: location, message: message, note: note))
    }

    func error(_ message: String, at node: Node, note: String? = nil) {
        error(message, at: location(of: node), note: note)
    }
}

/// "Did you mean" suggestions, by edit distance.
enum Suggestion {
    /// The candidate closest to `word`, if it is close enough to be a likely typo.
    static func closest(to word: String, in candidates: [String]) -> String? {
        let lowered = word.lowercased()
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(lowered, candidate.lowercased())
            if distance < (best?.distance ?? Int.max) {
                best = (candidate, distance)
            }
        }
        guard let best else { return nil }
        // A third of the word's length lets "titel" find "title" but stops "id" suggesting "is".
        let allowed = max(1, min(3, max(word.count, best.candidate.count) / 3))
        return best.distance <= allowed ? best.candidate : nil
    }

    /// "did you mean 'x'? " when there is a close candidate, else "".
    static func didYouMean(_ word: String, in candidates: [String]) -> String {
        closest(to: word, in: candidates).map { "did you mean '\($0)'? " } ?? ""
    }

    /// Levenshtein distance over characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
