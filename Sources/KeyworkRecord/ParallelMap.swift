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
        // Small enough that the last stretch is short, large enough that the lock is taken rarely.
        let share = max(1, min(64, elements.count / (workers * 16)))
        // Each result is written straight into its place in the array returned: with 100,000 sessions, gathering
        // them in optional slots and copying them out again costs the main thread a pass of its own.
        return [Mapped](unsafeUninitializedCapacity: elements.count) { buffer, initialized in
            let results = Places(buffer.baseAddress, count: elements.count)
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                while let range = results.take(share) {
                    for index in range { results.put(transform(elements[index]), at: index) }
                }
            }
            // `concurrentPerform` returns once every element was taken and its result put in place.
            initialized = elements.count
        }
    }

    /// The places of the results, each written exactly once by whichever thread took its index, and the next
    /// indices to take.
    private final class Places<Value>: @unchecked Sendable {
        private let base: UnsafeMutablePointer<Value>?
        private let count: Int
        private var next = 0
        private let lock = NSLock()

        init(_ base: UnsafeMutablePointer<Value>?, count: Int) {
            (self.base, self.count) = (base, count)
        }

        /// The next `share` indices (fewer at the end) not yet taken; nil when every one has been.
        func take(_ share: Int) -> Range<Int>? {
            lock.lock()
            defer { lock.unlock() }
            guard next < count else { return nil }
            let range = next..<min(next + share, count)
            next = range.upperBound
            return range
        }

        /// Only the thread that took `index` writes it, once, so no two threads touch the same place.
        func put(_ value: Value, at index: Int) {
            base?.advanced(by: index).initialize(to: value)
        }
    }
}
