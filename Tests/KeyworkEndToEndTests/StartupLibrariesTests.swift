import Foundation
import Testing

/// What the dynamic loader loads when `keywork` starts. libpq, and the twenty libraries it brings (OpenSSL,
/// Kerberos, LDAP, GnuTLS…), cost about 2.5 ms of every start; CLibpq loads them on the archive's first call
/// instead (Docs/performance.md). ArchiveEndToEndTests prove that the archive still reaches PostgreSQL.
@Suite struct StartupLibrariesTests {
    @Test func startingKeyworkLoadsNoPostgresLibrary() throws {
        // The loader lists every library it would load, then exits without running the program.
        let result = try ChildProcess.run(
            KeyworkBinary.path, ["--help"], environment: ["LD_TRACE_LOADED_OBJECTS": "1"], input: "")
        #expect(result.status == 0)
        #expect(result.output.contains("libncursesw.so"), "the trace lists the libraries: \(result.output)")
        for library in ["libpq.so", "libssl.so", "libgssapi_krb5.so", "libldap", "libgnutls.so"] {
            #expect(!result.output.contains(library), "\(library) is loaded at every start:\n\(result.output)")
        }
    }
}
