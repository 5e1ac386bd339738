extension CommandLineTool {
    package static let keysCommand = Command(
        name: "keys", synopsis: "[--markdown]",
        summary: "list the keys of the full-screen interface (docs/keys.md is this with --markdown)",
        options: [OptionSpec(long: "markdown", help: "print the key table as Markdown")],
        run: { inv in
            if inv.flag("markdown") {
                inv.context.print(Keymap.markdown(), terminator: "")
                return
            }
            let t = Texts(thai: inv.thai)
            for group in Action.Group.allCases {
                inv.context.print(group.title(t))
                for (_, action) in Keymap.bindings where action.group == group {
                    inv.context.print("  " + Keymap.keyLabel(action).padding(toLength: 12, withPad: " ", startingAt: 0)
                                      + " " + action.rawValue.padding(toLength: 20, withPad: " ", startingAt: 0) + " " + action.summary(t))
                }
            }
        })
}
