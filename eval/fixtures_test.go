package eval_test

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/preflight-iac/preflight/eval"
	"github.com/preflight-iac/preflight/parser"
)

// wantComment marks an expected result of a rule on its line:
// `# want "AWS-S3-001"` (Terraform) or `// want "AZ-STO-001"` (ARM
// templates accept // comments), or want+1 for the next line (a heredoc
// opener cannot carry a comment).
var wantComment = regexp.MustCompile(`(?:#|//)\s*want(\+1)?\s+"([A-Za-z0-9_.-]+)"`)

// fixtureFormats maps a fixture extension to the name the file gets in the
// scratch folder: parser.Load reads whole folders, and an ARM template is
// detected by its $schema whatever its name.
var fixtureFormats = map[string]string{".tf": "main.tf", ".json": "azuredeploy.json"}

// wantLines returns the lines of src expected to hold a result of rule.
func wantLines(src, rule string) []int {
	var lines []int
	for i, line := range strings.Split(src, "\n") {
		for _, m := range wantComment.FindAllStringSubmatch(line, -1) {
			if m[2] != rule {
				continue
			}
			n := i + 1
			if m[1] != "" {
				n++
			}
			lines = append(lines, n)
		}
	}
	slices.Sort(lines)
	return slices.Compact(lines)
}

// resultLines returns the distinct start lines of rule's results.
func resultLines(fs []eval.Finding, rule string) []int {
	var lines []int
	for _, f := range fs {
		if f.RuleID == rule {
			lines = append(lines, f.StartLine)
		}
	}
	slices.Sort(lines)
	return slices.Compact(lines)
}

// TestRuleFixtures pushes every testdata/rules/<RULE-ID>/*.tf through the
// real parser and the built-in rules. Each file is scanned alone, as the
// only file of a module:
//   - bad.tf must give findings of the rule exactly on the lines marked
//     `# want "<RULE-ID>"`;
//   - good.tf must give no finding and no inconclusive result of the rule;
//   - unknown.tf must give no finding of the rule, and inconclusive results
//     exactly on the marked lines, each with a cause.
func TestRuleFixtures(t *testing.T) {
	e := builtin(t)
	known := map[string]bool{}
	for _, r := range e.Rules() {
		known[r.ID] = true
	}
	root := filepath.Join("..", "testdata", "rules")
	dirs, err := os.ReadDir(root)
	if err != nil {
		t.Fatalf("read %s: %v", root, err)
	}
	for _, d := range dirs {
		rule := d.Name()
		if !d.IsDir() {
			continue
		}
		if !known[rule] {
			t.Errorf("testdata/rules/%s: no built-in rule has this id", rule)
			continue
		}
		var files []string
		for ext := range fixtureFormats {
			fs, err := filepath.Glob(filepath.Join(root, rule, "*"+ext))
			if err != nil {
				t.Fatal(err)
			}
			files = append(files, fs...)
		}
		slices.Sort(files)
		kinds := map[string][]string{} // extension -> kinds
		for _, file := range files {
			ext := filepath.Ext(file)
			kind := strings.TrimSuffix(filepath.Base(file), ext)
			kinds[ext] = append(kinds[ext], kind)
			t.Run(rule+"/"+kind+ext, func(t *testing.T) {
				src, err := os.ReadFile(file)
				if err != nil {
					t.Fatal(err)
				}
				// Scan the file alone: parser.Load reads whole folders.
				dir := t.TempDir()
				if err := os.WriteFile(filepath.Join(dir, fixtureFormats[ext]), src, 0o644); err != nil {
					t.Fatal(err)
				}
				g, err := parser.Load([]string{dir}, parser.Options{})
				if err != nil {
					t.Fatalf("parser.Load(%s) error: %v", file, err)
				}
				for _, d := range g.Diagnostics.Errors() {
					t.Errorf("parser.Load(%s) diagnostic: %v", file, d)
				}
				res, err := e.Eval(context.Background(), g)
				if err != nil {
					t.Fatalf("Eval(%s) error: %v", file, err)
				}
				want := wantLines(string(src), rule)
				switch kind {
				case "bad":
					if len(want) == 0 {
						t.Fatalf("%s marks no line with # want %q", file, rule)
					}
					if diff := cmp.Diff(want, resultLines(res.Findings, rule)); diff != "" {
						t.Errorf("%s: lines of %s findings mismatch (-want +got):\n%s\nfindings: %+v\ninconclusive: %+v", file, rule, diff, res.Findings, res.Inconclusive)
					}
				case "good":
					if got := resultLines(res.Findings, rule); len(got) > 0 {
						t.Errorf("%s: %s findings on lines %v; want none\n%+v", file, rule, got, res.Findings)
					}
					if got := resultLines(res.Inconclusive, rule); len(got) > 0 {
						t.Errorf("%s: %s inconclusive results on lines %v; want none\n%+v", file, rule, got, res.Inconclusive)
					}
				case "unknown":
					if got := resultLines(res.Findings, rule); len(got) > 0 {
						t.Errorf("%s: %s findings on lines %v; want none\n%+v", file, rule, got, res.Findings)
					}
					if len(want) == 0 {
						t.Fatalf("%s marks no line with # want %q", file, rule)
					}
					if diff := cmp.Diff(want, resultLines(res.Inconclusive, rule)); diff != "" {
						t.Errorf("%s: lines of %s inconclusive results mismatch (-want +got):\n%s\n%+v", file, rule, diff, res.Inconclusive)
					}
					for _, f := range res.Inconclusive {
						if f.RuleID == rule && f.Cause == "" {
							t.Errorf("%s: inconclusive result without a cause: %+v", file, f)
						}
					}
				default:
					t.Errorf("%s: fixture files are bad, good and unknown (.tf or .json)", file)
				}
			})
		}
		// Every format a rule has fixtures for needs a bad and a good one;
		// every rule has Terraform fixtures.
		if len(kinds[".tf"]) == 0 {
			t.Errorf("testdata/rules/%s: no .tf fixtures", rule)
		}
		for ext, ks := range kinds {
			if !slices.Contains(ks, "bad") || !slices.Contains(ks, "good") {
				t.Errorf("testdata/rules/%s: want bad%s and good%s, have %v", rule, ext, ext, ks)
			}
		}
	}
}
