package fix

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/apparentlymart/go-textseg/v15/textseg"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/preflight-iac/preflight/graph"
)

// state is the content of the files as fixes are applied one after the
// other. Fixes locate what they edit in the current bytes, so that a fix
// sees what earlier ones did (a block one of them created, a value one of
// them set); ranges recorded by the parser, which refer to the original
// bytes, are mapped through the edits applied so far.
type state struct {
	orig  map[string][]byte
	files map[string]*fileState
	// origParsed caches the parses of the original bytes, shared by the
	// states of one plan.
	origParsed map[string]*parsed
}

// parsed caches the parse of one version of a file.
type parsed struct {
	hclDone, jsonDone bool
	body              *hclsyntax.Body
	root              *jnode
	hclErr, jsonErr   error
}

type fileState struct {
	cur []byte
	// applied are the edits made so far, in the order made, each in the
	// coordinates of the bytes it was applied to.
	applied []span
	// owned are the regions of cur written by each fix, for conflicts.
	owned []region
	// batches counts the calls of apply: the edits of a single call all
	// refer to the original bytes.
	batches int
	parsed  *parsed // of cur, once edited
}

type span struct {
	start, end, n int // replaced [start, end) by n bytes
	text          string
}

// region is a range of the current bytes written by the fix of one
// finding.
type region struct {
	start, end int
	owner      int // index of the finding
}

func newState(orig map[string][]byte, cache map[string]*parsed) *state {
	return &state{orig: orig, files: map[string]*fileState{}, origParsed: cache}
}

// parsedOf returns the parse cache of the current bytes of name.
func (s *state) parsedOf(name string) *parsed {
	f := s.file(name)
	if f == nil {
		return &parsed{}
	}
	if f.batches == 0 {
		p := s.origParsed[name]
		if p == nil {
			p = &parsed{}
			s.origParsed[name] = p
		}
		return p
	}
	if f.parsed == nil {
		f.parsed = &parsed{}
	}
	return f.parsed
}

// hcl parses the current bytes of name as native HCL.
func (s *state) hcl(name string) (*hclsyntax.Body, error) {
	p := s.parsedOf(name)
	if !p.hclDone {
		p.body, p.hclErr = parseHCL(s.bytes(name), name)
		p.hclDone = true
	}
	return p.body, p.hclErr
}

// json parses the current bytes of name as JSONC.
func (s *state) json(name string) (*jnode, error) {
	p := s.parsedOf(name)
	if !p.jsonDone {
		p.root, p.jsonErr = parseJSONC(s.bytes(name))
		if p.jsonErr != nil {
			p.jsonErr = fmt.Errorf("parse %s: %w", name, p.jsonErr)
		}
		p.jsonDone = true
	}
	return p.root, p.jsonErr
}

// file returns the state of name, nil when the graph does not have it.
func (s *state) file(name string) *fileState {
	if f, ok := s.files[name]; ok {
		return f
	}
	src, ok := s.orig[name]
	if !ok {
		return nil
	}
	f := &fileState{cur: src}
	s.files[name] = f
	return f
}

// bytes returns the current content of name, or nil.
func (s *state) bytes(name string) []byte {
	if f := s.file(name); f != nil {
		return f.cur
	}
	return nil
}

// mapRange maps a range of the original bytes to the current ones; ok is
// false when an edit replaced part of it.
func (s *state) mapRange(name string, start, end int) (int, int, bool) {
	f := s.file(name)
	if f == nil {
		return 0, 0, false
	}
	for _, e := range f.applied {
		delta := e.n - (e.end - e.start)
		switch {
		case start >= e.end:
			// After the edit (text inserted exactly at start goes before
			// it).
			start += delta
			end += delta
			continue
		case end <= e.start:
			continue
		case start <= e.start && e.end <= end:
			// An edit inside the range: the range grows or shrinks.
			end += delta
			continue
		}
		return 0, 0, false
	}
	return start, end, true
}

// edit is one replacement in the current bytes of a file.
type edit struct {
	path       string
	start, end int
	text       string
}

// conflict returns the owner of a region of another fix that e overlaps,
// or -1.
func (s *state) conflict(e edit, owner int) int {
	f := s.file(e.path)
	if f == nil {
		return -1
	}
	for _, r := range f.owned {
		if r.owner == owner {
			continue
		}
		if e.start == e.end {
			// Inserting into what another fix wrote (a member into the
			// object it created) composes; the file is parsed again.
			continue
		}
		if e.start < r.end && r.start < e.end {
			return r.owner
		}
	}
	return -1
}

// apply makes the edits, which refer to the current bytes and must not
// overlap one another, on behalf of the fix of owner.
func (s *state) apply(edits []edit, owner int) error {
	byFile := map[string][]edit{}
	for _, e := range edits {
		byFile[e.path] = append(byFile[e.path], e)
	}
	for name, es := range byFile {
		f := s.file(name)
		if f == nil {
			return fmt.Errorf("edit %s: not a scanned file", name)
		}
		f.batches++
		f.parsed = nil
		// Apply from the end so that earlier offsets stay valid; of edits
		// at the same offset, the last listed is applied first so that the
		// texts end up in the order listed.
		for i, j := 0, len(es)-1; i < j; i, j = i+1, j-1 {
			es[i], es[j] = es[j], es[i]
		}
		sort.SliceStable(es, func(i, j int) bool { return es[i].start > es[j].start })
		for i := 1; i < len(es); i++ {
			if es[i].end > es[i-1].start {
				return fmt.Errorf("edit %s: overlapping edits at byte %d", name, es[i].start)
			}
		}
		for _, e := range es {
			if e.start < 0 || e.end < e.start || e.end > len(f.cur) {
				return fmt.Errorf("edit %s: range [%d, %d) outside the file", name, e.start, e.end)
			}
			var b bytes.Buffer
			b.Grow(len(f.cur) - (e.end - e.start) + len(e.text))
			b.Write(f.cur[:e.start])
			b.WriteString(e.text)
			b.Write(f.cur[e.end:])
			f.cur = b.Bytes()
			sp := span{e.start, e.end, len(e.text), e.text}
			f.applied = append(f.applied, sp)
			delta := sp.n - (sp.end - sp.start)
			for k := range f.owned {
				r := &f.owned[k]
				if r.start >= sp.end {
					r.start += delta
					r.end += delta
				} else if r.end > sp.start {
					r.end = max(r.start, r.end+delta)
				}
			}
			f.owned = append(f.owned, region{e.start, e.start + len(e.text), owner})
		}
	}
	return nil
}

// posAt converts a byte offset of src to a graph.Pos with 1-based line and
// column. Columns count characters as the parser of the file does:
// grapheme clusters in HCL (as hcl does), code points in JSON.
func posAt(src []byte, off int) graph.Pos {
	return posIn("", src, off)
}

func posIn(name string, src []byte, off int) graph.Pos {
	off = min(max(off, 0), len(src))
	line := 1 + bytes.Count(src[:off], []byte("\n"))
	ls := bytes.LastIndexByte(src[:off], '\n') + 1
	col := utf8.RuneCount(src[ls:off])
	if !strings.HasSuffix(name, ".json") {
		if n, err := textseg.TokenCount(src[ls:off], textseg.ScanGraphemeClusters); err == nil {
			col = n
		}
	}
	return graph.Pos{Line: line, Column: 1 + col, Byte: off}
}

// written reports whether [start, end) of the current bytes of name lies
// in text a fix of this run wrote.
func (s *state) written(name string, start, end int) bool {
	f := s.file(name)
	if f == nil {
		return false
	}
	for _, r := range f.owned {
		if r.start <= start && end <= r.end {
			return true
		}
	}
	return false
}
