package fix_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/preflight-iac/preflight/eval"
	"github.com/preflight-iac/preflight/fix"
	"github.com/preflight-iac/preflight/parser"
	"github.com/preflight-iac/preflight/parser/arm"
	"github.com/preflight-iac/preflight/parser/terraform"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/fix")

// caseOptions are the scan and fix options of a golden case, read from
// its options.json.
type caseOptions struct {
	AllowReplace bool              `json:"allow_replace"`
	Vars         map[string]string `json:"vars"`
	Env          map[string]string `json:"env"`
	Params       map[string]string `json:"params"`
	// Rules, when set, limits the fixes to the findings of these rules, so
	// that rules added later do not change the case.
	Rules []string `json:"rules"`
}

// only keeps the findings of the case's rules.
func (o caseOptions) only(fs []eval.Finding) []eval.Finding {
	if len(o.Rules) == 0 {
		return fs
	}
	var out []eval.Finding
	for _, f := range fs {
		if slices.Contains(o.Rules, f.RuleID) {
			out = append(out, f)
		}
	}
	return out
}

func (o caseOptions) parser() parser.Options {
	var opts parser.Options
	for _, k := range sortedKeys(o.Vars) {
		opts.Terraform.Vars = append(opts.Terraform.Vars, terraform.Var{Name: k, Value: o.Vars[k]})
	}
	opts.Terraform.Env = o.Env
	for _, k := range sortedKeys(o.Params) {
		opts.ARM.Params = append(opts.ARM.Params, arm.Param{Name: k, Value: o.Params[k]})
	}
	return opts
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// TestGolden runs every case of testdata/fix: the files of <case>/in are
// scanned with the built-in rules and fixed; the diff must equal
// <case>/want.diff and the summary of fixed and refused findings
// <case>/want.txt. The fixed files are then written, scanned again and
// fixed again: each fixed finding must be gone, no finding may be new, and
// the second plan must change nothing.
func TestGolden(t *testing.T) {
	root, err := filepath.Abs(filepath.Join("..", "testdata", "fix"))
	if err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(root)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		t.Run(e.Name(), func(t *testing.T) {
			dir := filepath.Join(root, e.Name())
			var opts caseOptions
			if b, err := os.ReadFile(filepath.Join(dir, "options.json")); err == nil {
				if err := json.Unmarshal(b, &opts); err != nil {
					t.Fatalf("options.json: %v", err)
				}
			}
			work := t.TempDir()
			copyTree(t, filepath.Join(dir, "in"), work)
			t.Chdir(work)

			g, res := scan(t, ".", opts.parser())
			plan := fix.Plan(g, opts.only(res.Findings), fix.Options{AllowReplace: opts.AllowReplace})
			golden(t, filepath.Join(dir, "want.diff"), plan.Diff())
			golden(t, filepath.Join(dir, "want.txt"), summary(plan))

			if err := plan.Write(); err != nil {
				t.Fatalf("Write: %v", err)
			}
			for _, c := range plan.Changes {
				got, err := os.ReadFile(c.Path)
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(got, c.After) {
					t.Errorf("%s on disk differs from Change.After", c.Path)
				}
			}
			g2, res2 := scan(t, ".", opts.parser())
			checkRescan(t, plan, res, res2)
			again := fix.Plan(g2, opts.only(res.Findings), fix.Options{AllowReplace: opts.AllowReplace})
			if d := again.Diff(); d != "" {
				t.Errorf("fixing the fixed files with the same findings changes them again:\n%s", d)
			}
			again = fix.Plan(g2, opts.only(res2.Findings), fix.Options{AllowReplace: opts.AllowReplace})
			if d := again.Diff(); d != "" {
				t.Errorf("fixing the fixed files with their own findings changes them again:\n%s", d)
			}
		})
	}
}

// checkRescan checks the scan after fixing: the fixed findings are gone
// and no finding is new.
func checkRescan(t *testing.T, plan *fix.Result, before, after *eval.Result) {
	t.Helper()
	old := map[string]bool{}
	// A finding reported at a block that a fix then created is reported
	// again at the attribute inside it: the same finding, moved.
	moved := map[string]bool{}
	for _, f := range append(append([]eval.Finding(nil), before.Findings...), before.Inconclusive...) {
		old[f.Fingerprint] = true
		moved[f.RuleID+"\x00"+f.Resource+"\x00"+f.Attribute] = true
	}
	known := func(f eval.Finding) bool {
		if old[f.Fingerprint] {
			return true
		}
		for p := f.Attribute; p != ""; {
			i := strings.LastIndexByte(p, '.')
			if i < 0 {
				break
			}
			p = p[:i]
			if moved[f.RuleID+"\x00"+f.Resource+"\x00"+p] {
				return true
			}
		}
		return false
	}
	now := map[string]eval.Finding{}
	for _, f := range after.Findings {
		now[f.Fingerprint] = f
		if !known(f) {
			t.Errorf("new finding after fixing: %s %s %s: %s", f.RuleID, f.Resource, f.Attribute, f.Message)
		}
	}
	for _, f := range after.Inconclusive {
		if !known(f) {
			t.Errorf("new inconclusive result after fixing: %s %s %s: %s", f.RuleID, f.Resource, f.Attribute, f.Cause)
		}
	}
	for _, f := range plan.Fixed {
		if _, ok := now[f.Finding.Fingerprint]; ok {
			t.Errorf("fixed finding still reported: %s %s %s", f.Finding.RuleID, f.Finding.Resource, f.Finding.Attribute)
		}
	}
}

// summary lists what a plan fixed, with each finding's own edits, and
// what it refused, with the reason and any template.
func summary(r *fix.Result) string {
	var b strings.Builder
	for _, f := range r.Fixed {
		fmt.Fprintf(&b, "fixed %s %s %s", f.Finding.RuleID, f.Finding.Resource, f.Finding.Attribute)
		if f.Replaces {
			b.WriteString(" (replaces the resource)")
		}
		b.WriteString("\n")
		for _, e := range f.Edits {
			fmt.Fprintf(&b, "  edit %s %d:%d-%d:%d %q\n", e.Path, e.Start.Line, e.Start.Column, e.End.Line, e.End.Column, e.Text)
		}
	}
	for _, u := range r.Unfixed {
		fmt.Fprintf(&b, "unfixed %s %s %s: %s\n", u.Finding.RuleID, u.Finding.Resource, u.Finding.Attribute, u.Reason)
		if u.Template != "" {
			b.WriteString(indent(u.Template, "  "))
		}
	}
	return b.String()
}

func indent(s, prefix string) string {
	lines := strings.SplitAfter(s, "\n")
	var b strings.Builder
	for _, l := range lines {
		if l != "" {
			b.WriteString(prefix + l)
		}
	}
	return b.String()
}

// golden compares got with the file want, or rewrites it with -update.
func golden(t *testing.T, want, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(want, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	b, err := os.ReadFile(want)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(b), got); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", filepath.Base(want), diff)
	}
}

// copyTree copies the files below src to dst.
func copyTree(t testing.TB, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, p)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}
