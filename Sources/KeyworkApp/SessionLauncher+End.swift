import Foundation
import KeyworkRecord
import KeyworkScreen
import KeyworkSession
import KeyworkText
import KeyworkWords

extension SessionLauncher {
    /// What the end screen offers, in this order; printing only when the computer has a printer.
    enum EndChoice {
        case save, print, leave
    }

    /// The end of a sealed session: the session id and the receipt code large and plain, and the client's copy
    /// saved to the copy folder or printed, until the keyworker goes home (or finishes, outside the home screen).
    func showEnd(of final: SessionState, sessionID: String, receiptCode: String, words ending: Words) throws {
        let isGroup = final.guide.mode == .group
        let printer = Printer.find(environment: display.environment)
        let choices: [EndChoice] = [.save] + (printer == nil ? [] : [.print]) + [.leave]
        var menu = MenuView(
            title: ending[.sealedTitle],
            items: choices.map { choice in
                switch choice {
                case .save: ending[isGroup ? .endSaveHandout : .endSaveCopy]
                case .print: ending[.endPrint]
                case .leave: ending[startedFromHome ? .endGoHome : .endFinish]
                }
            },
            description: [
                ending[isGroup ? .sealedThanksGroup : .sealedThanks],
                ending[isGroup ? .receiptCodeWhyGroup : .receiptCodeWhy],
            ])
        // Enter goes on, as it did before the copy was offered: a hurried second Enter never saves or prints.
        menu.highlight = choices.count - 1
        menu.featured = [
            ending(.endSession, ["session": .text(sessionID)]), ending[.endReceiptCode] + " " + receiptCode,
        ]
        if let folder = settings.copyFolder {
            menu.description.append(ending(.endCopyFolder, ["folder": .text(folder)]))
        }
        while true {
            guard let index = try openFrontEnd().choose(menu) else { return }
            let outcome: CopyOutcome
            switch choices[index] {
            case .save: outcome = saveCopy(of: sessionID, words: ending)
            case .print: outcome = printCopy(of: sessionID, on: printer, words: ending)
            case .leave: return
            }
            (menu.confirmation, menu.notice) =
                switch outcome {
                case .success(let done): (done, nil)
                case .failure(let problem): (nil, problem.message)
                }
        }
    }

    /// Why a copy was not saved or printed, said on the end screen.
    struct CopyProblem: Error {
        var message: String
    }

    /// What saving or printing said: done, in a calm line, or why not.
    typealias CopyOutcome = Result<String, CopyProblem>

    /// Saves the copy in the copy folder; says where, or why not. The record itself is sealed whatever happens.
    private func saveCopy(of sessionID: String, words ending: Words) -> CopyOutcome {
        func problem(_ text: String) -> CopyOutcome {
            .failure(CopyProblem(message: ending(.copyNotSaved, ["problem": .text(text)])))
        }
        guard let folder = settings.copyFolder else {
            return problem("there is no folder for copies: set one with keywork config set copy_folder PATH")
        }
        do {
            let copy = try makeCopy(of: sessionID, words: ending)
            let saved = try SessionCopy.save(copy, sessionID: sessionID, in: folder, stores: [store.root])
            let name = ((saved.html as NSString).lastPathComponent as NSString).deletingPathExtension
            return .success(ending(.copySaved, ["name": .text(name)]))
        } catch let refusal as CopyFile.Refusal {
            return problem("\(refusal.path): \(refusal.message); \(refusal.note)")
        } catch {
            return problem(Failure(error, status: .ioError).message)
        }
    }

    private func printCopy(of sessionID: String, on printer: Printer?, words ending: Words) -> CopyOutcome {
        func problem(_ text: String) -> CopyOutcome {
            .failure(CopyProblem(message: ending(.copyNotPrinted, ["problem": .text(text)])))
        }
        guard let printer else { return problem("no printer") }
        do {
            let copy = try makeCopy(of: sessionID, words: ending)
            if let said = printer.print(copy.rendered(as: .text, timeZone: .current)) {
                return problem(TerminalText.escaped(said))
            }
            return .success(ending[.copyPrinted])
        } catch {
            return problem(Failure(error, status: .ioError).message)
        }
    }

    /// The copy, from the sealed record as verification reads it, in the language the end is said in.
    private func makeCopy(of sessionID: String, words ending: Words) throws -> ClientCopy {
        let trust = try VerificationTrust.of(store: store)
        let verified = Verifier.readVerified(folder: store.sessionFolder(sessionID), trust: trust)
        return try SessionCopy.make(verified, store: store, trust: trust, settings: settings) { _ in ending }
    }
}
