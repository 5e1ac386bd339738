import Foundation
import EcosystemStore

/// The files `e` (a brief) and `x` (a bundle) write, under the rule of every
/// file tisep writes (``OutputFile``): the default name carries the date and
/// time and never collides; a name the user typed that exists is replaced
/// only after a yes on the status line; the database is never written.
extension AppController {
    func proposeOutputName(_ purpose: Prompt.Purpose) {
        state.prompt = Prompt(purpose: purpose, text: OutputFile.freshName(purpose.fileStem, extension: purpose.fileExtension, at: now()))
    }

    func writeOutput(_ purpose: Prompt.Purpose, path: String, replace: Bool) {
        let output = OutputFile(path, replace: replace, database: store.file.path)
        do {
            switch purpose {
            case let .brief(code):
                try BriefWriter.write(code: code, format: BriefFormat(fileName: path) ?? .md, to: output, store: store,
                                      thai: state.thai, includePrivate: false)
                state.status = state.texts("เขียนสรุปแล้ว: ", "wrote the brief: ") + path
            case let .bundle(code):
                let report = try output.write { try store.sync.exportBundle(to: $0, options: BundleExportOptions(area: code)) }
                state.status = state.texts("ส่งออกแล้ว \(report.records) รายการ: ", "exported \(report.records) records: ") + path
                    + (report.privateLeftOut > 0 ? state.texts(" (ไม่รวมผู้ติดต่อส่วนตัว \(report.privateLeftOut))", " (\(report.privateLeftOut) private contacts left out)") : "")
            }
        } catch OutputFileError.exists where !replace {
            // The name as typed is on the line above; its last part keeps room for "y · n".
            let name = (path as NSString).lastPathComponent
            state.confirmation = Confirmation(question: state.texts("มีไฟล์ \(name) อยู่แล้ว แทนที่ไหม?", "\(name) exists; replace it?"),
                                              act: .replaceFile(purpose, path: path))
        } catch {
            state.status = "tisep: error: \(error)"
        }
    }
}

extension Prompt.Purpose {
    var fileStem: String {
        switch self {
        case let .brief(code): return "brief-\(code)"
        case let .bundle(code): return "tisep-\(code)"
        }
    }

    var fileExtension: String {
        switch self {
        case .brief: return "md"
        case .bundle: return "bundle"
        }
    }
}
