package diagset

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/preflight-iac/preflight/graph"
)

func TestSetAdd(t *testing.T) {
	at := func(line int) *graph.Range {
		return &graph.Range{Filename: "main.tf", Start: graph.Pos{Line: line, Byte: line * 10}, End: graph.Pos{Line: line, Byte: line*10 + 5}}
	}
	a := graph.Diagnostic{Severity: graph.Error, Summary: "Bad", Range: at(1)}
	b := graph.Diagnostic{Severity: graph.Error, Summary: "Bad", Range: at(2)}
	c := graph.Diagnostic{Severity: graph.Warning, Summary: "Bad", Range: at(1)}
	var s Set
	s.Add(a, b, a)
	s.Add(c, b)
	if diff := cmp.Diff(graph.Diagnostics{a, b, c}, s.List); diff != "" {
		t.Errorf("Set.Add (-want +got):\n%s", diff)
	}
}

func TestStack(t *testing.T) {
	long := ""
	for i := 0; i < 40; i++ {
		long += "frame\n"
	}
	if got := Stack([]byte(long)); len(got) != len("frame\n")*16-1 {
		t.Errorf("Stack(40 lines) = %d bytes; want the first 16 lines", len(got))
	}
}
