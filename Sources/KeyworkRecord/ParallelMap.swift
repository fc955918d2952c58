import Foundation

/// `map` over an array on several threads, keeping the order of the input.
enum ParallelMap {
    /// Applies `transform` to every element, sharing the elements among `concurrency` threads in turn
    /// (element i goes to thread i mod `concurrency`), and returns the results in input order.
    static func map<Element: Sendable, Mapped: Sendable>(
        _ elements: [Element], concurrency: Int, _ transform: @Sendable (Element) -> Mapped
    ) -> [Mapped] {
        let workers = min(max(concurrency, 1), elements.count)
        guard workers > 1 else { return elements.map(transform) }
        let results = Slots<Mapped>(count: elements.count)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var done: [(Int, Mapped)] = []
            var index = worker
            while index < elements.count {
                done.append((index, transform(elements[index])))
                index += workers
            }
            results.fill(done)
        }
        return results.values
    }

    /// Results filled in by several threads, each slot exactly once.
    private final class Slots<Value: Sendable>: @unchecked Sendable {
        private var slots: [Value?]
        private let lock = NSLock()

        init(count: Int) {
            slots = Array(repeating: nil, count: count)
        }

        func fill(_ values: [(Int, Value)]) {
            lock.lock()
            defer { lock.unlock() }
            for (index, value) in values { slots[index] = value }
        }

        /// Every slot's value; all are filled once `concurrentPerform` has returned.
        var values: [Value] {
            lock.lock()
            defer { lock.unlock() }
            return slots.compactMap { $0 }
        }
    }
}
