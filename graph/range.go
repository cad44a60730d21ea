package graph

import "fmt"

// Pos is a position in a source file. Line and Column are 1-based; Byte is the
// 0-based offset that fixes edit.
type Pos struct {
	Line   int `json:"line"`
	Column int `json:"column"`
	Byte   int `json:"byte"`
}

// Range is a span of source text. Filename is the path as reported to users:
// the path the user named plus the path below it (infra/main.tf).
type Range struct {
	Filename string `json:"filename"`
	Start    Pos    `json:"start"`
	End      Pos    `json:"end"`
}

// String returns "file:line:column", which editors and terminals make
// clickable. A zero Range prints as the empty string.
func (r Range) String() string {
	switch {
	case r.Filename == "":
		return ""
	case r.Start.Line == 0:
		return r.Filename
	}
	return fmt.Sprintf("%s:%d:%d", r.Filename, r.Start.Line, r.Start.Column)
}

// Line returns "file:line", the short form used in value origins.
func (r Range) Line() string {
	if r.Start.Line == 0 {
		return r.Filename
	}
	return fmt.Sprintf("%s:%d", r.Filename, r.Start.Line)
}
