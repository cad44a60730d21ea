package main

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// TestDeterminism scans the same trees (the bundled examples and the
// malformed corpus, so findings, inconclusive results and diagnostics all
// appear) many ways: copied in different file-creation orders, each with
// GOMAXPROCS 1, 2 and 8 (map iteration order also changes from run to
// run). The JSON and SARIF reports must be byte-identical.
func TestDeterminism(t *testing.T) {
	if testing.Short() {
		t.Skip("scans the examples 18 times")
	}
	sources := map[string]string{
		"examples":  filepath.Join("..", "..", "testdata", "examples"),
		"malformed": filepath.Join("..", "..", "testdata", "malformed"),
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for name, src := range sources {
		src, err := filepath.Abs(src)
		if err != nil {
			t.Fatal(err)
		}
		t.Run(name, func(t *testing.T) {
			files := listFiles(t, src)
			orders := map[string][]string{
				"sorted":   files,
				"reversed": reversed(files),
				"shuffled": shuffled(files, 1),
			}
			want := map[string][]byte{} // by format
			wantFrom := ""
			for _, order := range []string{"sorted", "reversed", "shuffled"} {
				dir := copyTree(t, src, orders[order])
				for _, procs := range []int{1, 2, 8} {
					runtime.GOMAXPROCS(procs)
					got := scanIn(t, dir)
					run := fmt.Sprintf("%s order, GOMAXPROCS %d", order, procs)
					if want["json"] == nil {
						want, wantFrom = got, run
						continue
					}
					for _, format := range []string{"json", "sarif"} {
						if !bytes.Equal(got[format], want[format]) {
							t.Errorf("%s report of %s differs from %s:\n%s", format, run, wantFrom, firstDiff(want[format], got[format]))
						}
					}
				}
			}
		})
	}
}

// scanIn runs `preflight scan --format json --output sarif=FILE .` in dir
// and returns both reports by format.
func scanIn(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	t.Chdir(dir)
	sarif := filepath.Join(t.TempDir(), "report.sarif")
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"scan", "--format", "json", "--output", "sarif=" + sarif, "."}, nil, strings.NewReader(""), &stdout, &stderr)
	if code != exitFindings && code != exitError {
		t.Fatalf("preflight scan: exit %d\n%s", code, stderr.String())
	}
	sarifData, err := os.ReadFile(sarif)
	if err != nil {
		t.Fatalf("preflight scan wrote no SARIF report: %v\n%s", err, stderr.String())
	}
	if stdout.Len() == 0 || len(sarifData) == 0 {
		t.Fatalf("preflight scan wrote an empty report\n%s", stderr.String())
	}
	return map[string][]byte{"json": stdout.Bytes(), "sarif": sarifData}
}

// listFiles returns the regular files below root, as slash paths.
func listFiles(t *testing.T, root string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(root, p)
		out = append(out, filepath.ToSlash(rel))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}

// copyTree copies the files of src into a new directory, creating them
// (and their folders) in the given order, so that directory entries are
// laid out in that order on disk.
func copyTree(t *testing.T, src string, files []string) string {
	t.Helper()
	dst := t.TempDir()
	for _, f := range files {
		data, err := os.ReadFile(filepath.Join(src, filepath.FromSlash(f)))
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dst, filepath.FromSlash(f))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dst
}

func reversed(s []string) []string {
	out := slices.Clone(s)
	slices.Reverse(out)
	return out
}

func shuffled(s []string, seed uint64) []string {
	out := slices.Clone(s)
	r := rand.New(rand.NewPCG(seed, seed))
	r.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

// firstDiff shows the first line where two reports differ.
func firstDiff(a, b []byte) string {
	al, bl := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
	for i := range min(len(al), len(bl)) {
		if al[i] != bl[i] {
			return fmt.Sprintf("line %d:\n- %s\n+ %s", i+1, al[i], bl[i])
		}
	}
	return fmt.Sprintf("lengths differ: %d and %d lines", len(al), len(bl))
}
