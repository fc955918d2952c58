import Foundation

/// `map` over an array on several threads, keeping the order of the input.
enum ParallelMap {
    /// Applies `transform` to every element on `concurrency` threads and returns the results in input order. The
    /// threads take the elements a few at a time as each is free, so a thread slowed by other work on the machine
    /// (or by a slow element) does not hold the others back at the end.
    static func map<Element: Sendable, Mapped: Sendable>(
        _ elements: [Element], concurrency: Int, _ transform: @Sendable (Element) -> Mapped
    ) -> [Mapped] {
        let workers = min(max(concurrency, 1), elements.count)
        guard workers > 1 else { return elements.map(transform) }
        let results = Slots<Mapped>(count: elements.count)
        // Small enough that the last stretch is short, large enough that the lock is taken rarely.
        let share = max(1, min(64, elements.count / (workers * 16)))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            var done: [(Int, Mapped)] = []
            while let range = results.take(share) {
                for index in range { done.append((index, transform(elements[index]))) }
            }
            results.fill(done)
        }
        return results.values
    }

    /// Results filled in by several threads, each slot exactly once, and the next elements to take.
    private final class Slots<Value: Sendable>: @unchecked Sendable {
        private var slots: [Value?]
        private var next = 0
        private let lock = NSLock()

        init(count: Int) {
            slots = Array(repeating: nil, count: count)
        }

        /// The next `count` indices (fewer at the end) not yet taken; nil when every one has been.
        func take(_ count: Int) -> Range<Int>? {
            lock.lock()
            defer { lock.unlock() }
            guard next < slots.count else { return nil }
            let range = next..<min(next + count, slots.count)
            next = range.upperBound
            return range
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
