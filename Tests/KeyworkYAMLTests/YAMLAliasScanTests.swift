import Testing

@testable import KeyworkYAML

/// The alias scan finds `*name` exactly where libyaml would read an alias, and nowhere a `*` is only text.
@Suite struct YAMLAliasScanTests {
    private func alias(_ yaml: String) -> String? {
        YAMLAliasScan.firstAlias(in: yaml).map { "\($0.line):\($0.column)" }
    }

    @Test func anAliasWhereAValueStartsIsFoundAtItsStar() {
        #expect(alias("a: &x 1\nb: *x\n") == "2:4")
        #expect(alias("- &x 1\n- *x\n") == "2:3")
        #expect(alias("list: [1, *x]\n") == "1:11")
        #expect(alias("map: {k: *x}\n") == "1:10")
        #expect(alias("? *x\n: 1\n") == "1:3")
        #expect(alias("*x : 1\n") == "1:1")
        #expect(alias("outer:\n  inner:\n    - *x\n") == "3:7")
    }

    @Test func aStarInsideTextIsNotAnAlias() {
        #expect(alias("title: Press *F2* now\n") == nil)
        #expect(alias("title: 'a *b'\nother: \"x\\\" *y\"\n") == nil)
        #expect(alias("# *not an alias\nkey: value # *nor this\n") == nil)
        #expect(alias("list: [a *b, c*]\n") == nil)
        #expect(alias("key: *\n") == "1:6")
    }

    @Test func aPlainScalarGoesOnOverMoreDeeplyIndentedLines() {
        #expect(alias("title: a long\n  *emphasis* goes on\nnext: 1\n") == nil)
        #expect(alias("- id: a\n  title: a long\n    *emphasis* goes on\n") == nil)
        // At the mapping's own indentation the text has ended, and a new token starts.
        #expect(alias("title: a long\n*x: 1\n") == "2:1")
    }

    @Test func aBlockScalarHoldsEveryLineIndentedDeeperThanItsBlock() {
        let guide = """
            screens:
              - id: a
                body: |
                  *Emphasis* at the start of a line.

                  - *a bullet*
                title: Next
              - id: b
                body: >-
                  *folded*
                when: *cond
            """
        #expect(alias(guide) == "11:11")
        #expect(alias("a: |2\n    *deeper than given*\n  *x\n") == nil)
        #expect(alias("a: |\n  text\n*x: 1\n") == "3:1")
        #expect(alias("- |\n *text*\n- *x\n") == "3:3")
    }

    @Test func quotedScalarsCanSpanLines() {
        #expect(alias("a: \"first\n  *still quoted*\"\nb: *x\n") == "3:4")
        #expect(alias("a: 'it''s\n  *quoted*'\n") == nil)
    }

    @Test func propertiesAndDocumentsAreReadAsTokens() {
        #expect(alias("a: !tag *x\n") == "1:9")
        #expect(alias("[!t, *x]\n") == "1:6")
        #expect(alias("&anchor key: *x\n") == "1:14")
        #expect(alias("---\na: 1\n...\n--- *x\n") == "4:5")
        #expect(alias("%YAML 1.1\n---\n*x\n") == "3:1")
    }

    @Test func columnsCountCharactersAsLibyamlDoes() {
        #expect(alias("ź: [ą, *x]\n") == "1:8")
        #expect(alias("a: 1\r\nb: *x\r\n") == "2:4")
    }
}
