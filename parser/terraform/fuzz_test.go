package terraform

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/preflight-iac/preflight/internal/graphtest"
)

// FuzzLoad feeds arbitrary text to Load as the only file of a module. Load
// must not panic, and every range it reports (resources, attributes,
// origins, diagnostics) must name a file it read and lie within it.
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
		graphtest.CheckRanges(t, g)
	})
}
