package arm

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/preflight-iac/preflight/graph"
)

// TestExpressionLimits checks that expressions built to exhaust memory stop
// with an error naming the limit, quickly, whether they build one huge
// value or many large ones.
func TestExpressionLimits(t *testing.T) {
	big := strings.Repeat("a", 1_000_000)
	arr := make([]any, 60_000)
	for i := range arr {
		arr[i] = i
	}
	mib := "replace(padLeft('', 16000, 'a'), 'a', '" + strings.Repeat("a", 64) + "')" // 1,024,000 bytes
	tests := []struct {
		name, expr, wantErr string
	}{
		{name: "join of shared strings", expr: "[join(map(range(0, 10000), lambda('i', variables('big'))), '')]", wantErr: "join(): result is longer than 1048576 bytes"},
		{name: "string of a large array", expr: "[string(map(range(0, 10000), lambda('i', variables('big'))))]", wantErr: "string(): result is longer than 1048576 bytes"},
		{name: "json text of shared arrays", expr: "[length(string(map(range(0, 10000), lambda('i', map(range(0, 10000), lambda('j', 1))))))]", wantErr: "more than"},
		{name: "concat of strings", expr: "[concat(variables('big'), variables('big'))]", wantErr: "concat(): result is longer than 1048576 bytes"},
		{name: "format repeating an argument", expr: "[format('{0}{0}', variables('big'))]", wantErr: "format(): result is longer than 1048576 bytes"},
		{name: "padLeft", expr: "[padLeft('a', 100000)]", wantErr: "padLeft(): total length 100000 exceeds the limit of 16384"},
		{name: "replace", expr: "[replace(" + mib + ", 'a', 'aa')]", wantErr: "replace(): result is longer than 1048576 bytes"},
		{name: "concat of arrays", expr: "[length(concat(variables('arr'), variables('arr')))]", wantErr: "concat(): result has more than 100000 elements"},
		{name: "range too long", expr: "[range(0, 10001)]", wantErr: "range(): count 10001 must be between 0 and 10000"},
		{name: "range negative", expr: "[range(0, -1)]", wantErr: "range(): count -1 must be between 0 and 10000"},
		{name: "many distinct large strings", expr: "[length(map(range(0, 10000), lambda('i', " + mib + ")))]", wantErr: "build more than 256 MiB of values"},
		{name: "nested ranges", expr: "[length(map(range(0, 10000), lambda('i', range(0, 10000))))]", wantErr: "more than"},
		{name: "deep nesting", expr: "[" + strings.Repeat("string(", 70) + "1" + strings.Repeat(")", 70) + "]", wantErr: "expression nests more than 64 levels"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := testContext(nil)
			ctx.variable = func(name string) (any, error) {
				switch name {
				case "big":
					return big, nil
				case "arr":
					return arr, nil
				}
				return nil, fmt.Errorf("variables(): variable %q is not defined", name)
			}
			start := time.Now()
			v, err := evalString(tt.expr, ctx)
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("evalString = %.40v, %v; want an error containing %q", v, err, tt.wantErr)
			}
			if d := time.Since(start); d > 20*time.Second {
				t.Errorf("evalString took %v; a limit should stop it sooner", d)
			}
		})
	}
}

// TestTemplateLimits checks the limits of whole templates: each is an Error
// diagnostic at the offending line, and the rest of the tree is evaluated.
func TestTemplateLimits(t *testing.T) {
	resource := func(extra string) string {
		return `{` + testSchema + `,
  "resources": [{"type": "Microsoft.Storage/storageAccounts", "name": "[concat('s', copyIndex())]"` + extra + `}]}`
	}
	mib := "[replace(padLeft('', 16000, 'a'), 'a', '" + strings.Repeat("a", 64) + "')]"
	var props strings.Builder
	for i := range 300 {
		fmt.Fprintf(&props, "%q: %q,\n", fmt.Sprintf("p%d", i), mib)
	}
	tests := []struct {
		name      string
		src       string
		wantRes   int
		wantDiag  string // summary
		wantLine  int    // 0: no range expected
		wantInDet string // part of the detail
	}{
		{name: "copy count over Azure's limit", src: resource(`,
  "copy": {"name": "c", "count": 801}`), wantRes: maxCopyCount, wantDiag: "Copy count too large", wantLine: 3, wantInDet: "at most 800"},
		{name: "negative copy count", src: resource(`,
  "copy": {"name": "c", "count": -1}`), wantRes: 0, wantDiag: "Invalid copy count", wantLine: 3, wantInDet: "must not be negative"},
		{name: "JSON nested too deeply", src: "{" + testSchema + ",\n\"x\": " + strings.Repeat("[", maxJSONDepth+1) + strings.Repeat("]", maxJSONDepth+1) + "}", wantDiag: "Invalid JSON", wantLine: 2, wantInDet: "nest more than 256 levels"},
		{name: "variable cycle", src: `{` + testSchema + `,
  "variables": {"a": "[variables('b')]", "b": "[variables('a')]"},
  "resources": [{"type": "Microsoft.Storage/storageAccounts", "name": "[variables('a')]"}]}`, wantRes: 1, wantDiag: "Invalid template expression", wantLine: 2, wantInDet: "refers to itself"},
		{name: "scan-wide budget of built values", src: `{` + testSchema + `,
  "resources": [{"type": "Microsoft.Storage/storageAccounts", "name": "s", "properties": {
` + props.String() + `"last": 1}}]}`, wantRes: 1, wantDiag: "Scan limit reached", wantInDet: "256 MiB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := Load(fstest.MapFS{"main.json": {Data: []byte(tt.src)}, "good.json": {Data: []byte(storageTemplate)}}, "", Options{})
			if got := len(g.Resources) - 1; got != tt.wantRes {
				t.Errorf("got %d resources from main.json; want %d", got, tt.wantRes)
			}
			var found *graph.Diagnostic
			for i, d := range g.Diagnostics {
				if d.Summary == tt.wantDiag && d.Severity == graph.Error && strings.Contains(d.Detail, tt.wantInDet) {
					found = &g.Diagnostics[i]
				}
			}
			if found == nil {
				t.Fatalf("diagnostics %v; want an error %q mentioning %q", g.Diagnostics, tt.wantDiag, tt.wantInDet)
			}
			if tt.wantLine > 0 && (found.Range == nil || found.Range.Filename != "main.json" || found.Range.Start.Line != tt.wantLine) {
				t.Errorf("diagnostic %v; want it at main.json:%d", found, tt.wantLine)
			}
		})
	}
}

// TestPairedParamFileUndeclared checks that a parameter the paired
// parameter file sets but the template does not declare (a typo Azure
// rejects) is an Error at the file's line.
func TestPairedParamFileUndeclared(t *testing.T) {
	g := Load(fstest.MapFS{
		"main.json": {Data: []byte(storageTemplate)},
		"main.parameters.json": {Data: []byte(`{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "parameters": {
    "nmae": {"value": "typo"}}}`)},
	}, "", Options{})
	want := "error: main.parameters.json:3:5: Undeclared parameter; The parameter file sets \"nmae\", which main.json does not declare; Azure rejects the deployment. Check the name for a typo."
	var got []string
	for _, d := range g.Diagnostics {
		got = append(got, d.Severity.String()+": "+d.Error())
	}
	if len(got) != 1 || got[0] != want {
		t.Errorf("diagnostics %q; want [%q]", got, want)
	}
}
