package terraform

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/preflight-iac/preflight/graph"
)

// FuzzLoad feeds arbitrary text to Load as the only file of a module. Load
// must not panic, and every range it reports must name a file and, for
// main.tf, lie within the source.
func FuzzLoad(f *testing.F) {
	_ = filepath.WalkDir(goldenDir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasSuffix(p, ".golden.json") {
			return nil
		}
		if src, err := os.ReadFile(p); err == nil {
			f.Add(src)
		}
		return nil
	})
	f.Fuzz(func(t *testing.T, src []byte) {
		fsys := fstest.MapFS{"main.tf": {Data: src}}
		g := Load(fsys, "", Options{})
		check := func(what string, r graph.Range) {
			if r.Filename == "" {
				t.Fatalf("%s has a range without a file name: %+v", what, r)
			}
			if r.Filename != "main.tf" {
				return
			}
			if r.Start.Byte < 0 || r.Start.Byte > r.End.Byte || r.End.Byte > len(src) {
				t.Fatalf("%s has range %+v outside [0, %d]", what, r, len(src))
			}
		}
		for _, r := range g.Resources {
			check(r.ID, r.Range)
			for p, rg := range r.Ranges {
				check(r.ID+" "+p, rg)
			}
			for p, o := range r.Origins {
				for _, s := range o {
					if s.Range.Filename != "" {
						check(r.ID+" origin of "+p, s.Range)
					}
				}
			}
		}
		for _, d := range g.Diagnostics {
			if d.Range != nil {
				check("diagnostic "+d.Summary, *d.Range)
			}
		}
	})
}
