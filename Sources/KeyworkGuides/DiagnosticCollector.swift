import KeyworkDiagnostics
import Yams

/// Gathers diagnostics while one guide file is decoded, so that every problem is reported, not just the first.
final class DiagnosticCollector {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

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
        diagnostics.append(Diagnostic(severity: .error, location: location, message: message, note: note))
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
        // Short words allow one slip, longer ones two or three, so a suggestion is a likely typo, not a guess.
        let length = max(word.count, best.candidate.count)
        let allowed = length <= 4 ? 1 : length <= 8 ? 2 : 3
        return best.distance <= allowed ? best.candidate : nil
    }

    /// "did you mean 'x'? " when there is a close candidate, else "".
    static func didYouMean(_ word: String, in candidates: [String]) -> String {
        closest(to: word, in: candidates).map { "did you mean '\($0)'? " } ?? ""
    }

    /// Edit distance over characters, counting a swap of two neighbours as one edit (optimal string
    /// alignment), since swapped letters are the commonest typo.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
