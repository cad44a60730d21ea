package terraform

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/zclconf/go-cty/cty"
)

// TestFunctionsOnDisk runs the filesystem functions over testdata/funcs
// through os.DirFS, as the loader does.
func TestFunctionsOnDisk(t *testing.T) {
	scope := funcScope{fsys: os.DirFS(filepath.Join("testdata", "funcs")), baseDir: "."}
	tests := []struct {
		name, expr, want string
	}{
		{
			// The example of Terraform's templatefile documentation, plus
			// escaped interpolation and directive sequences.
			name: "templatefile backends",
			expr: `templatefile("tpl/backends.tmpl", { port = 8080, ip_addrs = ["10.0.0.1", "10.0.0.2"] })`,
			want: `"backend \"app\" {\n  server 10.0.0.1:8080\n  server 10.0.0.2:8080\n  literal ${not_interpolated} and %{ not_a_directive }\n}\n"`,
		},
		{
			name: "templatefile calling functions",
			expr: `jsondecode(templatefile("tpl/config.json.tmpl", { name = "web", enabled = true }))`,
			want: `{"enabled":true,"file":"Hello World","name":"web"}`,
		},
		{
			name: "fileset with hidden files",
			expr: `fileset("data", "**/*.txt")`,
			want: `[".hidden/h.txt","a.txt","b.txt","nested/c.txt","nested/deeper/d.txt"]`,
		},
		{
			name: "fileset one level",
			expr: `fileset("data", "*/*.json")`,
			want: `["nested/e.json"]`,
		},
		{name: "file", expr: `file("hello.txt")`, want: `"Hello World"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, diags := evalExpr(t, scope, tt.expr)
			if diags.HasErrors() {
				t.Fatalf("%s: %s", tt.expr, diags)
			}
			if diff := cmp.Diff(tt.want, render(got)); diff != "" {
				t.Errorf("%s mismatch (-want +got):\n%s", tt.expr, diff)
			}
		})
	}

	errTests := []struct {
		name, expr, want string
	}{
		{name: "recursion", expr: `templatefile("tpl/recursive.tmpl", {})`, want: "cannot recursively call templatefile"},
		{name: "missing var", expr: `templatefile("tpl/missing_var.tmpl", { name = "x" })`, want: `vars map does not contain key "place", referenced at tpl/missing_var.tmpl:1,22-27`},
		{name: "escape", expr: `file("../funcs/hello.txt")`, want: "is outside the scanned tree"},
	}
	for _, tt := range errTests {
		t.Run(tt.name, func(t *testing.T) {
			got, diags := evalExpr(t, scope, tt.expr)
			if !diags.HasErrors() {
				t.Fatalf("%s = %s; want an error containing %q", tt.expr, render(got), tt.want)
			}
			if !strings.Contains(diags.Error(), tt.want) {
				t.Errorf("%s: error %q does not contain %q", tt.expr, diags.Error(), tt.want)
			}
		})
	}
}

// TestFileSetSymlinks checks that fileset ends on a symlink loop and lists
// a symlink to a regular file but not one to a directory.
func TestFileSetSymlinks(t *testing.T) {
	dir := t.TempDir()
	mustWrite(t, filepath.Join(dir, "a", "f.txt"), "f")
	for link, target := range map[string]string{
		filepath.Join(dir, "a", "loop"):   "..",
		filepath.Join(dir, "a", "ln.txt"): "f.txt",
	} {
		if err := os.Symlink(target, link); err != nil {
			t.Skipf("symlinks unavailable: %v", err)
		}
	}
	scope := funcScope{fsys: os.DirFS(dir), baseDir: "."}
	got, diags := evalExpr(t, scope, `fileset(".", "**")`)
	if diags.HasErrors() {
		t.Fatalf("fileset: %s", diags)
	}
	if diff := cmp.Diff(`["a/f.txt","a/ln.txt"]`, render(got)); diff != "" {
		t.Errorf("fileset mismatch (-want +got):\n%s", diff)
	}
}

func mustWrite(t *testing.T, name, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestDecodeValueLimits checks that decoders refuse inputs that would build
// more values than the limit, before building them.
func TestDecodeValueLimits(t *testing.T) {
	funcs := funcScope{}.functions()
	tests := []struct {
		name, fn, src string
	}{
		{name: "yaml block list", fn: "yamldecode", src: strings.Repeat("- a\n", maxValueElems+1)},
		{name: "yaml flow list", fn: "yamldecode", src: "[" + strings.Repeat("1,", maxValueElems+1) + "1]"},
		{name: "json list", fn: "jsondecode", src: "[" + strings.Repeat("1,", maxValueElems+1) + "1]"},
		{name: "csv", fn: "csvdecode", src: "a\n" + strings.Repeat("1\n", maxValueElems+1)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := funcs[tt.fn].Call([]cty.Value{cty.StringVal(tt.src)})
			if err == nil || !strings.Contains(err.Error(), "result too large") {
				t.Errorf("%s(%d bytes) error = %v; want result too large", tt.fn, len(tt.src), err)
			}
		})
	}
}

func BenchmarkFunctions(b *testing.B) {
	scope := funcScope{fsys: testFS(), baseDir: "."}
	b.Run("table", func(b *testing.B) {
		for b.Loop() {
			scope.functions()
		}
	})
	f := scope.functions()["cidrsubnet"]
	args := []cty.Value{cty.StringVal("10.0.0.0/16"), cty.NumberIntVal(8), cty.NumberIntVal(3)}
	b.Run("call", func(b *testing.B) {
		for b.Loop() {
			if _, err := f.Call(args); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func TestTemplateNestingLimit(t *testing.T) {
	deep := strings.Repeat("${(", 5000) + "1" + strings.Repeat(")}", 5000)
	s := funcScope{baseDir: "."}
	_, err := s.renderTemplate([]byte(deep), "deep.tpl", cty.EmptyObjectVal)
	if err == nil {
		t.Fatalf("renderTemplate of a template nested 10,000 deep = nil error; want a nesting error")
	}
}
