import Foundation

extension FileIO {
    /// Appends `bytes` to the file at `path` (created 0600 when missing) in one `write` with `O_APPEND`, then
    /// fsyncs it: the way the store's append-only notes are written. `what` names the file in errors.
    func appendDurably(_ bytes: [UInt8], to path: String, naming what: String) throws(RecordError) {
        var step = "open \(what)"
        do throws(Errno) {
            let descriptor = try openFile(path, flags: O_WRONLY | O_CREAT | O_APPEND, mode: 0o600)
            defer { closeFile(descriptor) }
            step = "write to \(what)"
            try writeAll(descriptor, bytes)
            step = "flush \(what) to disk"
            try sync(descriptor)
        } catch {
            throw RecordError.io(path: path, operation: step, code: error.code)
        }
    }
}
