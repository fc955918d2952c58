import KeyworkForgery

extension DueStore {
    /// A new store in a temporary folder of the end-to-end tests'.
    init() throws {
        try self.init(root: try KeyworkBinary.temporaryStore() + "/store")
    }
}
