// KeyworkFrontEnd is what the two front ends (the full screen, KeyworkTerminal, and the line mode, KeyworkPlain)
// share: where a session's events go (`SessionRecorder`), the one step from an action to a recorded move
// (`take`, `perform`), how a run ends (`SessionOutcome`), speech, and the crash notice.
// It may import KeyworkSession, KeyworkWords and CKeyworkCrash. It never draws, never reads keys or lines, and never
// writes session files itself: the application hands it a recorder.

import KeyworkSession

/// Where a running session's events go. Recording must be durable (written and fsynced) before it
/// returns, because the screen moves on only afterwards.
public protocol SessionRecorder: AnyObject {
    func record(_ events: [SessionEvent]) throws
}
