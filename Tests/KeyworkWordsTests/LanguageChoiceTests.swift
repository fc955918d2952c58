import Testing

@testable import KeyworkWords

@Test func theFlagComesBeforeTheEnvironmentTheConfigAndTheLocale() throws {
    let environment = ["KEYWORK_LANGUAGE": "en", "LANG": "en_GB.UTF-8"]
    #expect(try LanguageChoice.choose(flag: "pl", environment: environment, configured: "en") == .polish)
}

@Test func keyworkLanguageComesBeforeTheConfigAndTheLocale() throws {
    let environment = ["KEYWORK_LANGUAGE": "pl", "LANG": "en_GB.UTF-8"]
    #expect(try LanguageChoice.choose(flag: nil, environment: environment, configured: "en") == .polish)
}

@Test func theConfigComesBeforeTheLocale() throws {
    #expect(try LanguageChoice.choose(flag: nil, environment: ["LANG": "en_GB.UTF-8"], configured: "pl") == .polish)
}

@Test func theLocaleIsReadInPosixOrder() throws {
    #expect(try LanguageChoice.choose(flag: nil, environment: ["LANG": "pl_PL.UTF-8"]) == .polish)
    #expect(try LanguageChoice.choose(flag: nil, environment: ["LC_MESSAGES": "pl_PL", "LANG": "en_GB"]) == .polish)
    #expect(
        try LanguageChoice.choose(flag: nil, environment: ["LC_ALL": "en_GB.UTF-8", "LC_MESSAGES": "pl_PL"])
            == .english)
}

@Test func aLocaleWithoutATableOrNoneAtAllMeansEnglish() throws {
    #expect(try LanguageChoice.choose(flag: nil, environment: ["LANG": "de_DE.UTF-8"]) == .english)
    #expect(try LanguageChoice.choose(flag: nil, environment: ["LC_ALL": "C", "LANG": "pl_PL.UTF-8"]) == .english)
    #expect(try LanguageChoice.choose(flag: nil, environment: [:]) == .english)
}

@Test func codesAreReadWithoutCaseOrRegion() throws {
    #expect(Language(code: "PL") == .polish)
    #expect(Language(code: "pl-PL") == .polish)
    #expect(Language(code: "en_GB.UTF-8@euro") == .english)
    #expect(Language(code: "cy") == nil)
}

@Test func anUnknownCodeGivenOnPurposeIsAnErrorThatListsTheKnownOnes() {
    #expect(throws: LanguageChoice.UnknownLanguage(code: "cy", source: "--language")) {
        try LanguageChoice.choose(flag: "cy", environment: ["LANG": "pl_PL.UTF-8"])
    }
    #expect(throws: LanguageChoice.UnknownLanguage(code: "xx", source: "KEYWORK_LANGUAGE")) {
        try LanguageChoice.choose(flag: nil, environment: ["KEYWORK_LANGUAGE": "xx"])
    }
    #expect(LanguageChoice.available == "en (English), pl (polski)")
}

@Test func anEmptyFlagOrVariableIsTreatedAsNotGiven() throws {
    #expect(try LanguageChoice.choose(flag: "", environment: ["KEYWORK_LANGUAGE": "", "LANG": "pl_PL"]) == .polish)
}
