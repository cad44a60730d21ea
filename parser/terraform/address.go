package terraform

import (
	"fmt"
	"strings"
)

// Instance keys as they appear in addresses.
const (
	// unknownKey marks the one representative instance of a resource or
	// module whose count or for_each is not known before deploy.
	unknownKey = "[*]"
)

// countKey is the address suffix of instance i of a counted block: [0].
func countKey(i int) string { return fmt.Sprintf("[%d]", i) }

// eachKey is the address suffix of the for_each instance k: ["k"].
func eachKey(k string) string { return "[" + quoteAddr(k) + "]" }

// quoteAddr quotes a for_each key the way Terraform writes it in an
// address: an HCL string literal, so ${ and %{ are escaped too.
func quoteAddr(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"':
			b.WriteString(`\"`)
		case c == '\\':
			b.WriteString(`\\`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c == '\t':
			b.WriteString(`\t`)
		case (c == '$' || c == '%') && i+1 < len(s) && s[i+1] == '{':
			b.WriteByte(c)
			b.WriteByte(c)
		case c < 0x20 || c == 0x7f:
			fmt.Fprintf(&b, `\u%04X`, c)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// resourceAddr is the address of a resource instance: the module address,
// "data." for data sources, TYPE.NAME and the instance key.
func resourceAddr(module, mode, typ, name, key string) string {
	var b strings.Builder
	// One allocation: the longest mode prefix is "ephemeral.".
	b.Grow(len(module) + 1 + len("ephemeral.") + len(typ) + 1 + len(name) + len(key))
	if module != "" {
		b.WriteString(module)
		b.WriteByte('.')
	}
	switch mode {
	case modeData:
		b.WriteString("data.")
	case modeEphemeral:
		b.WriteString("ephemeral.")
	}
	b.WriteString(typ)
	b.WriteByte('.')
	b.WriteString(name)
	b.WriteString(key)
	return b.String()
}

// moduleAddr is the address of a module instance below parent.
func moduleAddr(parent, name, key string) string {
	a := "module." + name + key
	if parent != "" {
		a = parent + "." + a
	}
	return a
}

// providerOf is the provider of a resource: the first name of its provider
// meta-argument (aws.west → aws) when set, else the type's prefix before
// the first underscore.
func providerOf(typ, providerArg string) string {
	if providerArg != "" {
		if i := strings.IndexByte(providerArg, '.'); i >= 0 {
			return providerArg[:i]
		}
		return providerArg
	}
	if i := strings.IndexByte(typ, '_'); i > 0 {
		return typ[:i]
	}
	return typ
}
