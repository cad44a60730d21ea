package fix_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/preflight-iac/preflight/eval"
	"github.com/preflight-iac/preflight/fix"
	"github.com/preflight-iac/preflight/parser"
)

// synthetic is a finding with the given fix on a resource of a scanned
// tree, for fix kinds and combinations the built-in rules do not produce.
func synthetic(rule, resource string, fx eval.Fix) eval.Finding {
	fx.Available = true
	return eval.Finding{RuleID: rule, Resource: resource, Fix: fx, Fingerprint: rule + resource}
}

func act(op string, path []any, value any) map[string]any {
	return map[string]any{"op": op, "path": path, "value": value}
}

// TestPlanSynthetic checks fixes given as data directly: removals in
// both formats, conflicts and agreements between fixes, replacing and
// template fixes.
func TestPlanSynthetic(t *testing.T) {
	const tf = `resource "aws_kms_key" "k" {
  description = "k"
  is_enabled  = true # remove me
  policy      = "{}"

  timeouts {
    create = "5m"
  }
}
`
	const armTemplate = `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.Storage/storageAccounts",
      "apiVersion": "2023-05-01",
      "name": "acmedata",
      "location": "westeurope",
      "properties": {
        "accessTier": "Hot", // comment stays
        "allowSharedKeyAccess": true,
        "isHnsEnabled": false
      },
      "tags": { "a": "1", "b": "2" }
    }
  ]
}
`
	const kms = ".:aws_kms_key.k"
	const sa = "azuredeploy.json:Microsoft.Storage/storageAccounts/acmedata"
	tests := []struct {
		name     string
		findings []eval.Finding
		opts     fix.Options
		want     map[string]string // path → content after
		// unfixed maps rule ids to the start of their reason.
		unfixed  map[string]string
		template string // the template of the one unfixed finding
		diffHas  string
	}{
		{
			name: "remove an attribute and its comment, and a block",
			findings: []eval.Finding{
				synthetic("R1", kms, eval.Fix{Actions: []map[string]any{act("remove", []any{"is_enabled"}, nil)}}),
				synthetic("R2", kms, eval.Fix{Actions: []map[string]any{act("remove", []any{"timeouts", 0}, nil)}}),
				synthetic("R3", kms, eval.Fix{Actions: []map[string]any{act("remove", []any{"absent"}, nil)}}),
			},
			want: map[string]string{"main.tf": `resource "aws_kms_key" "k" {
  description = "k"
  policy      = "{}"

}
`},
			unfixed: map[string]string{"R3": "nothing to change"},
		},
		{
			name: "two fixes agree on a value",
			findings: []eval.Finding{
				synthetic("R1", kms, eval.Fix{Actions: []map[string]any{act("set", []any{"description"}, "x")}}),
				synthetic("R2", kms, eval.Fix{Actions: []map[string]any{act("set", []any{"description"}, "x")}}),
			},
			want: map[string]string{"main.tf": strings.Replace(tf, `description = "k"`, `description = "x"`, 1)},
		},
		{
			name: "the later of two conflicting fixes is refused",
			findings: []eval.Finding{
				synthetic("R1", kms, eval.Fix{Actions: []map[string]any{act("set", []any{"description"}, "x")}}),
				synthetic("R2", kms, eval.Fix{Actions: []map[string]any{act("set", []any{"description"}, "y")}}),
			},
			want:    map[string]string{"main.tf": strings.Replace(tf, `description = "k"`, `description = "x"`, 1)},
			unfixed: map[string]string{"R2": "conflicts with the fix of R1 on .:aws_kms_key.k"},
		},
		{
			name: "a replacing fix is refused without AllowReplace",
			findings: []eval.Finding{
				synthetic("R1", kms, eval.Fix{Replaces: true, Actions: []map[string]any{act("set", []any{"description"}, "x")}}),
			},
			unfixed: map[string]string{"R1": "replaces the resource — existing data is not migrated; use --allow-replace"},
		},
		{
			name: "a replacing fix is applied with AllowReplace, and the diff says so",
			findings: []eval.Finding{
				synthetic("R1", kms, eval.Fix{Replaces: true, Actions: []map[string]any{act("set", []any{"description"}, "x")}}),
			},
			opts:    fix.Options{AllowReplace: true},
			want:    map[string]string{"main.tf": strings.Replace(tf, `description = "k"`, `description = "x"`, 1)},
			diffHas: "# .:aws_kms_key.k: R1 replaces the resource — existing data is not migrated\n--- a/main.tf",
		},
		{
			name: "a Terraform template is offered, not written",
			findings: []eval.Finding{
				synthetic("R1", kms, eval.Fix{Template: true, Description: "Use your key", Actions: []map[string]any{
					act("set", []any{"kms_key_id"}, "<KMS key ARN>"),
					act("add_block", []any{"logging"}, map[string]any{"target": "<bucket>"}),
				}}),
			},
			unfixed: map[string]string{"R1": "needs a value only you know"},
			template: `# Use your key: fill in the placeholders and add to .:aws_kms_key.k (main.tf:1)
# kms_key_id = "<KMS key ARN>"
#
# logging {
#   target = "<bucket>"
# }
`,
		},
		{
			name: "an ARM template is offered as JSON",
			findings: []eval.Finding{
				synthetic("R1", sa, eval.Fix{Template: true, Description: "Use your key", Actions: []map[string]any{
					act("set", []any{"properties", "encryption", "keyvaultproperties", "keyname"}, "<key name>"),
				}}),
			},
			unfixed: map[string]string{"R1": "needs a value only you know"},
			template: `// Use your key: fill in the placeholders and add to azuredeploy.json:Microsoft.Storage/storageAccounts/acmedata (azuredeploy.json:5)
// "properties": {
//   "encryption": {
//     "keyvaultproperties": {
//       "keyname": "<key name>"
//     }
//   }
// }
`,
		},
		{
			name: "JSON removals: a member on its own line, the last member, one in a one-line object",
			findings: []eval.Finding{
				synthetic("R1", sa, eval.Fix{Actions: []map[string]any{act("remove", []any{"properties", "allowSharedKeyAccess"}, nil)}}),
				synthetic("R2", sa, eval.Fix{Actions: []map[string]any{act("remove", []any{"properties", "isHnsEnabled"}, nil)}}),
				synthetic("R3", sa, eval.Fix{Actions: []map[string]any{act("remove", []any{"tags", "b"}, nil)}}),
			},
			want: map[string]string{"azuredeploy.json": strings.NewReplacer(
				`"accessTier": "Hot", // comment stays`, `"accessTier": "Hot" // comment stays`,
				"\n        \"allowSharedKeyAccess\": true,\n        \"isHnsEnabled\": false", "",
				`{ "a": "1", "b": "2" }`, `{ "a": "1" }`,
			).Replace(armTemplate)},
		},
		{
			name: "JSON set keeps the comment after the value",
			findings: []eval.Finding{
				synthetic("R1", sa, eval.Fix{Actions: []map[string]any{act("set", []any{"properties", "accessTier"}, "Cool")}}),
			},
			want: map[string]string{"azuredeploy.json": strings.Replace(armTemplate, `"Hot"`, `"Cool"`, 1)},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeTree(t, dir, map[string]string{"main.tf": tf, "azuredeploy.json": armTemplate})
			t.Chdir(dir)
			g, _ := scan(t, ".", parser.Options{})
			res := fix.Plan(g, tt.findings, tt.opts)
			got := map[string]string{}
			for _, c := range res.Changes {
				got[c.Path] = string(c.After)
			}
			if tt.want == nil {
				tt.want = map[string]string{}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("changes (-want +got):\n%s", diff)
			}
			gotUnfixed := map[string]string{}
			for _, u := range res.Unfixed {
				gotUnfixed[u.Finding.RuleID] = u.Reason
				if want := tt.unfixed[u.Finding.RuleID]; want != "" && strings.HasPrefix(u.Reason, want) {
					gotUnfixed[u.Finding.RuleID] = want
				}
				if tt.template != "" {
					if diff := cmp.Diff(tt.template, u.Template); diff != "" {
						t.Errorf("template (-want +got):\n%s", diff)
					}
				}
			}
			if tt.unfixed == nil {
				tt.unfixed = map[string]string{}
			}
			if diff := cmp.Diff(tt.unfixed, gotUnfixed); diff != "" {
				t.Errorf("unfixed (-want +got):\n%s", diff)
			}
			if tt.diffHas != "" && !strings.Contains(res.Diff(), tt.diffHas) {
				t.Errorf("diff lacks %q:\n%s", tt.diffHas, res.Diff())
			}
			if len(res.Fixed)+len(res.Unfixed) != len(tt.findings) {
				t.Errorf("%d fixed and %d unfixed for %d findings", len(res.Fixed), len(res.Unfixed), len(tt.findings))
			}
		})
	}
}

// TestWrite checks that files are replaced atomically with their mode
// kept and no temporary file left, and that a file changed since the scan
// is not overwritten.
func TestWrite(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	writeTree(t, dir, map[string]string{"main.tf": "resource \"aws_kms_key\" \"k\" {\n  enable_key_rotation = false\n}\n"})
	if err := os.Chmod("main.tf", 0o600); err != nil {
		t.Fatal(err)
	}
	g, res := scan(t, ".", parser.Options{})
	plan := fix.Plan(g, res.Findings, fix.Options{})
	if len(plan.Changes) != 1 {
		t.Fatalf("want 1 change, got %d (unfixed %+v)", len(plan.Changes), plan.Unfixed)
	}
	if err := plan.Write(); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat("main.tf")
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", fi.Mode().Perm())
	}
	got, _ := os.ReadFile("main.tf")
	if want := "resource \"aws_kms_key\" \"k\" {\n  enable_key_rotation = true\n}\n"; string(got) != want {
		t.Errorf("content %q, want %q", got, want)
	}
	entries, _ := os.ReadDir(".")
	if len(entries) != 1 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("files left: %v", names)
	}
	// The plan is stale now: writing it again must fail and leave the
	// file as it is.
	if err := plan.Write(); err == nil || !strings.Contains(err.Error(), "changed since it was scanned") {
		t.Errorf("stale write: err = %v", err)
	}
	again, _ := os.ReadFile(filepath.Join(dir, "main.tf"))
	if string(again) != string(got) {
		t.Errorf("stale write changed the file")
	}
}
