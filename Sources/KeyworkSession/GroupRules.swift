import KeyworkGuides
import KeyworkWords

/// What a group walkthrough needs that a one-to-one session does not: a head count before the first
/// screen, no client reference, and the facilitator as the only signer.
enum GroupRules {
    static func checkStart(_ state: SessionState) throws(SessionRefusal) {
        switch state.guide.mode {
        case .group:
            guard state.context.clientReference == nil else {
                throw SessionRefusal(.refuseGroupHasNoClient)
            }
            guard let participants = state.context.participants, participants.headCount >= 1 else {
                throw SessionRefusal(.refuseGroupNeedsHeadCount)
            }
            guard participants.initials.count <= participants.headCount else {
                throw SessionRefusal(.refuseMoreInitialsThanPeople)
            }
        case .session:
            guard state.context.participants == nil else {
                throw SessionRefusal(.refuseSessionHasNoGroup)
            }
        }
    }

    static func checkSigner(_ role: SignerRole, in state: SessionState) throws(SessionRefusal) {
        guard state.guide.mode == .group, role != .facilitator else { return }
        throw SessionRefusal(.refuseOnlyFacilitatorSigns)
    }
}
