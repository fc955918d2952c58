import KeyworkNcurses
import KeyworkScreen
import Testing

@Suite struct StyleAttributesTests {
    @Test(arguments: [true, false]) func theSelectionIsReverseVideoWithOrWithoutColour(color: Bool) {
        #expect(StyleAttributes.for(.selected, color: color).attributes.contains(.reverse))
    }

    @Test func withoutColourNoRoleHasAColourButEachKeepsItsAttributes() {
        for role in StyleRole.allCases {
            let mono = StyleAttributes.for(role, color: false)
            #expect(mono.color == nil, "\(role) has a colour on a monochrome terminal")
            #expect(mono.attributes == StyleAttributes.for(role, color: true).attributes, "\(role)")
        }
    }

    @Test func eachRoleLooksAsTheDesignSays() {
        #expect(StyleAttributes.for(.normal, color: true) == StyleAttributes([]))
        #expect(StyleAttributes.for(.title, color: true) == StyleAttributes(.bold, color: .title))
        #expect(StyleAttributes.for(.emphasis, color: true) == StyleAttributes(.bold))
        #expect(StyleAttributes.for(.selected, color: true) == StyleAttributes(.reverse))
        #expect(StyleAttributes.for(.footer, color: true) == StyleAttributes(.reverse))
        #expect(StyleAttributes.for(.dim, color: true) == StyleAttributes(.dim))
        #expect(StyleAttributes.for(.warning, color: true) == StyleAttributes(.bold, color: .warning))
        #expect(StyleAttributes.for(.input, color: true) == StyleAttributes(.underline))
        #expect(StyleAttributes.for(.border, color: true) == StyleAttributes([], color: .border))
    }

    @Test func everyRoleThatCarriesMeaningIsVisibleWithoutColour() {
        let meaningful: [StyleRole] = [.title, .emphasis, .selected, .footer, .warning, .input]
        for role in meaningful {
            #expect(!StyleAttributes.for(role, color: false).attributes.isEmpty, "\(role) relies on colour alone")
        }
    }
}
