package parser

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/preflight-iac/preflight/graph"
	"github.com/preflight-iac/preflight/parser/arm"
	"github.com/preflight-iac/preflight/parser/terraform"
)

// Options configure Load.
type Options struct {
	Terraform terraform.Options
	ARM       arm.Options
	// Exclude, when set, names the files and folders (as reported) that
	// discovery skips in both formats; a module a scanned root calls is
	// still read wherever it is.
	Exclude func(reported string) bool
}

// Load scans every path (a directory, or a file whose directory is then
// scanned as a module) and returns the merged graph, sorted. Reported file
// names are the path as named plus the path below it, with forward slashes.
// The error is non-nil only when a path does not exist or cannot be read.
func Load(paths []string, opts Options) (*graph.Graph, error) {
	if len(paths) == 0 {
		paths = []string{"."}
	}
	g := &graph.Graph{Files: map[string][]byte{}}
	if opts.Exclude != nil {
		opts.Terraform.Exclude, opts.ARM.Exclude = opts.Exclude, opts.Exclude
	}
	seen := map[string]bool{}
	// ARM parameters (--param, --param-file) apply to the whole scan, so
	// the ARM trees are evaluated together: an undeclared name is then
	// warned about once, not once per path.
	var armRoots []arm.Root
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("scan %s: %w", p, err)
		}
		dir := p
		if !fi.IsDir() {
			dir = filepath.Dir(p)
		}
		dir = filepath.Clean(dir)
		if seen[dir] {
			continue
		}
		seen[dir] = true
		// os.Root confines every read to dir: a symbolic link that leads
		// outside it (to /etc/passwd, /proc/self/environ) cannot be read
		// through file(), a module source or a linked template.
		root, err := os.OpenRoot(dir)
		if err != nil {
			return nil, fmt.Errorf("scan %s: %w", p, err)
		}
		defer root.Close()
		fsys, prefix := root.FS(), displayPrefix(dir)
		g.Merge(terraform.Load(fsys, prefix, opts.Terraform))
		armRoots = append(armRoots, arm.Root{FS: fsys, Prefix: prefix})
	}
	g.Merge(arm.LoadAll(armRoots, opts.ARM))
	g.Qualify()
	g.Sort()
	return g, nil
}

// displayPrefix is the prefix of reported file names for files below dir:
// "" for the current directory, else dir with forward slashes.
func displayPrefix(dir string) string {
	if dir == "." {
		return ""
	}
	return strings.TrimSuffix(filepath.ToSlash(dir), "/")
}
