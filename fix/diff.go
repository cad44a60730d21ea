package fix

import (
	"fmt"
	"path/filepath"
	"strings"

	udiff "github.com/aymanbagabas/go-udiff"
)

// contextLines is the number of unchanged lines around each hunk.
const contextLines = 3

// Diff returns a unified diff of every change ("--- a/<path>", "+++
// b/<path>", or the path alone when it is absolute), files in path order. A file changed by a fix that replaces
// its resource is preceded by a "#" line saying so, which patch and git
// apply skip.
func (r *Result) Diff() string {
	var b strings.Builder
	for _, c := range r.Changes {
		for _, f := range r.Fixed {
			if !f.Replaces || !touches(f, c.Path) {
				continue
			}
			fmt.Fprintf(&b, "# %s: %s %s\n", f.Finding.Resource, f.Finding.RuleID, noteReplaces)
		}
		from, to := "a/"+c.Path, "b/"+c.Path
		if filepath.IsAbs(c.Path) {
			// A scan of an absolute path: the names as diff -u writes
			// them, for patch -p0 (git apply takes relative paths only).
			from, to = c.Path, c.Path
		}
		b.WriteString(unifiedDiff(from, to, string(c.Before), string(c.After)))
	}
	return b.String()
}

// touches reports whether the fix edits the file.
func touches(f Fixed, path string) bool {
	for _, e := range f.Edits {
		if e.Path == path {
			return true
		}
	}
	return false
}

// lineEdit replaces the lines [start, end) of the old text by add.
type lineEdit struct {
	start, end int
	add        []string
}

// unifiedDiff renders the differences of a and b as a unified diff. The
// line differences come from go-udiff; the hunks are assembled here so
// that their line numbers are exact.
func unifiedDiff(from, to, a, b string) string {
	if a == b {
		return ""
	}
	old := splitKeep(a)
	var edits []lineEdit
	for _, e := range udiff.Lines(a, b) {
		start := strings.Count(a[:e.Start], "\n")
		end := strings.Count(a[:e.End], "\n")
		if e.End == len(a) && e.End > e.Start && !strings.HasSuffix(a, "\n") {
			end++ // a last line without a newline
		}
		if e.Start > 0 && a[e.Start-1] != '\n' {
			// Not at a line start: widen to whole lines.
			ls := strings.LastIndexByte(a[:e.Start], '\n') + 1
			e.New = a[ls:e.Start] + e.New
		}
		if e.End < len(a) && e.End > 0 && a[e.End-1] != '\n' {
			le := strings.IndexByte(a[e.End:], '\n')
			stop := len(a)
			if le >= 0 {
				stop = e.End + le + 1
			}
			e.New += a[e.End:stop]
			end = strings.Count(a[:stop], "\n")
			if stop == len(a) && !strings.HasSuffix(a, "\n") {
				end++
			}
		}
		if n := len(edits); n > 0 && edits[n-1].end >= start {
			// Touching edits become one.
			edits[n-1].end = max(edits[n-1].end, end)
			edits[n-1].add = append(edits[n-1].add, splitKeep(e.New)...)
			continue
		}
		edits = append(edits, lineEdit{start: start, end: end, add: splitKeep(e.New)})
	}
	var out strings.Builder
	fmt.Fprintf(&out, "--- %s\n+++ %s\n", from, to)
	delta := 0 // lines added minus removed before the current hunk
	for i := 0; i < len(edits); {
		j := i
		for j+1 < len(edits) && edits[j+1].start-edits[j].end <= 2*contextLines {
			j++
		}
		fromStart := max(0, edits[i].start-contextLines)
		fromEnd := min(len(old), edits[j].end+contextLines)
		var body strings.Builder
		hunkDelta := 0
		at := fromStart
		for k := i; k <= j; k++ {
			e := edits[k]
			writeLines(&body, " ", old[at:e.start])
			writeLines(&body, "-", old[e.start:e.end])
			writeLines(&body, "+", e.add)
			hunkDelta += len(e.add) - (e.end - e.start)
			at = e.end
		}
		writeLines(&body, " ", old[at:fromEnd])
		n := fromEnd - fromStart
		fmt.Fprintf(&out, "@@ -%s +%s @@\n", hunkRange(fromStart, n), hunkRange(fromStart+delta, n+hunkDelta))
		out.WriteString(body.String())
		delta += hunkDelta
		i = j + 1
	}
	return out.String()
}

// hunkRange formats the start (0-based) and length of a hunk side.
func hunkRange(start, n int) string {
	switch n {
	case 0:
		return fmt.Sprintf("%d,0", start)
	case 1:
		return fmt.Sprintf("%d", start+1)
	}
	return fmt.Sprintf("%d,%d", start+1, n)
}

// splitKeep splits text into lines that keep their newline.
func splitKeep(s string) []string {
	lines := strings.SplitAfter(s, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

func writeLines(b *strings.Builder, prefix string, lines []string) {
	for _, l := range lines {
		b.WriteString(prefix + l)
		if !strings.HasSuffix(l, "\n") {
			b.WriteString("\n\\ No newline at end of file\n")
		}
	}
}
