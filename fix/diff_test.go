package fix

import (
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestUnifiedDiff(t *testing.T) {
	tests := []struct {
		name, a, b, want string
	}{
		{
			name: "two hunks, line numbers exact",
			a:    "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n",
			b:    "1\nX\nY\n3\n4\n5\n6\n7\n8\n9\n10\nZ\n12\n",
			want: "--- a\n+++ b\n@@ -1,5 +1,6 @@\n 1\n-2\n+X\n+Y\n 3\n 4\n 5\n@@ -8,5 +9,5 @@\n 8\n 9\n 10\n-11\n+Z\n 12\n",
		},
		{
			name: "insertion into an empty file",
			a:    "",
			b:    "x\n",
			want: "--- a\n+++ b\n@@ -0,0 +1 @@\n+x\n",
		},
		{
			name: "no newline at the end",
			a:    "a\nb",
			b:    "a\nc",
			want: "--- a\n+++ b\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n",
		},
		{name: "equal", a: "a\n", b: "a\n", want: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, unifiedDiff("a", "b", tt.a, tt.b)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestUnifiedDiffPatch applies random diffs with patch(1), when it is
// installed, to check that hunks apply exactly (no offsets, no fuzz).
func TestUnifiedDiffPatch(t *testing.T) {
	patch, err := exec.LookPath("patch")
	if err != nil {
		t.Skip("patch is not installed")
	}
	rng := rand.New(rand.NewSource(1))
	for i := range 200 {
		var a, b []string
		for range 5 + rng.Intn(40) {
			l := string(rune('a'+rng.Intn(5))) + "\n"
			a = append(a, l)
			switch rng.Intn(6) {
			case 0: // deleted
			case 1:
				b = append(b, "new\n", l)
			case 2:
				b = append(b, "changed\n")
			default:
				b = append(b, l)
			}
		}
		as, bs := strings.Join(a, ""), strings.Join(b, "")
		d := unifiedDiff("a/f", "b/f", as, bs)
		dir := t.TempDir()
		f := filepath.Join(dir, "f")
		if err := os.WriteFile(f, []byte(as), 0o644); err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(patch, "-s", "-p1", "-F0", "-d", dir)
		cmd.Stdin = strings.NewReader(d)
		if out, err := cmd.CombinedOutput(); err != nil || strings.Contains(string(out), "offset") {
			t.Fatalf("case %d: patch: %v %s\n%s", i, err, out, d)
		}
		got, _ := os.ReadFile(f)
		if string(got) != bs {
			t.Fatalf("case %d: patched file differs\n%s", i, d)
		}
	}
}

// TestDiffPaths checks the file names of Diff: a/ and b/ before a relative
// path, for git apply; an absolute path as is, as diff -u writes it.
func TestDiffPaths(t *testing.T) {
	abs, err := filepath.Abs("main.tf")
	if err != nil {
		t.Fatal(err)
	}
	abs = filepath.ToSlash(abs)
	for _, tt := range []struct{ path, want string }{
		{"infra/main.tf", "--- a/infra/main.tf\n+++ b/infra/main.tf\n"},
		{abs, "--- " + abs + "\n+++ " + abs + "\n"},
	} {
		r := &Result{Changes: []Change{{Path: tt.path, Before: []byte("a\n"), After: []byte("b\n")}}}
		if got := r.Diff(); !strings.HasPrefix(got, tt.want) {
			t.Errorf("Diff() for %s starts %q, want %q", tt.path, got, tt.want)
		}
	}
}
