package terraform

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/preflight-iac/preflight/graph"
)

// TestMemoryLimits checks configurations built to exhaust memory from a
// few lines: each stops with an Error diagnostic at the offending
// expression, quickly, and the rest of the module is still evaluated.
func TestMemoryLimits(t *testing.T) {
	var doubling strings.Builder
	doubling.WriteString("locals {\n  a0 = \"" + strings.Repeat("a", 64) + "\"\n")
	for i := 1; i < 40; i++ {
		fmt.Fprintf(&doubling, "  a%d = \"${local.a%d}${local.a%d}\"\n", i, i-1, i-1)
	}
	doubling.WriteString("}\nresource \"x_r\" \"big\" {\n  v = local.a39\n}\n")
	tests := []struct {
		name     string
		src      string
		wantDiag string
		wantLine int
		wantText string // in the detail
	}{
		{
			name:     "string templates doubling a local",
			src:      doubling.String(),
			wantDiag: "Value too large",
			wantLine: 21, // a19: 64 bytes doubled 19 times is 32 MiB
			wantText: "more than 16 MiB",
		},
		{
			name: "many calls each under the limit",
			src: `locals {
  big = [for i in range(1000) : format("%1000000s", i)]
}
resource "x_r" "big" {
  v = length(local.big)
}
`,
			wantDiag: "Error in function call",
			wantLine: 2,
			wantText: "built more than 256 MiB",
		},
		{
			name:     "one call over the limit",
			src:      "resource \"x_r\" \"big\" {\n  v = format(\"%999999999d\", 1)\n}\n",
			wantDiag: "Error in function call",
			wantLine: 2,
			wantText: "result too large",
		},
		{
			name:     "recursive local",
			src:      "locals {\n  a = local.a\n}\nresource \"x_r\" \"big\" {\n  v = local.a\n}\n",
			wantDiag: "Cycle in references",
			wantLine: 2,
			wantText: "refer to each other",
		},
		{
			name: "nested dynamic blocks",
			src: `locals {
  l = range(1000)
}
resource "x_r" "big" {
  dynamic "a" {
    for_each = local.l
    content {
      dynamic "b" {
        for_each = local.l
        content {
          dynamic "c" {
            for_each = local.l
            content {
              x = "a billion blocks"
            }
          }
        }
      }
    }
  }
}
`,
			wantDiag: "Too many blocks",
			wantLine: 11, // dynamic "c"
			wantText: "more than 100000 nested blocks",
		},
		{
			name: "nested for expressions",
			src: `locals {
  l = range(1000)
  x = [for a in local.l : [for b in local.l : [for c in local.l : 1]]]
}
resource "x_r" "big" {
  v = length(local.x)
}
`,
			wantDiag: "Error in function call",
			wantLine: 3,
			wantText: "iterate more than 2000000 times",
		},
		{
			name: "nested template for directives",
			src: `locals {
  l = range(1000)
}
resource "x_r" "big" {
  v = "%{for a in local.l}%{for b in local.l}%{for c in local.l}x%{endfor}%{endfor}%{endfor}"
}
`,
			wantDiag: "Error in function call",
			wantLine: 5,
			wantText: "iterate more than 2000000 times",
		},
		{
			name:     "one template copying a large string many times",
			src:      "locals {\n  s = format(\"%16000000s\", \"\")\n}\nresource \"x_r\" \"big\" {\n  v = \"" + strings.Repeat("${local.s}", 20) + "\"\n}\n",
			wantDiag: "Error in function call",
			wantLine: 5,
			wantText: "string templates and function calls here built more than 256 MiB",
		},
		{
			name:     "negative count",
			src:      "resource \"x_r\" \"big\" {\n  count = -1\n}\n",
			wantDiag: "Invalid count argument",
			wantLine: 2,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			g := Load(mapFS(map[string]string{"main.tf": tt.src, "good.tf": `resource "x_good" "g" {}`}), "", Options{})
			if d := time.Since(start); d > 30*time.Second {
				t.Errorf("Load took %v; a limit should stop it sooner", d)
			}
			var found *graph.Diagnostic
			for i, d := range g.Diagnostics {
				if d.Summary == tt.wantDiag && d.Severity == graph.Error && strings.Contains(d.Detail, tt.wantText) {
					found = &g.Diagnostics[i]
					break
				}
			}
			if found == nil {
				t.Fatalf("diagnostics %v; want an error %q mentioning %q", g.Diagnostics, tt.wantDiag, tt.wantText)
			}
			if found.Range == nil || found.Range.Filename != "main.tf" || found.Range.Start.Line != tt.wantLine {
				t.Errorf("diagnostic %v; want it at main.tf:%d", found, tt.wantLine)
			}
			good := false
			for _, r := range g.Resources {
				good = good || r.ID == "x_good.g"
			}
			if !good {
				t.Errorf("resources %v; want x_good.g still evaluated", g.Resources)
			}
		})
	}
}

// TestForExpressionsUnchanged checks that the iteration budget wrapped
// around every for expression changes nothing below the limit, in a
// variable's default (evaluated without functions) as in resources, marks
// and unknowns included.
func TestForExpressionsUnchanged(t *testing.T) {
	g := Load(mapFS(map[string]string{"main.tf": `variable "names" {
  default = [for s in ["a", "b"] : "${s}!"]
}
variable "unknown" {}
resource "x_r" "r" {
  names   = var.names
  upper   = {for s in var.names : s => upper(s)}
  unknown = [for s in var.unknown : s]
  text    = "%{for s in var.names}${s}%{endfor}"
}
`}), "", Options{})
	if len(g.Diagnostics) != 0 {
		t.Errorf("diagnostics %v; want none", g.Diagnostics)
	}
	r := g.Resources[0]
	want := map[string]any{
		"names": []any{"a!", "b!"},
		"upper": map[string]any{"a!": "A!", "b!": "B!"},
		"text":  "a!b!",
	}
	for k, v := range want {
		if diff := cmp.Diff(v, r.Attributes[k]); diff != "" {
			t.Errorf("%s (-want +got):\n%s", k, diff)
		}
	}
	if _, unknown := graph.IsUnknown(r.Attributes["unknown"]); !unknown {
		t.Errorf("unknown = %v; want an unknown", r.Attributes["unknown"])
	}
}
