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
