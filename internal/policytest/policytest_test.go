package policytest

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestWantLines(t *testing.T) {
	src := `resource "a" "b" {
  acl = "public-read" # want "R-1"
  x = 1 // want "R-2"
  y = <<EOT # want+1 "R-1"
  text
EOT
}
# want "R-1" # want "R-1"
`
	if diff := cmp.Diff([]int{2, 5, 8}, WantLines(src, "R-1")); diff != "" {
		t.Errorf("WantLines(R-1) mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]int{3}, WantLines(src, "R-2")); diff != "" {
		t.Errorf("WantLines(R-2) mismatch (-want +got):\n%s", diff)
	}
	if got := WantLines(src, "R-3"); got != nil {
		t.Errorf("WantLines(R-3) = %v; want none", got)
	}
}

func TestMismatch(t *testing.T) {
	for _, tt := range []struct {
		name      string
		want, got map[string][]int
		msg       string
	}{
		{name: "equal", want: map[string][]int{"main.tf": {3}}, got: map[string][]int{"main.tf": {3}}},
		{name: "both empty"},
		{name: "missing", want: map[string][]int{"main.tf": {3, 7}}, got: map[string][]int{"main.tf": {3}},
			msg: "main.tf findings: want lines [3 7], got [3]"},
		{name: "unexpected in another file", got: map[string][]int{"b.tf": {1}},
			msg: "b.tf findings: want lines none, got [1]"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := mismatch("findings", tt.want, tt.got); got != tt.msg {
				t.Errorf("mismatch() = %q; want %q", got, tt.msg)
			}
		})
	}
}

// TestCases finds case files and folders by kind in folders named after
// known rules, anywhere below the root, and ignores everything else.
func TestCases(t *testing.T) {
	root := t.TempDir()
	for _, name := range []string{
		"a/testdata/R-1/bad.tf", "a/testdata/R-1/good_v3.tf", "a/testdata/R-1/unknown/main.tf",
		"a/testdata/R-1/README.md", "a/testdata/R-1/bad.txt",
		"b/R-2/bad.json", "b/R-9/bad.tf", // R-9 is no known rule
	} {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cases, err := Cases(root, []string{"R-1", "R-2"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range cases {
		rel, _ := filepath.Rel(root, c.Path)
		got = append(got, c.Rule+" "+c.Kind+" "+filepath.ToSlash(rel))
	}
	want := []string{
		"R-1 bad a/testdata/R-1/bad.tf",
		"R-1 good a/testdata/R-1/good_v3.tf",
		"R-1 unknown a/testdata/R-1/unknown",
		"R-2 bad b/R-2/bad.json",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Cases() mismatch (-want +got):\n%s", diff)
	}
}
