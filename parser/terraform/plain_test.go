package terraform

import (
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/preflight-iac/preflight/internal/graphtest"
)

// plainCases are bodies at the edges of what plainBody takes: the graph
// must be the same whether they are evaluated through it or through
// dynblock and PartialContent.
var plainCases = map[string]string{
	"nested": `
resource "x_a" "a" {
  count = 2
  name  = "a-${count.index}"
  empty = null
  tags  = { Env = "prod", Index = count.index }
  rule {
    port = 80
    inner {
      cidr = ["10.0.0.0/8"]
      gone = null
    }
  }
  rule {
    port = 443
  }
  other {}
  lifecycle {
    ignore_changes = [tags]
  }
  provisioner "local-exec" {
    command = "true"
  }
  depends_on = [x_b.b]
}

resource "x_b" "b" {
  for_each = toset(["p", "q"])
  name     = each.key
  ref      = x_a.a[0].name
  labelled "one" {
    v = 1
  }
  labelled "two" {
    v = 2
  }
}
`,
	// Blocks of one type with different numbers of labels: PartialContent
	// reports the ones that do not fit, so the body is not plain.
	"labels": `
resource "x_c" "c" {
  setting "a" {
    v = 1
  }
  setting {
    v = 2
  }
  setting "a" "b" {
    v = 3
  }
}
`,
	// A block type also written as an argument is not a block of the
	// schema read off the body.
	"shadowed": `
resource "x_d" "d" {
  ingress = []
  ingress {
    from = 1
  }
  egress {
    lifecycle {
      x = 1
    }
  }
}
`,
	"dynamic": `
resource "x_e" "e" {
  plain {
    v = 1
  }
  dynamic "rule" {
    for_each = [1, 2]
    content {
      port = rule.value
    }
  }
}
`,
}

func TestPlainMatchesGeneral(t *testing.T) {
	for name, src := range plainCases {
		t.Run(name, func(t *testing.T) {
			fsys := fstest.MapFS{"main.tf": {Data: []byte(src)}}
			want := graphtest.Render(load(fsys, "", Options{}, true))
			got := graphtest.Render(load(fsys, "", Options{}, false))
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("plain path differs from the general one (-want +got):\n%s", diff)
			}
		})
	}
	opts := goldenOptions(t)
	entries, err := os.ReadDir(goldenDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		t.Run("golden/"+e.Name(), func(t *testing.T) {
			fsys := os.DirFS(filepath.Join(goldenDir, e.Name()))
			want := graphtest.Render(load(fsys, e.Name(), opts[e.Name()], true))
			got := graphtest.Render(load(fsys, e.Name(), opts[e.Name()], false))
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("plain path differs from the general one (-want +got):\n%s", diff)
			}
		})
	}
}

func TestNewPlainBody(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want bool // plain
	}{
		{"attributes and blocks", "resource \"x\" \"y\" {\n  a = 1\n  b {\n    c = 2\n  }\n}\n", true},
		{"dynamic", "resource \"x\" \"y\" {\n  dynamic \"b\" {\n    for_each = []\n    content {}\n  }\n}\n", false},
		{"nested dynamic", "resource \"x\" \"y\" {\n  b {\n    dynamic \"c\" {\n      for_each = []\n      content {}\n    }\n  }\n}\n", false},
		{"label counts differ", "resource \"x\" \"y\" {\n  b \"l\" {}\n  b {}\n}\n", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, diags := hclsyntax.ParseConfig([]byte(tt.src), "main.tf", hcl.InitialPos)
			if diags.HasErrors() {
				t.Fatalf("source does not parse: %v", diags)
			}
			body := f.Body.(*hclsyntax.Body).Blocks[0].Body
			got := (&moduleConfig{}).newPlainBody(body, true) != nil
			if got != tt.want {
				t.Errorf("newPlainBody != nil = %v, want %v", got, tt.want)
			}
		})
	}
}
