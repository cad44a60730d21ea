package arm

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/preflight-iac/preflight/graph"
)

func TestParseJSONC(t *testing.T) {
	tests := []struct {
		name      string
		src       string
		want      any
		wantDiags []string // "severity line:col summary"
	}{
		{name: "plain", src: `{"a": 1, "b": [true, false, null], "c": "x", "d": 1.5, "e": -2e3}`,
			want: map[string]any{"a": 1, "b": []any{true, false, nil}, "c": "x", "d": 1.5, "e": -2000.0}},
		{name: "comments and trailing commas", src: "// head\n{ /* in */ \"a\": [1, 2,], // tail\n \"b\": {\"c\": 3,},\n}",
			want: map[string]any{"a": []any{1, 2}, "b": map[string]any{"c": 3}}},
		{name: "byte order mark", src: "\uFEFF{\"a\": 1}", want: map[string]any{"a": 1}},
		{name: "escapes", src: `"a\"b\\c\/d\n\u00e9\ud83d\ude00"`, want: "a\"b\\c/d\né😀"},
		{name: "lone surrogate", src: `"\ud83d"`, want: "\uFFFD"},
		{name: "huge number", src: `1e400`, want: 1.7976931348623157e308},
		{name: "big integer is float", src: `123456789012345678901234567890`, want: 1.2345678901234568e29},
		{name: "duplicate key last wins", src: "{\n\"a\": 1,\n\"b\": 2,\n\"a\": 3\n}",
			want:      map[string]any{"a": 3, "b": 2},
			wantDiags: []string{"warning 4:1 Duplicate property"}},
		{name: "missing comma", src: "{\"a\": 1\n \"b\": 2}", wantDiags: []string{"error 2:2 Invalid JSON"}},
		{name: "unclosed string", src: "[\"abc", wantDiags: []string{"error 1:2 Invalid JSON"}},
		{name: "unclosed comment", src: "/* x", wantDiags: []string{"error 1:1 Invalid JSON"}},
		{name: "trailing garbage", src: "{} x", wantDiags: []string{"error 1:4 Invalid JSON"}},
		{name: "empty", src: "", wantDiags: []string{"error 1:1 Invalid JSON"}},
		{name: "bad literal", src: "[truex]", wantDiags: []string{"error 1:2 Invalid JSON"}},
		{name: "bad escape", src: `"\q"`, wantDiags: []string{"error 1:2 Invalid JSON"}},
		{name: "unquoted key", src: `{a: 1}`, wantDiags: []string{"error 1:2 Invalid JSON"}},
		{name: "too deep", src: strings.Repeat("[", 300) + strings.Repeat("]", 300), wantDiags: []string{"error 1:257 Invalid JSON"}},
		{name: "nested", src: strings.Repeat("[", 5) + strings.Repeat("]", 5), want: nest(5)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, diags := parseJSONC("t.json", []byte(tt.src))
			var got any
			if n != nil {
				got = n.value()
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("parseJSONC(%q) value (-want +got):\n%s", tt.src, diff)
			}
			var gotDiags []string
			for _, d := range diags {
				gotDiags = append(gotDiags, d.Severity.String()+" "+posString(d.Range.Start)+" "+d.Summary)
			}
			if diff := cmp.Diff(tt.wantDiags, gotDiags); diff != "" {
				t.Errorf("parseJSONC(%q) diagnostics (-want +got):\n%s", tt.src, diff)
			}
		})
	}
}

func nest(n int) any {
	if n == 1 {
		return []any{}
	}
	return []any{nest(n - 1)}
}

func posString(p graph.Pos) string {
	return strings.Join([]string{itoa(p.Line), itoa(p.Column)}, ":")
}

func itoa(i int) string { return strconv.Itoa(i) }

func TestParseJSONCRanges(t *testing.T) {
	src := "{\n  \"a\": \"é\",\n  \"b\": [1,\n    {\"c\": null}]\n}"
	n, diags := parseJSONC("t.json", []byte(src))
	if len(diags) != 0 {
		t.Fatalf("parseJSONC diagnostics: %v", diags)
	}
	type span struct{ Text, Start, End string }
	sp := func(r graph.Range) span {
		return span{Text: src[r.Start.Byte:r.End.Byte], Start: posString(r.Start), End: posString(r.End)}
	}
	got := map[string]span{
		"root":    sp(n.rng),
		"a":       sp(n.get("a").rng),
		"a key":   sp(n.members[0].keyRange),
		"b":       sp(n.get("b").rng),
		"b.1.c":   sp(n.get("b").elems[1].get("c").rng),
		"b.1":     sp(n.get("b").elems[1].rng),
		"B (any)": sp(n.get("B").rng),
	}
	want := map[string]span{
		"root":    {Text: src, Start: "1:1", End: "5:2"},
		"a":       {Text: `"é"`, Start: "2:8", End: "2:11"},
		"a key":   {Text: `"a"`, Start: "2:3", End: "2:6"},
		"b":       {Text: "[1,\n    {\"c\": null}]", Start: "3:8", End: "4:17"},
		"b.1.c":   {Text: "null", Start: "4:11", End: "4:15"},
		"b.1":     {Text: `{"c": null}`, Start: "4:5", End: "4:16"},
		"B (any)": {Text: "[1,\n    {\"c\": null}]", Start: "3:8", End: "4:17"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("parseJSONC ranges (-want +got):\n%s", diff)
	}
}

// FuzzJSONC checks that the reader never panics, that every range lies
// within the source with start before end, and that a failure is reported
// as an Error diagnostic.
func FuzzJSONC(f *testing.F) {
	_ = filepath.WalkDir(goldenDir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && !strings.HasSuffix(p, ".golden.json") {
			if src, err := os.ReadFile(p); err == nil {
				f.Add(src)
			}
		}
		return nil
	})
	f.Add([]byte("{\"a\": [1, 2,], /* c */ \"b\": \"\\u00e9\"}"))
	f.Fuzz(func(t *testing.T, src []byte) {
		n, diags := parseJSONC("f.json", src)
		for _, d := range diags {
			if d.Range == nil || d.Range.Start.Byte < 0 || d.Range.End.Byte > len(src) {
				t.Fatalf("diagnostic %v has a range outside [0, %d]", d, len(src))
			}
		}
		if n == nil {
			if !diags.HasErrors() {
				t.Fatalf("parseJSONC returned no value and no error")
			}
			return
		}
		var walk func(n *node)
		walk = func(n *node) {
			r := n.rng
			if r.Start.Byte < 0 || r.Start.Byte > r.End.Byte || r.End.Byte > len(src) || r.Filename != "f.json" {
				t.Fatalf("range %+v outside [0, %d]", r, len(src))
			}
			for _, e := range n.elems {
				walk(e)
			}
			for _, m := range n.members {
				walk(m.value)
			}
		}
		walk(n)
	})
}

func TestParseJSONCDepthLimit(t *testing.T) {
	src := strings.Repeat("[", maxJSONDepth) + strings.Repeat("]", maxJSONDepth)
	if n, diags := parseJSONC("t.json", []byte(src)); n == nil || len(diags) != 0 {
		t.Errorf("parseJSONC(%d nested arrays) = %v, %v; want a value and no diagnostics", maxJSONDepth, n != nil, diags)
	}
}
