package fix

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// apply1 applies edits computed on src.
func apply1(t *testing.T, src string, edits []edit) string {
	t.Helper()
	st := newState(map[string][]byte{"f": []byte(src)}, map[string]*parsed{})
	if err := st.apply(edits, 0); err != nil {
		t.Fatal(err)
	}
	return string(st.bytes("f"))
}

func TestJSONInsert(t *testing.T) {
	tests := []struct {
		name, src, want string
		value           any
	}{
		{"empty object", `{"p": {}}`, "{\"p\": {\n  \"k\": true\n}}", true},
		{"only a comment", "{\"p\": { /* c */ }}", "{\"p\": {\n  \"k\": true /* c */ }}", true},
		{"one line", `{"p": { "a": 1 }}`, `{"p": { "a": 1, "k": true }}`, true},
		{"one line, trailing comma", `{"p": { "a": 1, }}`, `{"p": { "a": 1, "k": true }}`, true},
		{"lines, comment after the last", "{\n  \"a\": 1 // one\n}", "{\n  \"a\": 1, // one\n  \"k\": true\n}", true},
		{"lines, trailing comma kept", "{\n    \"a\": 1,\n}", "{\n    \"a\": 1,\n    \"k\": true,\n}", true},
		{"object value indented", "{\n  \"a\": 1\n}", "{\n  \"a\": 1,\n  \"k\": {\n    \"x\": \"y\"\n  }\n}", map[string]any{"x": "y"}},
		{"one line, object value", `{ "a": 1 }`, `{ "a": 1, "k": { "x": [1, 2] } }`, map[string]any{"x": []any{1, 2}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, err := parseJSONC([]byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			obj := root
			if k := root.member("p"); k >= 0 {
				obj = root.members[k].value
			}
			edits, err := jsonInsert("f", []byte(tt.src), obj, "k", tt.value)
			if err != nil {
				t.Fatal(err)
			}
			got := apply1(t, tt.src, edits)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if _, err := parseJSONC([]byte(got)); err != nil {
				t.Errorf("result does not parse: %v", err)
			}
		})
	}
}

func TestHCLInsert(t *testing.T) {
	tests := []struct {
		name, src, want string
		block           bool
	}{
		{
			name: "after the last attribute, aligned",
			src:  "r \"a\" \"b\" {\n  ab   = 1\n  abcd = 2\n\n  x {}\n}\n",
			want: "r \"a\" \"b\" {\n  ab   = 1\n  abcd = 2\n  k    = true\n\n  x {}\n}\n",
		},
		{
			name: "before blocks when there is no attribute",
			src:  "r \"a\" \"b\" {\n  x {}\n}\n",
			want: "r \"a\" \"b\" {\n  k = true\n\n  x {}\n}\n",
		},
		{
			name:  "a block at the end after a blank line",
			src:   "r \"a\" \"b\" {\n\ta = 1\n}\n",
			want:  "r \"a\" \"b\" {\n\ta = 1\n\n\tk {\n\t  v = true\n\t}\n}\n",
			block: true,
		},
		{
			name:  "a block in a one-line block",
			src:   "r \"a\" \"b\" { a = 1 }\n",
			want:  "r \"a\" \"b\" {\n  a = 1\n\n  k {\n    v = true\n  }\n}\n",
			block: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body, err := parseHCL([]byte(tt.src), "f")
			if err != nil {
				t.Fatal(err)
			}
			text, err := attrText("k", true)
			if tt.block {
				text, err = blockText("k", nil, map[string]any{"v": true}, nil)
			}
			if err != nil {
				t.Fatal(err)
			}
			got := apply1(t, tt.src, hclInsert("f", []byte(tt.src), body.Blocks[0], text, tt.block))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if _, err := parseHCL([]byte(got), "f"); err != nil {
				t.Errorf("result does not parse: %v", err)
			}
		})
	}
}

func TestMapRange(t *testing.T) {
	st := newState(map[string][]byte{"f": []byte("0123456789")}, map[string]*parsed{})
	if err := st.apply([]edit{{path: "f", start: 2, end: 2, text: "ab"}, {path: "f", start: 5, end: 7, text: "X"}}, 0); err != nil {
		t.Fatal(err)
	}
	if got := string(st.bytes("f")); got != "01ab234X789" {
		t.Fatalf("bytes %q", got)
	}
	tests := []struct {
		start, end         int
		wantStart, wantEnd int
		ok                 bool
	}{
		{0, 2, 0, 2, true},   // before the insertion
		{2, 4, 4, 6, true},   // text inserted at the start goes before
		{1, 4, 1, 6, true},   // grows around the insertion
		{7, 10, 8, 11, true}, // after both
		{4, 8, 6, 9, true},   // the replaced part inside
		{6, 8, 0, 0, false},  // partly replaced
	}
	for _, tt := range tests {
		s, e, ok := st.mapRange("f", tt.start, tt.end)
		if ok != tt.ok || ok && (s != tt.wantStart || e != tt.wantEnd) {
			t.Errorf("mapRange(%d, %d) = %d, %d, %v; want %d, %d, %v", tt.start, tt.end, s, e, ok, tt.wantStart, tt.wantEnd, tt.ok)
		}
	}
}
