package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"
	"golang.org/x/term"
)

// Exit codes.
const (
	exitOK       = 0 // nothing at or above the failure threshold
	exitFindings = 1 // findings at or above the threshold
	exitError    = 2 // bad flag, unreadable or unparsable input, bad policy
)

// app is what the commands share: the process's streams and environment as
// run received them, and the exit code the command that ran chose.
type app struct {
	env    map[string]string
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	// isTerminal reports whether a writer is an interactive terminal; tests
	// replace it to exercise colour.
	isTerminal func(io.Writer) bool
	code       int
	// progress is the progress line of a running scan, or nil.
	progress *progress
}

// run is main without the process: it parses args, runs the command and
// returns the exit code. env is in os.Environ form.
func run(ctx context.Context, args, env []string, stdin io.Reader, stdout, stderr io.Writer) int {
	a := &app{
		env:        parseEnv(env),
		stdin:      stdin,
		stdout:     stdout,
		stderr:     stderr,
		isTerminal: isTerminal,
	}
	return a.run(ctx, args)
}

func (a *app) run(ctx context.Context, args []string) int {
	root := a.rootCommand()
	// A non-nil slice keeps cobra from falling back to os.Args.
	root.SetArgs(append([]string{}, terraformStyleFlags(args)...))
	c, err := root.ExecuteContextC(ctx)
	if err != nil {
		// Commands report their own failures and set a.code; an error
		// here is always a mistake in the command line: one cobra rejects
		// (unknown flag, wrong number of arguments, a flag value that does
		// not parse) or a flag value a command rejects.
		path := "preflight"
		if c != nil {
			path = c.CommandPath()
		}
		fmt.Fprintf(a.stderr, "preflight: %v\nRun '%s --help' for usage.\n", err, path)
		return exitError
	}
	return a.code
}

func (a *app) rootCommand() *cobra.Command {
	root := &cobra.Command{
		Use:   "preflight",
		Short: "Check the customer's side of the cloud shared-responsibility model in IaC before deploy",
		Long: `preflight checks the customer's side of the cloud shared-responsibility model
in Terraform files and ARM templates before anything is deployed: data,
identity and access, network and firewall configuration, encryption, and
logging.

Exit codes: 0 nothing at or above the failure threshold, 1 findings,
2 an error (bad flag, unreadable or unparsable file, bad policy).`,
		SilenceErrors: true,
		SilenceUsage:  true,
		// cobra would print suggestions over several lines; unknownCommand
		// keeps a usage error to one line.
		DisableSuggestions: true,
		Args:               cobra.ArbitraryArgs,
		RunE: func(c *cobra.Command, args []string) error {
			if len(args) == 0 {
				return c.Help()
			}
			return unknownCommand(c, args[0])
		},
	}
	root.SetIn(a.stdin)
	root.SetOut(a.stdout)
	root.SetErr(a.stderr)
	root.AddCommand(a.scanCommand(), a.baselineCommand(), a.fixCommand(), a.rulesCommand(), a.testCommand(), a.inspectCommand(), a.versionCommand())
	return root
}

// unknownCommand is the usage error for `preflight NAME` when NAME is not a
// command, with the closest command names as a hint.
func unknownCommand(root *cobra.Command, name string) error {
	root.SuggestionsMinimumDistance = 2
	if s := root.SuggestionsFor(name); len(s) > 0 {
		return fmt.Errorf("unknown command %q (did you mean %s?)", name, strings.Join(s, " or "))
	}
	return fmt.Errorf("unknown command %q", name)
}

// fail prints an error that is not the user's command line (an unreadable
// path, an I/O error) and returns exitError.
func (a *app) fail(err error) int {
	a.progress.stop()
	fmt.Fprintf(a.stderr, "preflight: %v\n", err)
	return exitError
}

// useColor decides colour for the text report: only on a terminal, and
// never when NO_COLOR is set to anything (https://no-color.org) or
// --no-color was given.
func (a *app) useColor(noColor bool) bool {
	if noColor || a.env["NO_COLOR"] != "" {
		return false
	}
	return a.isTerminal(a.stdout)
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// parseEnv turns os.Environ-style entries into a map; later entries win,
// as in the process environment.
func parseEnv(env []string) map[string]string {
	m := make(map[string]string, len(env))
	for _, kv := range env {
		if k, v, ok := strings.Cut(kv, "="); ok && k != "" {
			m[k] = v
		}
	}
	return m
}

// terraformStyleFlags accepts Terraform's single-dash spelling of the
// variable flags (-var, -var-file), which users type out of habit, by
// rewriting them to the double-dash form pflag parses. pflag would
// otherwise read -var as the shorthands -v -a -r. Arguments after "--" are
// left alone.
func terraformStyleFlags(args []string) []string {
	out := make([]string, len(args))
	for i, arg := range args {
		if arg == "--" {
			copy(out[i:], args[i:])
			break
		}
		for _, name := range []string{"-var", "-var-file"} {
			if arg == name || strings.HasPrefix(arg, name+"=") {
				arg = "-" + arg
				break
			}
		}
		out[i] = arg
	}
	return out
}
