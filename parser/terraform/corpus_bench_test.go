package terraform

import (
	"os"
	"testing"
)

// BenchmarkLoadCorpus loads the tree named by PREFLIGHT_BENCH_CORPUS (a
// corpus written by scripts/gencorpus); it is skipped when that is unset.
func BenchmarkLoadCorpus(b *testing.B) {
	dir := os.Getenv("PREFLIGHT_BENCH_CORPUS")
	if dir == "" {
		b.Skip("PREFLIGHT_BENCH_CORPUS is not set")
	}
	fsys := os.DirFS(dir)
	b.ReportAllocs()
	for b.Loop() {
		g := Load(fsys, "", Options{})
		if len(g.Resources) == 0 {
			b.Fatal("no resources")
		}
	}
}
