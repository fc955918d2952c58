/// Timings in nanoseconds, summarised by nearest-rank percentiles.
struct Samples {
    private(set) var values: [Double] = []

    var count: Int { values.count }

    mutating func add(_ value: Double) {
        values.append(value)
    }

    /// The nearest-rank percentile `p` (0–100); nil when there are no samples.
    func percentile(_ p: Double) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }

    var median: Double? { percentile(50) }
}
