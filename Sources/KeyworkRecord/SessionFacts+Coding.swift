import KeyworkGuides

/// The facts of a session as fields of a due index line (transcript-format.md §14), in a fixed order after the
/// session id: verdict, reason, seal time, journal SHA-256, key (by its number in the index's table of keys), links,
/// client, guide id and version, closed as not used, agreement, wait (date, what for, how told), no agreement since,
/// next review. Dates are day numbers since 1970-01-01.
extension SessionFacts {
    /// How many fields `add(to:keySlot:)` writes, the id among them.
    static let fieldCount = 17

    func add(to fields: inout IndexFields, keySlot: ([UInt8]) -> Int) {
        fields.add(sessionID)
        switch outcome {
        case .valid: fields.add(raw: "valid")
        case .unfinished: fields.add(raw: "unfinished")
        case .invalid: fields.add(raw: "invalid")
        }
        if case .invalid(let reason) = outcome {
            fields.add(optional: reason)
        } else {
            fields.add(optional: nil as String?)
        }
        fields.add(optional: sealedAt)
        fields.add(optional: journalSHA256)
        fields.add(optional: publicKey.map(keySlot))
        fields.add(words: links.flatMap { [$0.sessionID, $0.journalSHA256] })
        fields.add(optional: clientReference)
        fields.add(guideID)
        fields.add(guideVersion)
        fields.add(raw: closedNotUsed ? "1" : "0")
        switch agreement {
        case .signed(let next)?: fields.add(raw: "r" + (next.map { String($0.dayNumber) } ?? ""))
        case .unreadable(let reason)?:
            var text: [UInt8] = [UInt8(ascii: "u")]
            IndexFields.escape(reason, into: &text)
            fields.add(raw: String(decoding: text, as: UTF8.self))
        case nil: fields.add(raw: "")
        }
        fields.add(optional: wait?.date.dayNumber)
        fields.add(optional: wait?.waitingFor)
        fields.add(optional: wait?.howToldOfDelays)
        fields.add(optional: noAgreementSince?.dayNumber)
        fields.add(optional: nextReview?.dayNumber)
    }

    /// The facts `add(to:keySlot:)` wrote in `fields` (exactly `fieldCount` of them), with the index's `keys`; nil
    /// when any field is not as it writes it.
    init?(fields: ArraySlice<ArraySlice<UInt8>>, keys: [[UInt8]]) {
        guard fields.count == Self.fieldCount else { return nil }
        var field = fields.makeIterator()
        func next() -> ArraySlice<UInt8> { field.next() ?? [] }
        guard let id = IndexFields.text(next()), Store.isValidSessionID(id) else { return nil }
        let verdict = next()
        guard let reason = IndexFields.optionalText(next()) else { return nil }
        switch (String(decoding: verdict, as: UTF8.self), reason) {
        case ("valid", nil): self.init(sessionID: id, outcome: .valid)
        case ("unfinished", nil): self.init(sessionID: id, outcome: .unfinished)
        case ("invalid", let reason?): self.init(sessionID: id, outcome: .invalid(reason: reason))
        default: return nil
        }
        guard let sealedAt = IndexFields.optionalText(next()), let sha256 = IndexFields.optionalText(next()),
            let keySlot = IndexFields.optionalNumber(next())
        else { return nil }
        if let keySlot {
            guard keySlot >= 0, keySlot < keys.count else { return nil }
            publicKey = keys[Int(keySlot)]
        }
        (self.sealedAt, journalSHA256) = (sealedAt, sha256)
        let words = next()
        if !words.isEmpty {
            let parts = words.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
            guard parts.count % 2 == 0 else { return nil }
            for pair in stride(from: parts.startIndex, to: parts.endIndex, by: 2) {
                guard let id = IndexFields.text(parts[pair]), let hash = IndexFields.text(parts[pair + 1]) else {
                    return nil
                }
                links.append(SessionLink(sessionID: id, journalSHA256: hash))
            }
        }
        guard let client = IndexFields.optionalText(next()), let guideID = IndexFields.text(next()),
            let guideVersion = IndexFields.text(next())
        else { return nil }
        (clientReference, self.guideID, self.guideVersion) = (client, guideID, guideVersion)
        switch next() {
        case [UInt8(ascii: "0")]: closedNotUsed = false
        case [UInt8(ascii: "1")]: closedNotUsed = true
        default: return nil
        }
        let agreement = next()
        switch agreement.first {
        case nil: self.agreement = nil
        case UInt8(ascii: "r"):
            guard let day = Self.day(agreement.dropFirst()) else { return nil }
            self.agreement = .signed(nextRevisit: day)
        case UInt8(ascii: "u"):
            guard let reason = IndexFields.text(agreement.dropFirst()) else { return nil }
            self.agreement = .unreadable(reason: reason)
        default: return nil
        }
        guard let waitDate = Self.day(next()), let waitingFor = IndexFields.optionalText(next()),
            let told = IndexFields.optionalText(next()), let noAgreement = Self.day(next()),
            let review = Self.day(next())
        else { return nil }
        if let waitDate {
            wait = Wait(date: waitDate, waitingFor: waitingFor, howToldOfDelays: told)
        } else if waitingFor != nil || told != nil {
            return nil
        }
        (noAgreementSince, nextReview) = (noAgreement, review)
    }

    /// `.some(nil)` for an empty field, `.some(date)` for a day number in range, nil for anything else.
    private static func day(_ field: ArraySlice<UInt8>) -> GuideDate?? {
        guard let number = IndexFields.optionalNumber(field) else { return nil }
        guard let number else { return .some(nil) }
        return abs(number) < 10_000_000 ? .some(GuideDate(dayNumber: Int(number))) : nil
    }
}
