package terraform

import (
	"fmt"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// nestingProblem says why src is nested too deeply to parse safely, and at
// which line, or "" when it is not. A quick count over the raw bytes clears
// almost every file; native files it does not clear are lexed to count
// exactly (the raw count also sees brackets inside strings and comments).
// The strings of a JSON configuration are templates parsed when evaluated,
// so for JSON the raw count is the check.
func nestingProblem(src []byte, name string, json bool) (string, int) {
	m := rawNesting(src)
	if json {
		return m.problem(maxNesting, maxNesting, maxChain, maxChain)
	}
	if p, _ := m.problem(maxNesting, maxNesting, maxChain, maxChain); p == "" {
		return "", 0
	}
	if p, line := m.problem(hardNesting, hardNesting, hardChain, hardChain); p != "" {
		return p, line
	}
	return nativeNesting(src, name)
}

// nestingCounts are the largest counts found in the raw bytes, with the
// lines where they were reached.
type nestingCounts struct {
	depth, bangs, dashes, questions                 int
	depthLine, bangsLine, dashesLine, questionsLine int
	// directives counts template directives (%{), which nest through
	// their if and for keywords rather than through brackets.
	directives, directivesLine int
}

func rawNesting(src []byte) nestingCounts {
	var m nestingCounts
	depth, bangs, dashes, questions, line := 0, 0, 0, 0, 1
	for i, c := range src {
		if c == '%' && i+1 < len(src) && src[i+1] == '{' {
			m.directives++
			m.directivesLine = line
		}
		switch c {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth = max(depth-1, 0)
		case '?':
			questions++
		case '\n':
			line++
			if depth == 0 {
				questions = 0
			}
		}
		switch c {
		case '!':
			bangs++
		case '-':
			dashes++
		case ' ', '\t':
		default:
			bangs, dashes = 0, 0
		}
		if depth > m.depth {
			m.depth, m.depthLine = depth, line
		}
		if bangs > m.bangs {
			m.bangs, m.bangsLine = bangs, line
		}
		if dashes > m.dashes {
			m.dashes, m.dashesLine = dashes, line
		}
		if questions > m.questions {
			m.questions, m.questionsLine = questions, line
		}
	}
	return m
}

// problem checks the counts against limits: nesting, runs of "!", runs of
// "-" (text uses them as rulers, so they get a larger limit) and "?".
func (m nestingCounts) problem(nesting, bangs, dashes, questions int) (string, int) {
	switch {
	case m.depth > nesting:
		return fmt.Sprintf("it nests values, blocks or expressions more than %d levels deep", nesting), m.depthLine
	case m.bangs > bangs:
		return fmt.Sprintf("it chains more than %d unary operators", bangs), m.bangsLine
	case m.dashes > dashes:
		return fmt.Sprintf("it chains more than %d unary operators", dashes), m.dashesLine
	case m.questions > questions:
		return fmt.Sprintf("one of its arguments chains more than %d conditionals", questions), m.questionsLine
	case m.directives > questions:
		return fmt.Sprintf("it has more than %d template directives", questions), m.directivesLine
	}
	return "", 0
}

func nativeNesting(src []byte, name string) (string, int) {
	tokens, _ := hclsyntax.LexConfig(src, name, hcl.InitialPos)
	depth, unary, questions := 0, 0, 0
	for i, t := range tokens {
		switch t.Type {
		case hclsyntax.TokenOBrace, hclsyntax.TokenOBrack, hclsyntax.TokenOParen, hclsyntax.TokenTemplateInterp,
			hclsyntax.TokenTemplateControl, hclsyntax.TokenOQuote, hclsyntax.TokenOHeredoc:
			depth++
		case hclsyntax.TokenCBrace, hclsyntax.TokenCBrack, hclsyntax.TokenCParen, hclsyntax.TokenTemplateSeqEnd,
			hclsyntax.TokenCQuote, hclsyntax.TokenCHeredoc:
			depth = max(depth-1, 0)
		case hclsyntax.TokenIdent:
			if i > 0 && tokens[i-1].Type == hclsyntax.TokenTemplateControl {
				switch string(t.Bytes) {
				case "if", "for":
					depth++
				case "endif", "endfor":
					depth = max(depth-1, 0)
				}
			}
		case hclsyntax.TokenQuestion:
			questions++
		case hclsyntax.TokenNewline:
			if depth == 0 {
				questions = 0
			}
		}
		if t.Type == hclsyntax.TokenBang || t.Type == hclsyntax.TokenMinus {
			unary++
		} else {
			unary = 0
		}
		switch {
		case depth > maxNesting || unary > maxNesting:
			return fmt.Sprintf("it nests values, blocks or expressions more than %d levels deep", maxNesting), t.Range.Start.Line
		case questions > maxChain:
			return fmt.Sprintf("one of its arguments chains more than %d conditionals", maxChain), t.Range.Start.Line
		}
	}
	return "", 0
}
