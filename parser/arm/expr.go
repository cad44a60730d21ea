package arm

import (
	"fmt"
	"strconv"
	"strings"
)

// exprNode is one node of a parsed template expression. text is the
// node's source text, which names unknown values ("reference('st1').id").
type exprNode interface {
	source() string
}

// exprLiteral is a string or integer literal, or one of the bare words true,
// false and null.
type exprLiteral struct {
	text  string
	value any
}

// exprCall is a function call. ns is empty for built-in functions; name is
// kept as written and looked up case-insensitively.
type exprCall struct {
	text string
	ns   string
	name string
	args []exprNode
}

// exprMember is property access: target.name.
type exprMember struct {
	text   string
	target exprNode
	name   string
}

// exprIndex is element or property access: target[index].
type exprIndex struct {
	text   string
	target exprNode
	index  exprNode
}

func (n *exprLiteral) source() string { return n.text }
func (n *exprCall) source() string    { return n.text }
func (n *exprMember) source() string  { return n.text }
func (n *exprIndex) source() string   { return n.text }

type exprTokenKind int

const (
	tokEOF exprTokenKind = iota
	tokIdent
	tokString
	tokInt
	tokLParen
	tokRParen
	tokLBracket
	tokRBracket
	tokComma
	tokDot
)

func (k exprTokenKind) String() string {
	switch k {
	case tokEOF:
		return "end of expression"
	case tokIdent:
		return "name"
	case tokString:
		return "string"
	case tokInt:
		return "integer"
	case tokLParen:
		return "'('"
	case tokRParen:
		return "')'"
	case tokLBracket:
		return "'['"
	case tokRBracket:
		return "']'"
	case tokComma:
		return "','"
	case tokDot:
		return "'.'"
	}
	return "exprToken"
}

type exprToken struct {
	kind  exprTokenKind
	pos   int // byte offset in the expression text
	end   int
	text  string // identifier text, or the decoded string literal
	value int
}

// exprLexer splits expression text into tokens. Positions in its errors are
// 1-based columns of the whole JSON string value, whose column 1 is the
// opening '['; that is what a template author counts.
type exprLexer struct {
	src string
	pos int
}

func exprColumn(offset int) int { return offset + 2 }

func exprIsIdentStart(c byte) bool {
	return c == '_' || c == '$' || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z')
}

func exprIsIdentPart(c byte) bool {
	return exprIsIdentStart(c) || ('0' <= c && c <= '9')
}

func punctuation(c byte) exprTokenKind {
	switch c {
	case '(':
		return tokLParen
	case ')':
		return tokRParen
	case '[':
		return tokLBracket
	case ']':
		return tokRBracket
	case ',':
		return tokComma
	case '.':
		return tokDot
	}
	return tokEOF
}

func exprIsDigit(c byte) bool { return '0' <= c && c <= '9' }

func (l *exprLexer) next() (exprToken, error) {
	for l.pos < len(l.src) && (l.src[l.pos] == ' ' || l.src[l.pos] == '\t' || l.src[l.pos] == '\r' || l.src[l.pos] == '\n') {
		l.pos++
	}
	start := l.pos
	if l.pos >= len(l.src) {
		return exprToken{kind: tokEOF, pos: start, end: start}, nil
	}
	c := l.src[l.pos]
	if k := punctuation(c); k != tokEOF {
		l.pos++
		return exprToken{kind: k, pos: start, end: l.pos}, nil
	}
	switch {
	case c == '\'':
		var b strings.Builder
		l.pos++
		for {
			if l.pos >= len(l.src) {
				return exprToken{}, fmt.Errorf("unterminated string starting at position %d", exprColumn(start))
			}
			if l.src[l.pos] == '\'' {
				if l.pos+1 < len(l.src) && l.src[l.pos+1] == '\'' {
					b.WriteByte('\'')
					l.pos += 2
					continue
				}
				l.pos++
				return exprToken{kind: tokString, pos: start, end: l.pos, text: b.String()}, nil
			}
			b.WriteByte(l.src[l.pos])
			l.pos++
		}
	case exprIsDigit(c) || (c == '-' && l.pos+1 < len(l.src) && exprIsDigit(l.src[l.pos+1])):
		l.pos++
		for l.pos < len(l.src) && exprIsDigit(l.src[l.pos]) {
			l.pos++
		}
		if l.pos < len(l.src) && exprIsIdentPart(l.src[l.pos]) {
			return exprToken{}, fmt.Errorf("malformed number at position %d", exprColumn(start))
		}
		n, err := strconv.ParseInt(l.src[start:l.pos], 10, 64)
		if err != nil || n != int64(int(n)) {
			return exprToken{}, fmt.Errorf("integer %s at position %d is out of range", l.src[start:l.pos], exprColumn(start))
		}
		return exprToken{kind: tokInt, pos: start, end: l.pos, value: int(n)}, nil
	case exprIsIdentStart(c):
		for l.pos < len(l.src) && exprIsIdentPart(l.src[l.pos]) {
			l.pos++
		}
		return exprToken{kind: tokIdent, pos: start, end: l.pos, text: l.src[start:l.pos]}, nil
	}
	return exprToken{}, fmt.Errorf("unexpected character %q at position %d", rune(c), exprColumn(start))
}

// exprParser is a recursive-descent parser with one token of lookahead.
type exprParser struct {
	lex   exprLexer
	tok   exprToken
	depth int
}

// parseExpression parses the text between the outer brackets of a template
// expression.
func parseExpression(text string) (exprNode, error) {
	p := &exprParser{lex: exprLexer{src: text}}
	if err := p.advance(); err != nil {
		return nil, err
	}
	if p.tok.kind == tokEOF {
		return nil, fmt.Errorf("empty expression")
	}
	n, err := p.expr()
	if err != nil {
		return nil, err
	}
	if p.tok.kind != tokEOF {
		return nil, fmt.Errorf("unexpected %s at position %d after the end of the expression", p.tok.kind, exprColumn(p.tok.pos))
	}
	return n, nil
}

func (p *exprParser) advance() error {
	t, err := p.lex.next()
	if err != nil {
		return err
	}
	p.tok = t
	return nil
}

func (p *exprParser) expect(k exprTokenKind) (exprToken, error) {
	t := p.tok
	if t.kind != k {
		return t, fmt.Errorf("expected %s at position %d, found %s", k, exprColumn(t.pos), t.kind)
	}
	return t, p.advance()
}

func (p *exprParser) expr() (exprNode, error) {
	p.depth++
	defer func() { p.depth-- }()
	if p.depth > maxNesting {
		return nil, fmt.Errorf("expression nests more than %d levels", maxNesting)
	}
	start := p.tok.pos
	n, err := p.primary()
	if err != nil {
		return nil, err
	}
	// Each access in a chain adds a level to the tree that evaluation
	// recurses through, so chains count towards the nesting limit too.
	for chain := 1; ; chain++ {
		if p.tok.kind == tokDot || p.tok.kind == tokLBracket {
			if p.depth+chain > maxNesting {
				return nil, fmt.Errorf("expression nests more than %d levels", maxNesting)
			}
		}
		switch p.tok.kind {
		case tokDot:
			if err := p.advance(); err != nil {
				return nil, err
			}
			name, err := p.expect(tokIdent)
			if err != nil {
				return nil, err
			}
			n = &exprMember{text: p.lex.src[start:name.end], target: n, name: name.text}
		case tokLBracket:
			p.depth++
			if p.depth > maxNesting {
				return nil, fmt.Errorf("expression nests more than %d levels", maxNesting)
			}
			if err := p.advance(); err != nil {
				return nil, err
			}
			idx, err := p.expr()
			if err != nil {
				return nil, err
			}
			end, err := p.expect(tokRBracket)
			if err != nil {
				return nil, err
			}
			p.depth--
			n = &exprIndex{text: p.lex.src[start:end.end], target: n, index: idx}
		default:
			return n, nil
		}
	}
}

func (p *exprParser) primary() (exprNode, error) {
	t := p.tok
	switch t.kind {
	case tokString:
		return &exprLiteral{text: p.lex.src[t.pos:t.end], value: t.text}, p.advance()
	case tokInt:
		return &exprLiteral{text: p.lex.src[t.pos:t.end], value: t.value}, p.advance()
	case tokIdent:
		if err := p.advance(); err != nil {
			return nil, err
		}
		ns, name := "", t.text
		if p.tok.kind == tokDot {
			// Only a user-defined function call may follow a bare name
			// with a dot: namespace.function(...).
			if err := p.advance(); err != nil {
				return nil, err
			}
			fn, err := p.expect(tokIdent)
			if err != nil {
				return nil, err
			}
			if p.tok.kind != tokLParen {
				return nil, fmt.Errorf("expected '(' at position %d after %s.%s, found %s", exprColumn(p.tok.pos), t.text, fn.text, p.tok.kind)
			}
			ns, name = t.text, fn.text
		}
		if p.tok.kind != tokLParen {
			if ns == "" {
				switch strings.ToLower(name) {
				case "true":
					return &exprLiteral{text: name, value: true}, nil
				case "false":
					return &exprLiteral{text: name, value: false}, nil
				case "null":
					return &exprLiteral{text: name, value: nil}, nil
				}
			}
			return nil, fmt.Errorf("expected '(' at position %d after function name %q, found %s", exprColumn(p.tok.pos), name, p.tok.kind)
		}
		if err := p.advance(); err != nil {
			return nil, err
		}
		c := &exprCall{ns: ns, name: name}
		if p.tok.kind != tokRParen {
			for {
				arg, err := p.expr()
				if err != nil {
					return nil, err
				}
				c.args = append(c.args, arg)
				if p.tok.kind == tokComma {
					if err := p.advance(); err != nil {
						return nil, err
					}
					continue
				}
				break
			}
		}
		end, err := p.expect(tokRParen)
		if err != nil {
			return nil, err
		}
		c.text = p.lex.src[t.pos:end.end]
		return c, nil
	case tokEOF:
		return nil, fmt.Errorf("unexpected end of expression at position %d", exprColumn(t.pos))
	}
	return nil, fmt.Errorf("unexpected %s at position %d", t.kind, exprColumn(t.pos))
}
