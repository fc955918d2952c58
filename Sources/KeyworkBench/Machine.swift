import Foundation

/// The machine a run was measured on, as Docs/performance.md records it: the processor, and the load before and
/// after, so that a table measured on another machine or a busy one says so itself.
enum Machine {
    /// The processor's model name as the kernel reports it ("AMD EPYC", "Intel(R) Xeon(R) Processor").
    static var processor: String {
        firstLine(of: "/proc/cpuinfo", startingWith: "model name").map { value(of: $0) } ?? "unknown processor"
    }

    /// The 1-, 5- and 15-minute load averages, as /proc/loadavg gives them.
    static var loadAverage: String {
        (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?
            .split(separator: " ").prefix(3).joined(separator: " ") ?? "unknown"
    }

    static func describe() -> String {
        let memory = firstLine(of: "/proc/meminfo", startingWith: "MemTotal").map { value(of: $0) } ?? "unknown"
        let kernel =
            (try? String(contentsOfFile: "/proc/sys/kernel/osrelease", encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? "unknown"
        return """
            machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(processor), \(memory) memory, \
            Linux \(kernel)
            """
    }

    /// How `binary` was linked: the Swift runtime inside it (`--static-swift-stdlib`) or loaded from shared
    /// libraries at every start. A shared runtime costs several milliseconds of the first frame (Docs/performance.md).
    static func swiftRuntimeLinking(of binary: String) -> String {
        guard let data = FileManager.default.contents(atPath: binary) else { return "unknown" }
        return data.range(of: Data("libswiftCore.so".utf8)) == nil
            ? "Swift runtime linked in (--static-swift-stdlib)"
            : "Swift runtime in shared libraries (built without --static-swift-stdlib)"
    }

    private static func firstLine(of path: String, startingWith prefix: String) -> String? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        return text.split(separator: "\n").first { $0.hasPrefix(prefix) }.map(String.init)
    }

    private static func value(of line: String) -> String {
        guard let colon = line.firstIndex(of: ":") else { return line }
        return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }
}
