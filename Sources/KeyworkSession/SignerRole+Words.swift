import KeyworkGuides
import KeyworkWords

extension SignerRole {
    /// The role in running text: "client", "keyworker".
    public var phrase: Phrase {
        switch self {
        case .client: .roleClient
        case .keyworker: .roleKeyworker
        case .facilitator: .roleFacilitator
        }
    }

    /// The role as a label: "Client", "Keyworker".
    public var labelPhrase: Phrase {
        switch self {
        case .client: .signerClient
        case .keyworker: .signerKeyworker
        case .facilitator: .signerFacilitator
        }
    }
}
