package graph

import "fmt"

// Severity grades a Diagnostic.
type Severity int

const (
	// Error means a file could not be read, parsed or evaluated; the scan
	// goes on with the other files but exits with the error code.
	Error Severity = iota + 1
	// Warning means something was skipped or not followed, for example a
	// remote module, and results may be incomplete.
	Warning
	// Note is for debugging: an unsupported function, an unknown block type.
	Note
)

func (s Severity) String() string {
	switch s {
	case Error:
		return "error"
	case Warning:
		return "warning"
	case Note:
		return "note"
	}
	return fmt.Sprintf("severity(%d)", int(s))
}

// MarshalText makes a Severity print as its name in JSON.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Diagnostic is a problem with the user's files. Summary is a capitalised
// phrase without a final period ("Unsupported block type"); Detail is full
// sentences saying what was found, what was expected and what to do.
type Diagnostic struct {
	Severity Severity `json:"severity"`
	Summary  string   `json:"summary"`
	Detail   string   `json:"detail,omitempty"`
	Range    *Range   `json:"range,omitempty"`
}

// Error formats the diagnostic as "file:line:col: summary; detail".
func (d Diagnostic) Error() string {
	s := d.Summary
	if d.Detail != "" {
		s += "; " + d.Detail
	}
	if d.Range != nil && d.Range.Filename != "" {
		return d.Range.String() + ": " + s
	}
	return s
}

// Diagnostics is a list of Diagnostic.
type Diagnostics []Diagnostic

// HasErrors reports whether any diagnostic has severity Error.
func (ds Diagnostics) HasErrors() bool {
	for _, d := range ds {
		if d.Severity == Error {
			return true
		}
	}
	return false
}

// Errors returns only the diagnostics of severity Error.
func (ds Diagnostics) Errors() Diagnostics {
	var out Diagnostics
	for _, d := range ds {
		if d.Severity == Error {
			out = append(out, d)
		}
	}
	return out
}
