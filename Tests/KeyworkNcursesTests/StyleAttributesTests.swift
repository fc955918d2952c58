import KeyworkNcurses
import KeyworkScreen
import Testing

@Suite struct StyleAttributesTests {
    @Test(arguments: [true, false]) func theSelectionIsReverseVideoWithOrWithoutColour(color: Bool) {
        #expect(StyleAttributes.for(.selected, color: color).attributes.contains(.reverse))
    }

    @Test func withoutColourNoRoleHasAColourAndCautionsAreBoldInstead() {
        for role in StyleRole.allCases {
            let mono = StyleAttributes.for(role, color: false)
            #expect(mono.color == nil, "\(role) has a colour on a monochrome terminal")
            let coloured = StyleAttributes.for(role, color: true)
            if coloured.color == nil {
                #expect(mono.attributes == coloured.attributes, "\(role)")
            } else {
                #expect(mono.attributes == coloured.attributes.union(.bold), "\(role)")
            }
        }
    }

    @Test func eachRoleLooksAsTheDesignSays() {
        #expect(StyleAttributes.for(.normal, color: true) == StyleAttributes([]))
        #expect(StyleAttributes.for(.title, color: true) == StyleAttributes(.bold))
        #expect(StyleAttributes.for(.emphasis, color: true) == StyleAttributes(.bold))
        #expect(StyleAttributes.for(.selected, color: true) == StyleAttributes(.reverse))
        #expect(StyleAttributes.for(.footer, color: true) == StyleAttributes(.reverse))
        #expect(StyleAttributes.for(.dim, color: true) == StyleAttributes([]))
        #expect(StyleAttributes.for(.warning, color: true) == StyleAttributes([], color: .warning))
        #expect(StyleAttributes.for(.input, color: true) == StyleAttributes(.underline))
        #expect(StyleAttributes.for(.border, color: true) == StyleAttributes([]))
    }

    /// A colour pair sets both colours, so it reads the same on any background, and is never bold.
    @Test func everyColourSetsItsOwnBackgroundAndIsNeverBold() {
        for theme in Theme.allCases {
            for role in StyleRole.allCases {
                let look = StyleAttributes.for(role, theme: theme)
                guard let pair = look.color else { continue }
                #expect(!look.attributes.contains(.bold), "\(role) in \(theme) is bold on a colour")
                #expect(pair.foreground != pair.background(colors: 8))
            }
        }
    }

    @Test func everyRoleThatCarriesMeaningIsVisibleWithoutColour() {
        let meaningful: [StyleRole] = [.title, .emphasis, .selected, .footer, .warning, .input]
        for role in meaningful {
            #expect(!StyleAttributes.for(role, color: false).attributes.isEmpty, "\(role) relies on colour alone")
        }
    }
}
