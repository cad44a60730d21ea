package arm

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// fnFormat implements .NET composite formatting as ARM's format() uses
// it: {index[,alignment][:format]}, with {{ and }} as literal braces.
func fnFormat(c *callCtx, args []any) (any, error) {
	f, err := stringArg(c, args[0], 1)
	if err != nil {
		return nil, err
	}
	vals := args[1:]
	var b strings.Builder
	for i := 0; i < len(f); i++ {
		ch := f[i]
		if ch == '}' {
			if i+1 < len(f) && f[i+1] == '}' {
				b.WriteByte('}')
				i++
				continue
			}
			return nil, c.errorf("unmatched '}' at offset %d of the format string", i)
		}
		if ch != '{' {
			b.WriteByte(ch)
			continue
		}
		if i+1 < len(f) && f[i+1] == '{' {
			b.WriteByte('{')
			i++
			continue
		}
		end := strings.IndexByte(f[i:], '}')
		if end < 0 {
			return nil, c.errorf("unmatched '{' at offset %d of the format string", i)
		}
		item := f[i+1 : i+end]
		i += end
		spec := ""
		if k := strings.IndexByte(item, ':'); k >= 0 {
			item, spec = item[:k], item[k+1:]
		}
		align := 0
		if k := strings.IndexByte(item, ','); k >= 0 {
			a, err := strconv.Atoi(strings.TrimSpace(item[k+1:]))
			if err != nil || a > maxPadLength || a < -maxPadLength {
				return nil, c.errorf("invalid alignment in format item {%s}", f[i-end+1:i])
			}
			item, align = item[:k], a
		}
		idx, err := strconv.Atoi(strings.TrimSpace(item))
		if err != nil || idx < 0 {
			return nil, c.errorf("invalid format item {%s}", f[i-end+1:i])
		}
		if idx >= len(vals) {
			return nil, c.errorf("format item {%d} refers to a missing argument; %d were given", idx, len(vals))
		}
		s, err := formatValue(c, vals[idx], spec)
		if err != nil {
			return nil, err
		}
		if pad := abs(align) - utf8.RuneCountInString(s); pad > 0 {
			if align > 0 {
				s = strings.Repeat(" ", pad) + s
			} else {
				s += strings.Repeat(" ", pad)
			}
		}
		if b.Len()+len(s) > maxStringLength {
			return nil, c.errorf("%v", errTooLong)
		}
		b.WriteString(s)
	}
	return b.String(), nil
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// formatValue applies a .NET standard numeric format (D, N, F, X, G with
// an optional precision) to a number; other values ignore the format.
func formatValue(c *callCtx, v any, spec string) (string, error) {
	num, isNum := toNumber(v)
	if spec == "" || !isNum {
		s, err := stringify(v)
		if err != nil {
			return "", c.errorf("%v", err)
		}
		return s, nil
	}
	kind, prec := spec[0], -1
	if len(spec) > 1 {
		p, err := strconv.Atoi(spec[1:])
		if err != nil || p < 0 || p > 99 {
			return "", c.errorf("unsupported format %q", spec)
		}
		prec = p
	}
	n, isInt := toInt(v)
	switch kind {
	case 'D', 'd':
		if !isInt {
			return "", c.errorf("format %q needs an integer", spec)
		}
		s := strconv.Itoa(abs(n))
		if len(s) < prec {
			s = strings.Repeat("0", prec-len(s)) + s
		}
		if n < 0 {
			s = "-" + s
		}
		return s, nil
	case 'X', 'x':
		if !isInt {
			return "", c.errorf("format %q needs an integer", spec)
		}
		s := strconv.FormatUint(uint64(n), 16)
		if kind == 'X' {
			s = strings.ToUpper(s)
		}
		if len(s) < prec {
			s = strings.Repeat("0", prec-len(s)) + s
		}
		return s, nil
	case 'F', 'f', 'N', 'n':
		if prec < 0 {
			prec = 2
		}
		s := strconv.FormatFloat(num, 'f', prec, 64)
		if kind == 'N' || kind == 'n' {
			s = groupThousands(s)
		}
		return s, nil
	case 'G', 'g':
		if isInt {
			return strconv.Itoa(n), nil
		}
		return strconv.FormatFloat(num, 'g', prec, 64), nil
	}
	return "", c.errorf("unsupported format %q; only D, N, F, X and G are implemented", spec)
}

// groupThousands inserts ',' every three digits of the integer part.
func groupThousands(s string) string {
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	intPart, frac, hasFrac := strings.Cut(s, ".")
	var b strings.Builder
	for i, d := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(d)
	}
	out := sign + b.String()
	if hasFrac {
		out += "." + frac
	}
	return out
}
