import KeyworkGuides

/// What a group walkthrough needs that a one-to-one session does not: a head count before the first
/// screen, no client reference, and the facilitator as the only signer.
enum GroupRules {
    static func checkStart(_ state: SessionState) throws(SessionRefusal) {
        switch state.guide.mode {
        case .group:
            guard state.context.clientReference == nil else {
                throw SessionRefusal("A group walkthrough has no client reference. Start it without one.")
            }
            guard let participants = state.context.participants, participants.headCount >= 1 else {
                throw SessionRefusal("Please give how many people are in the group before starting.")
            }
            guard participants.initials.count <= participants.headCount else {
                throw SessionRefusal("There are more initials than people in the group. Please check.")
            }
        case .session:
            guard state.context.participants == nil else {
                throw SessionRefusal("A one-to-one session has no group. Use a group guide for a group.")
            }
        }
    }

    static func checkSigner(_ role: SignerRole, in state: SessionState) throws(SessionRefusal) {
        guard state.guide.mode == .group, role != .facilitator else { return }
        throw SessionRefusal("In a group walkthrough only the facilitator signs.")
    }
}
