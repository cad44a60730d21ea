package report

import (
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"slices"
	"strings"

	"github.com/preflight-iac/preflight/eval"
	"github.com/preflight-iac/preflight/graph"
)

// SARIF constants. The information URI names the project; rule help links
// point into its docs.
const (
	sarifVersion   = "2.1.0"
	sarifSchema    = "https://json.schemastore.org/sarif-2.1.0.json"
	informationURI = "https://github.com/preflight-iac/preflight"
	rulesDocURL    = informationURI + "/blob/main/docs/rules.md"
	// fingerprintKey is versioned so that a future change of the
	// fingerprint algorithm does not make GitHub match old alerts to new
	// results.
	fingerprintKey = "preflight/v1"
	srcRoot        = "%SRCROOT%"
)

// securitySeverity is the score GitHub code scanning reads from
// properties.security-severity to rank alerts (≥9 critical, ≥7 high, ≥4
// medium, else low). An unknown severity has none.
func securitySeverity(severity string) string {
	switch strings.ToUpper(severity) {
	case "CRITICAL":
		return "9.5"
	case "HIGH":
		return "8.0"
	case "MEDIUM":
		return "5.5"
	case "LOW":
		return "3.0"
	}
	return ""
}

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool        sarifTool         `json:"tool"`
	Invocations []sarifInvocation `json:"invocations"`
	Results     []sarifResult     `json:"results"`
	ColumnKind  string            `json:"columnKind"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string             `json:"id"`
	Name                 string             `json:"name"`
	ShortDescription     sarifMessage       `json:"shortDescription"`
	FullDescription      sarifMessage       `json:"fullDescription"`
	HelpURI              string             `json:"helpUri"`
	Help                 sarifMultiMessage  `json:"help"`
	DefaultConfiguration sarifRuleConfig    `json:"defaultConfiguration"`
	Properties           sarifRuleProperies `json:"properties"`
}

type sarifRuleConfig struct {
	Level string `json:"level"`
}

type sarifRuleProperies struct {
	SecuritySeverity string   `json:"security-severity,omitempty"`
	Severity         string   `json:"severity,omitempty"`
	Tags             []string `json:"tags"`
}

type sarifMessage struct {
	Text string `json:"text"`
}

type sarifMultiMessage struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown"`
}

type sarifInvocation struct {
	ExecutionSuccessful        bool                `json:"executionSuccessful"`
	ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications"`
}

type sarifNotification struct {
	Level     string          `json:"level"`
	Message   sarifMessage    `json:"message"`
	Locations []sarifLocation `json:"locations,omitempty"`
}

type sarifResult struct {
	RuleID              string             `json:"ruleId"`
	RuleIndex           int                `json:"ruleIndex"`
	Level               string             `json:"level"`
	Message             sarifMessage       `json:"message"`
	Locations           []sarifLocation    `json:"locations"`
	PartialFingerprints map[string]string  `json:"partialFingerprints,omitempty"`
	Properties          *sarifResultProps  `json:"properties,omitempty"`
	Suppressions        []sarifSuppression `json:"suppressions,omitempty"`
	Fixes               []sarifFix         `json:"fixes,omitempty"`
}

// sarifFix is a finding's automatic fix as replacements a code-review tool
// can offer as a suggestion.
type sarifFix struct {
	Description     sarifMessage          `json:"description"`
	ArtifactChanges []sarifArtifactChange `json:"artifactChanges"`
}

type sarifArtifactChange struct {
	ArtifactLocation sarifArtifact      `json:"artifactLocation"`
	Replacements     []sarifReplacement `json:"replacements"`
}

type sarifReplacement struct {
	DeletedRegion   sarifDeletedRegion `json:"deletedRegion"`
	InsertedContent *sarifContent      `json:"insertedContent,omitempty"`
}

// sarifDeletedRegion is the span a replacement removes; an empty span
// (start = end) is an insertion point. endColumn is exclusive.
type sarifDeletedRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
	EndLine     int `json:"endLine"`
	EndColumn   int `json:"endColumn"`
}

type sarifContent struct {
	Text string `json:"text"`
}

// sarifSuppression marks a result as silenced by a comment in the source
// (or ARM metadata, also in the source); viewers hide such results.
type sarifSuppression struct {
	Kind          string `json:"kind"`
	Justification string `json:"justification,omitempty"`
}

type sarifResultProps struct {
	Resource     string `json:"resource"`
	ResourceType string `json:"resourceType,omitempty"`
	Attribute    string `json:"attribute,omitempty"`
	Origin       string `json:"origin,omitempty"`
	Inconclusive bool   `json:"inconclusive,omitempty"`
	Cause        string `json:"cause,omitempty"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           *sarifRegion  `json:"region,omitempty"`
}

type sarifArtifact struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	EndLine     int `json:"endLine,omitempty"`
	StartColumn int `json:"startColumn,omitempty"`
}

// sarifLevel maps a severity to a SARIF level: the two top severities are
// errors, MEDIUM a warning, anything else a note.
func sarifLevel(severity string) string {
	switch strings.ToUpper(severity) {
	case "CRITICAL", "HIGH":
		return "error"
	case "MEDIUM":
		return "warning"
	}
	return "note"
}

func writeSARIF(w io.Writer, g *graph.Graph, res *eval.Result, opts Options) error {
	rules := rulesRan(opts.Rules, res)
	index := map[string]int{}
	run := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{
			Name:           "preflight",
			Version:        opts.Version,
			InformationURI: informationURI,
			Rules:          make([]sarifRule, 0, len(rules)),
		}},
		Results:    []sarifResult{},
		ColumnKind: "unicodeCodePoints",
	}
	for i, r := range rules {
		index[r.ID] = i
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sarifRuleOf(r))
	}
	for _, f := range sortedFindings(res.Findings) {
		run.Results = append(run.Results, sarifResultOf(f, index[f.RuleID], false, opts.Fixes[f.Fingerprint]))
	}
	// Inconclusive results are kept, as notes marked inconclusive: leaving
	// them out would hide that a check could not be made, and a note does
	// not fail GitHub's default code-scanning gate.
	for _, f := range sortedFindings(res.Inconclusive) {
		run.Results = append(run.Results, sarifResultOf(f, index[f.RuleID], true, nil))
	}
	// Suppressed findings stay in the log, with a suppression, as SARIF
	// asks: a viewer can then show what was silenced and why.
	for _, f := range sortedFindings(res.Suppressed) {
		r := sarifResultOf(f, index[f.RuleID], f.Cause != "", nil)
		if sp := f.Suppression; sp != nil {
			just := sp.Reason
			if sp.Until != "" {
				just += " (until " + sp.Until + ")"
			}
			r.Suppressions = []sarifSuppression{{Kind: "inSource", Justification: just}}
		}
		run.Results = append(run.Results, r)
	}

	s := summarize(g, res, opts.Threshold)
	inv := sarifInvocation{ExecutionSuccessful: len(s.Errors) == 0, ToolExecutionNotifications: []sarifNotification{}}
	for _, lv := range []struct {
		level string
		ds    []diag
	}{{"error", s.Errors}, {"warning", s.Warnings}} {
		for _, d := range lv.ds {
			n := sarifNotification{Level: lv.level, Message: sarifMessage{Text: d.Message}}
			if d.File != "" {
				n.Locations = []sarifLocation{{PhysicalLocation: sarifPhysicalOf(d.File, d.Line, d.Line, d.Column)}}
			}
			inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, n)
		}
	}
	run.Invocations = []sarifInvocation{inv}

	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(sarifLog{Schema: sarifSchema, Version: sarifVersion, Runs: []sarifRun{run}}); err != nil {
		return fmt.Errorf("write sarif report: %w", err)
	}
	return nil
}

func sarifRuleOf(r eval.Rule) sarifRule {
	title := r.Title
	if title == "" {
		title = r.ID
	}
	full := r.Description
	if full == "" {
		full = title
	}
	text := full
	md := "**" + mdText(title) + "**\n\n" + mdText(full)
	if r.Remediation != "" {
		text += "\n\nRemediation: " + r.Remediation
		md += "\n\n**Remediation:** " + mdText(r.Remediation)
	}
	doc := rulesDocURL + "#" + ruleAnchor(r.ID)
	md += fmt.Sprintf("\n\n[%s in the rule catalogue](%s)", r.ID, doc)

	tags := []string{}
	if r.Category != "" {
		tags = append(tags, r.Category)
	}
	tags = append(tags, "security")
	var fw []string
	for name := range r.Frameworks {
		fw = append(fw, name)
	}
	slices.Sort(fw)
	tags = append(tags, fw...)

	return sarifRule{
		ID:                   r.ID,
		Name:                 ruleName(title),
		ShortDescription:     sarifMessage{Text: title},
		FullDescription:      sarifMessage{Text: full},
		HelpURI:              doc,
		Help:                 sarifMultiMessage{Text: text, Markdown: md},
		DefaultConfiguration: sarifRuleConfig{Level: sarifLevel(r.Severity)},
		Properties: sarifRuleProperies{
			SecuritySeverity: securitySeverity(r.Severity),
			Severity:         strings.ToUpper(r.Severity),
			Tags:             tags,
		},
	}
}

// ruleName turns a title into the PascalCase identifier SARIF recommends for
// reportingDescriptor.name ("S3 bucket must …" → "S3BucketMust…").
func ruleName(title string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(title, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9')
	}) {
		b.WriteString(strings.ToUpper(w[:1]) + w[1:])
	}
	return b.String()
}

func sarifResultOf(f eval.Finding, ruleIndex int, inconclusive bool, edits []FixEdit) sarifResult {
	msg := f.Message
	if f.Origin != "" {
		msg += " (value from " + f.Origin + ")"
	}
	level := sarifLevel(f.Severity)
	props := &sarifResultProps{Resource: f.Resource, ResourceType: f.ResourceType, Attribute: f.Attribute, Origin: f.Origin}
	if inconclusive {
		level = "note"
		msg = "Inconclusive: " + msg + ". " + f.Cause
		props.Inconclusive = true
		props.Cause = f.Cause
	}
	r := sarifResult{
		RuleID:     f.RuleID,
		RuleIndex:  ruleIndex,
		Level:      level,
		Message:    sarifMessage{Text: msg},
		Locations:  []sarifLocation{{PhysicalLocation: sarifPhysicalOf(f.File, startLine(f), endLine(f), f.Range.Start.Column)}},
		Properties: props,
	}
	if f.Fingerprint != "" {
		r.PartialFingerprints = map[string]string{fingerprintKey: f.Fingerprint}
	}
	if len(edits) > 0 && !inconclusive {
		r.Fixes = []sarifFix{sarifFixOf(f, edits)}
	}
	return r
}

// sarifFixOf groups a fix's edits by file, in the order given.
func sarifFixOf(f eval.Finding, edits []FixEdit) sarifFix {
	desc := f.Fix.Description
	if desc == "" {
		desc = "Fix " + f.RuleID
	}
	if f.Fix.Replaces {
		desc += " (replaces the resource; existing data is not migrated)"
	}
	fx := sarifFix{Description: sarifMessage{Text: desc}}
	for _, e := range edits {
		loc := sarifPhysicalOf(e.File, 0, 0, 0).ArtifactLocation
		n := len(fx.ArtifactChanges)
		if n == 0 || fx.ArtifactChanges[n-1].ArtifactLocation != loc {
			fx.ArtifactChanges = append(fx.ArtifactChanges, sarifArtifactChange{ArtifactLocation: loc})
			n++
		}
		rep := sarifReplacement{DeletedRegion: sarifDeletedRegion{
			StartLine: e.Start.Line, StartColumn: e.Start.Column, EndLine: e.End.Line, EndColumn: e.End.Column,
		}}
		if e.Text != "" {
			rep.InsertedContent = &sarifContent{Text: e.Text}
		}
		fx.ArtifactChanges[n-1].Replacements = append(fx.ArtifactChanges[n-1].Replacements, rep)
	}
	return fx
}

// sarifPhysicalOf is a location relative to %SRCROOT%, the directory the
// report's paths are relative to. A line of 0 (unknown) leaves the region
// out, since SARIF lines start at 1.
func sarifPhysicalOf(file string, line, end, col int) sarifPhysical {
	p := sarifPhysical{ArtifactLocation: sarifArtifact{URI: sarifURI(file), URIBaseID: srcRoot}}
	if filepath.IsAbs(file) {
		// A path outside the working directory cannot be relative to the
		// source root; an absolute file URI stands alone.
		p.ArtifactLocation = sarifArtifact{URI: (&url.URL{Scheme: "file", Path: slashPath(file)}).String()}
	}
	if line > 0 {
		p.Region = &sarifRegion{StartLine: line, EndLine: max(end, line)}
		if col > 0 {
			p.Region.StartColumn = col
		}
	}
	return p
}

// sarifURI percent-encodes a slash path as a relative URI reference; a
// first segment with a colon gets "./" so that it cannot read as a scheme.
func sarifURI(file string) string {
	u := &url.URL{Path: slashPath(file)}
	return u.String()
}
