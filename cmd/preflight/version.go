package main

import (
	"fmt"
	"runtime/debug"

	"github.com/spf13/cobra"
)

func (a *app) versionCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version of preflight",
		Args:  cobra.NoArgs,
		Run: func(*cobra.Command, []string) {
			fmt.Fprintf(a.stdout, "preflight %s\n", version())
			a.code = exitOK
		},
	}
}

// version is the module version the binary was built from: a release tag
// for `go install ...@v1.2.3`, a pseudo-version for a build in a git
// checkout, or "(devel)" when the toolchain recorded none.
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return "(devel)"
}
