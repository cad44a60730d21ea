package arm

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestConvertParam(t *testing.T) {
	tests := []struct {
		typ, in string
		want    any
		wantErr bool
	}{
		{typ: "int", in: " 42 ", want: 42},
		{typ: "int", in: "4.5", wantErr: true},
		{typ: "bool", in: "true", want: true},
		{typ: "bool", in: "yes", wantErr: true},
		{typ: "array", in: `["a", 1,]`, want: []any{"a", 1}},
		{typ: "array", in: `{"a": 1}`, wantErr: true},
		{typ: "object", in: `{"a": {"b": null}}`, want: map[string]any{"a": map[string]any{"b": nil}}},
		{typ: "secureobject", in: `{`, wantErr: true},
		{typ: "string", in: `["not", "parsed"]`, want: `["not", "parsed"]`},
		{typ: "securestring", in: "p@ss", want: "p@ss"},
		{typ: "", in: "untyped", want: "untyped"},
	}
	for _, tt := range tests {
		got, err := convertParam(tt.typ, tt.in)
		if (err != nil) != tt.wantErr {
			t.Errorf("convertParam(%q, %q) error = %v; want error %v", tt.typ, tt.in, err, tt.wantErr)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("convertParam(%q, %q) (-want +got):\n%s", tt.typ, tt.in, diff)
		}
	}
}

func TestGraphIDOf(t *testing.T) {
	tests := []struct {
		id, want string
		ok       bool
	}{
		{id: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st", want: "Microsoft.Storage/storageAccounts/st", ok: true},
		{id: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/nsg/securityRules/r", want: "Microsoft.Network/networkSecurityGroups/securityRules/nsg/r", ok: true},
		{id: "/subscriptions/s/providers/Microsoft.Storage/storageAccounts/st/providers/Microsoft.Authorization/locks/l", want: "Microsoft.Authorization/locks/l", ok: true},
		{id: "/providers/Microsoft.Storage/storageAccounts", ok: false},
		{id: "storage", ok: false},
	}
	for _, tt := range tests {
		got, ok := graphIDOf(tt.id)
		if got != tt.want || ok != tt.ok {
			t.Errorf("graphIDOf(%q) = %q, %v; want %q, %v", tt.id, got, ok, tt.want, tt.ok)
		}
	}
}

func TestFitType(t *testing.T) {
	tests := []struct {
		typ    string
		in     any
		want   any
		wantOK bool
	}{
		{typ: "string", in: "a", want: "a", wantOK: true},
		{typ: "securestring", in: 1, want: 1},
		{typ: "int", in: 3, want: 3, wantOK: true},
		{typ: "int", in: 3.0, want: 3, wantOK: true},
		{typ: "int", in: 3.5, want: 3.5},
		{typ: "int", in: "3", want: "3"},
		{typ: "bool", in: false, want: false, wantOK: true},
		{typ: "bool", in: "false", want: "false"},
		{typ: "object", in: map[string]any{}, want: map[string]any{}, wantOK: true},
		{typ: "secureobject", in: []any{}, want: []any{}},
		{typ: "array", in: []any{1}, want: []any{1}, wantOK: true},
		{typ: "array", in: nil, want: nil},
		{typ: "", in: "untyped", want: "untyped", wantOK: true},
		{typ: "frobnicate", in: 1, want: 1, wantOK: true},
	}
	for _, tt := range tests {
		got, ok := fitType(tt.typ, tt.in)
		if ok != tt.wantOK {
			t.Errorf("fitType(%q, %#v) ok = %v; want %v", tt.typ, tt.in, ok, tt.wantOK)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("fitType(%q, %#v) (-want +got):\n%s", tt.typ, tt.in, diff)
		}
	}
}

func TestViolations(t *testing.T) {
	tests := []struct {
		decl string
		v    any
		want []string
	}{
		{decl: `{"allowedValues": ["A", "B"]}`, v: "a"},
		{decl: `{"allowedValues": ["A", "B"]}`, v: "c", want: []string{`is not in its allowedValues ["A","B"]`}},
		{decl: `{"allowedValues": [1, 2]}`, v: 2},
		{decl: `{"allowedValues": [1, 2]}`, v: "1", want: []string{`is not in its allowedValues [1,2]`}},
		{decl: `{"allowedValues": ["1", "2"]}`, v: []any{"2", "1"}},
		{decl: `{"allowedValues": ["1", "2"]}`, v: []any{"3"}, want: []string{`is not in its allowedValues ["1","2"]`}},
		{decl: `{"allowedValues": [["a"], ["b", "c"]]}`, v: []any{"b", "c"}},
		{decl: `{"allowedValues": [["a"], ["b", "c"]]}`, v: []any{"b"}, want: []string{`is not in its allowedValues [["a"],["b","c"]]`}},
		{decl: `{"minValue": 1, "maxValue": 3}`, v: 1},
		{decl: `{"minValue": 1, "maxValue": 3}`, v: 3},
		{decl: `{"minValue": 1, "maxValue": 3}`, v: 0, want: []string{"is less than its minValue 1"}},
		{decl: `{"minValue": 1, "maxValue": 3}`, v: 4, want: []string{"is greater than its maxValue 3"}},
		{decl: `{"minLength": 2, "maxLength": 3}`, v: "äö"},
		{decl: `{"minLength": 2, "maxLength": 3}`, v: "a", want: []string{"has length 1, less than its minLength 2"}},
		{decl: `{"minLength": 2, "maxLength": 3}`, v: []any{1, 2, 3, 4}, want: []string{"has length 4, more than its maxLength 3"}},
		{decl: `{"minLength": 2, "maxValue": 0, "allowedValues": ["x"]}`, v: "y", want: []string{`is not in its allowedValues ["x"]`, "has length 1, less than its minLength 2"}},
		{decl: `{"minLength": "two"}`, v: "a"},
		{decl: `"not an object"`, v: "a"},
	}
	for _, tt := range tests {
		decl, diags := parseJSONC("t.json", []byte(tt.decl))
		if decl == nil {
			t.Fatalf("parse %s: %v", tt.decl, diags)
		}
		p := &parameter{name: "p", decl: decl}
		if diff := cmp.Diff(tt.want, p.violations(tt.v)); diff != "" {
			t.Errorf("violations(%s, %#v) (-want +got):\n%s", tt.decl, tt.v, diff)
		}
	}
}
