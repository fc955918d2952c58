/// Reads text aloud in the background. Speaking never blocks input: `speak` starts and returns at once,
/// and the run loop calls `stop` on the next key.
public protocol Speaker: AnyObject {
    /// Starts reading `text` aloud, stopping anything still being read. False when speech is unavailable.
    func speak(_ text: String) -> Bool
    /// Stops reading at once; does nothing when nothing is being read.
    func stop()
}
