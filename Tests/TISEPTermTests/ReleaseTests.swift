import Foundation
import XCTest
@testable import TISEPTerm

/// The release's generated files: the man page and the bash completion come
/// from the same command table as `--help`, and `--version` says what the
/// issue asks.
final class ReleaseTests: XCTestCase {
    private var manPage: String { ManPage.render() }
    private var completion: String { BashCompletion.render() }

    func testVersionNamesSchemaBundleFormatAndCommit() throws {
        let cli = try CLIHarness(self)
        let out = cli.run("--version").out
        XCTAssertTrue(out.hasPrefix("tisep \(CommandLineTool.version) "), out)
        XCTAssertTrue(out.contains("schema "), out)
        XCTAssertTrue(out.contains("bundle format "), out)
        XCTAssertTrue(out.contains("commit \(BuildInfo.commit)"), out)
    }

    func testCommittedBuildInfoSaysBuiltFromSource() {
        // scripts/package stamps the commit for its build only and restores
        // this value; a committed stamp would be a packaging run gone wrong.
        XCTAssertEqual(BuildInfo.commit, "unknown (built from source)")
    }

    func testEveryCommandAndOptionIsInTheManPage() {
        let man = manPage
        for c in CommandLineTool.commands {
            XCTAssertTrue(man.contains(".SS \\fBtisep \(ManPage.escape(c.name))\\fR"), "man page lacks \(c.name)")
            XCTAssertTrue(man.contains(ManPage.escape(c.summary)), "man page lacks the summary of \(c.name)")
            for o in c.allOptions {
                XCTAssertTrue(man.contains("\\fB\\-\\-\(ManPage.escape(o.long))\\fR"), "man page lacks --\(o.long)")
                if let s = o.short { XCTAssertTrue(man.contains("\\fB\\-\(s)\\fR, \\fB\\-\\-\(ManPage.escape(o.long))"), "man page lacks -\(s)") }
            }
            for o in c.options {
                XCTAssertTrue(man.contains(ManPage.escape(o.help)), "man page lacks the help of \(c.name) --\(o.long)")
            }
        }
        for o in CommandLineTool.programOptions {
            XCTAssertTrue(man.contains("\\fB\\-\\-\(o.long)\\fR"), "man page lacks global --\(o.long)")
        }
    }

    /// Asks a real bash for the completions: every command for `tisep ''`,
    /// and for `tisep COMMAND -` every option the command takes, global ones
    /// included.
    func testEveryCommandAndOptionIsInTheCompletion() throws {
        guard let bash = which("bash") else { throw XCTSkip("no bash") }
        let commands = CommandLineTool.commands
        var script = completion + completeLine + "complete_line tisep ''\n" + "complete_line tisep -\n"
        for c in commands { script += "complete_line tisep \(c.name) -\n" }
        let result = try runProcess(bash, ["--norc", "--noprofile"], input: script)
        XCTAssertEqual(result.status, 0, result.err)
        let lines = result.out.split(separator: "\n", omittingEmptySubsequences: false).map { Set($0.split(separator: " ").map(String.init)) }
        XCTAssertEqual(lines.count, commands.count + 3)
        guard lines.count == commands.count + 3 else { return }
        XCTAssertEqual(lines[0], Set(commands.map(\.name) + ["help"]))
        XCTAssertEqual(lines[1], Set(CommandLineTool.programOptions.flatMap(Self.words)))
        for (i, c) in commands.enumerated() {
            XCTAssertEqual(lines[i + 2], Set(c.allOptions.flatMap(Self.words)), c.name)
        }
    }

    private static func words(_ o: OptionSpec) -> [String] { ["--" + o.long] + (o.short.map { ["-" + String($0)] } ?? []) }

    private let completeLine = """
    complete_line() { COMP_WORDS=("$@"); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); COMPREPLY=(); _tisep; echo "${COMPREPLY[*]}"; }

    """

    func testHelpListsTheSameCommands() throws {
        let cli = try CLIHarness(self)
        let help = cli.run("--help").out
        for c in CommandLineTool.commands { XCTAssertTrue(help.contains("  \(c.name) "), "--help lacks \(c.name)") }
        XCTAssertEqual(cli.run("completion", "bash").out, completion)
        XCTAssertEqual(cli.run("manpage").out, manPage)
        XCTAssertEqual(cli.run("completion", "zsh").code, 2)
    }

    func testManPageEscapesRoff() {
        XCTAssertEqual(ManPage.escape(".start -x \\"), "\\&.start \\-x \\e")
        XCTAssertEqual(ManPage.escape("ตำบล…"), "\\[u0E15]\\[u0E33]\\[u0E1A]\\[u0E25]\\[u2026]")
        XCTAssertTrue(manPage.unicodeScalars.allSatisfy(\.isASCII), "non-ASCII is written as \\[uXXXX]")
        // No line of the page starts a request by accident: every line is a
        // request we wrote, text, or a comment.
        for line in manPage.split(separator: "\n") where line.hasPrefix("'") {
            XCTFail("line starts with a quote: \(line)")
        }
    }

    /// groff reads the page without warnings, when groff is here.
    func testManPageRendersWithGroff() throws {
        guard let groff = which("groff") else { throw XCTSkip("no groff") }
        let result = try runProcess(groff, ["-man", "-Tutf8", "-ww", "-z"], input: manPage)
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertEqual(result.err, "", "groff warnings")
    }

    /// The completion script parses and completes in a real bash.
    func testCompletionWorksInBash() throws {
        guard let bash = which("bash") else { throw XCTSkip("no bash") }
        let script = completion + completeLine + """
        complete_line tisep br
        complete_line tisep brief 560101 --fo
        complete_line tisep brief 560101 --format ''
        complete_line tisep --db x.sqlite sea
        complete_line tisep map --method j
        complete_line tisep --col
        complete_line tisep help ini
        complete_line tisep completion ''

        """
        let result = try runProcess(bash, ["--norc", "--noprofile"], input: script)
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertEqual(result.err, "")
        XCTAssertEqual(result.out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init),
                       ["brief", "--format --force", "md txt html", "search", "jenks", "--color", "init", "bash", ""])
    }

    // MARK: helpers

    private func which(_ tool: String) -> String? {
        for dir in ["/usr/bin", "/bin", "/usr/local/bin"] where FileManager.default.isExecutableFile(atPath: "\(dir)/\(tool)") {
            return "\(dir)/\(tool)"
        }
        return nil
    }

    private func runProcess(_ path: String, _ args: [String], input: String) throws -> (status: Int32, out: String, err: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = args
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        p.standardInput = stdin
        p.standardOutput = stdout
        p.standardError = stderr
        try p.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }
}
