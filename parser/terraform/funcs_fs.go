package terraform

import (
	"errors"
	"fmt"
	"hash"
	"io"
	"io/fs"
	"path"
	"strings"
	"sync/atomic"
	"unicode/utf8"

	"github.com/bmatcuk/doublestar/v4"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
)

// fsFunctionNames are the functions bound to a funcScope.
var fsFunctionNames = []string{
	"file", "fileexists", "fileset", "filebase64",
	"filebase64sha256", "filebase64sha512", "filemd5", "filesha1", "filesha256", "filesha512",
	"templatefile", "templatestring",
}

// addFSFunctions adds the functions that read the scanned tree. Without
// templates, templatefile and templatestring are replaced by functions that
// refuse to run, which is what a template sees.
func (s funcScope) addFSFunctions(t map[string]function.Function, templates bool) {
	add := func(name string, f function.Function) {
		register(t, name, guard(name, f, nil))
	}
	add("file", s.fileFunc())
	add("fileexists", s.fileExistsFunc())
	add("fileset", s.fileSetFunc())
	add("filebase64", s.fileEncodedFunc(encodeBase64))
	add("filebase64sha256", s.fileHashFunc(sha256New, encodeBase64))
	add("filebase64sha512", s.fileHashFunc(sha512New, encodeBase64))
	add("filemd5", s.fileHashFunc(md5New, encodeHex))
	add("filesha1", s.fileHashFunc(sha1New, encodeHex))
	add("filesha256", s.fileHashFunc(sha256New, encodeHex))
	add("filesha512", s.fileHashFunc(sha512New, encodeHex))
	if templates {
		add("templatefile", s.templateFileFunc())
		add("templatestring", s.templateStringFunc())
	} else {
		add("templatefile", refuseRecursion("templatefile", "path"))
		add("templatestring", refuseRecursion("templatestring", "template"))
	}
}

// resolve turns a path as written in the configuration into a path inside
// fsys. Relative paths resolve against baseDir, as Terraform resolves them
// against its working directory; absolute and home-relative paths, and
// paths climbing above the tree, are outside it.
func (s funcScope) resolve(p string) (string, error) {
	if s.fsys == nil || strings.HasPrefix(p, "~") || path.IsAbs(p) || strings.HasPrefix(p, `\`) {
		return "", fmt.Errorf("path %q is outside the scanned tree", p)
	}
	full := path.Join(s.baseDir, p)
	if full == ".." || strings.HasPrefix(full, "../") || !fs.ValidPath(full) {
		return "", fmt.Errorf("path %q is outside the scanned tree", p)
	}
	return full, nil
}

// readFile reads the file at p (as written in the configuration) from the
// scanned tree, refusing files over maxFileBytes.
func (s funcScope) readFile(p string) ([]byte, error) {
	full, err := s.resolve(p)
	if err != nil {
		return nil, err
	}
	f, err := s.fsys.Open(full)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("no file exists at %q", p)
		}
		return nil, fmt.Errorf("read %q: %w", p, err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("read %q: %w", p, err)
	}
	if st.IsDir() {
		return nil, fmt.Errorf("%q is a directory, not a file", p)
	}
	if st.Size() > maxFileBytes {
		return nil, fmt.Errorf("file %q is larger than %d MiB", p, maxFileBytes>>20)
	}
	data, err := io.ReadAll(io.LimitReader(f, maxFileBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read %q: %w", p, err)
	}
	if len(data) > maxFileBytes {
		return nil, fmt.Errorf("file %q is larger than %d MiB", p, maxFileBytes>>20)
	}
	return data, nil
}

// fileReader builds a function of one path argument from a function of
// the file's bytes.
func (s funcScope) fileReader(desc string, conv func(p string, data []byte) (cty.Value, error)) function.Function {
	return function.New(&function.Spec{
		Description: desc,
		Params:      []function.Parameter{{Name: "path", Type: cty.String}},
		Type:        function.StaticReturnType(cty.String),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			p := args[0].AsString()
			data, err := s.readFile(p)
			if err != nil {
				return cty.NilVal, function.NewArgError(0, err)
			}
			return conv(p, data)
		},
	})
}

func (s funcScope) fileFunc() function.Function {
	return s.fileReader("Reads the contents of a file at the given path and returns them as a string.",
		func(p string, data []byte) (cty.Value, error) {
			if !utf8.Valid(data) {
				return cty.NilVal, function.NewArgErrorf(0, "contents of %q are not valid UTF-8; use the filebase64 function to obtain the Base64 encoded contents or the other file functions (e.g. filemd5, filesha256) to obtain file hashing results instead", p)
			}
			return cty.StringVal(string(data)), nil
		})
}

func (s funcScope) fileEncodedFunc(enc func([]byte) string) function.Function {
	return s.fileReader("Reads the contents of a file at the given path and returns them as a base64-encoded string.",
		func(_ string, data []byte) (cty.Value, error) {
			return cty.StringVal(enc(data)), nil
		})
}

func (s funcScope) fileHashFunc(h func() hash.Hash, enc func([]byte) string) function.Function {
	return s.fileReader("Computes a hash of the contents of the file at the given path.",
		func(_ string, data []byte) (cty.Value, error) {
			return cty.StringVal(hashString(h, data, enc)), nil
		})
}

func (s funcScope) fileExistsFunc() function.Function {
	return function.New(&function.Spec{
		Description: "Determines whether a file exists at the given path.",
		Params:      []function.Parameter{{Name: "path", Type: cty.String}},
		Type:        function.StaticReturnType(cty.Bool),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			p := args[0].AsString()
			full, err := s.resolve(p)
			if err != nil {
				return cty.NilVal, function.NewArgError(0, err)
			}
			st, err := fs.Stat(s.fsys, full)
			switch {
			case errors.Is(err, fs.ErrNotExist):
				return cty.False, nil
			case err != nil:
				return cty.NilVal, function.NewArgError(0, fmt.Errorf("stat %q: %w", p, err))
			case !st.Mode().IsRegular():
				return cty.NilVal, function.NewArgErrorf(0, "%q is not a regular file, but %q", p, st.Mode().String())
			}
			return cty.True, nil
		},
	})
}

// fileSetFunc is fileset(path, pattern): the regular files under path
// matching pattern (*, **, ?, [...], {a,b}), relative to path.
func (s funcScope) fileSetFunc() function.Function {
	return function.New(&function.Spec{
		Description: "Enumerates a set of regular file names given a path and pattern.",
		Params: []function.Parameter{
			{Name: "path", Type: cty.String},
			{Name: "pattern", Type: cty.String},
		},
		Type: function.StaticReturnType(cty.Set(cty.String)),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			dir, pattern := args[0].AsString(), args[1].AsString()
			if path.IsAbs(pattern) {
				return cty.NilVal, function.NewArgErrorf(1, "pattern %q is outside the scanned tree", pattern)
			}
			// Leading ./ and ../ steps move the directory searched, so the
			// glob itself never climbs: fs.FS refuses paths with "..".
			prefix := ""
			for {
				if rest, ok := strings.CutPrefix(pattern, "./"); ok {
					pattern = rest
				} else if rest, ok := strings.CutPrefix(pattern, "../"); ok {
					pattern, prefix = rest, prefix+"../"
				} else {
					break
				}
			}
			root, err := s.resolve(path.Join(dir, prefix))
			if err != nil {
				return cty.NilVal, function.NewArgError(0, err)
			}
			if !doublestar.ValidatePattern(pattern) {
				return cty.NilVal, function.NewArgErrorf(1, "invalid glob pattern %q", pattern)
			}
			sub := s.fsys
			if root != "." {
				if sub, err = fs.Sub(s.fsys, root); err != nil {
					return cty.NilVal, function.NewArgError(0, err)
				}
			}
			var found []cty.Value
			err = doublestar.GlobWalk(sub, pattern, func(m string, d fs.DirEntry) error {
				if !d.Type().IsRegular() {
					// With WithNoFollow a symlink is reported as it is:
					// keep it only if it leads to a regular file.
					st, err := fs.Stat(sub, m)
					if err != nil || !st.Mode().IsRegular() {
						return nil
					}
				}
				if len(found) >= maxValueElems {
					return tooLarge("more than %d files match %q", maxValueElems, pattern)
				}
				found = append(found, cty.StringVal(prefix+m))
				return nil
			}, doublestar.WithFilesOnly(), doublestar.WithNoFollow())
			if err != nil {
				return cty.NilVal, fmt.Errorf("glob %q: %w", pattern, err)
			}
			if len(found) == 0 {
				return cty.SetValEmpty(cty.String), nil
			}
			return cty.SetVal(found), nil
		},
	})
}

func (s funcScope) templateFileFunc() function.Function {
	return function.New(&function.Spec{
		Description: "Reads the file at the given path and renders its content as a template using the supplied variables.",
		Params: []function.Parameter{
			{Name: "path", Type: cty.String},
			{Name: "vars", Type: cty.DynamicPseudoType},
		},
		// A template made of one interpolation yields that value, of any type.
		Type: function.StaticReturnType(cty.DynamicPseudoType),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			p := args[0].AsString()
			src, err := s.readFile(p)
			if err != nil {
				return cty.NilVal, function.NewArgError(0, err)
			}
			full, _ := s.resolve(p) // readFile succeeded, so this does too
			return s.renderTemplate(src, full, args[1])
		},
	})
}

// templateStringFunc renders a string as a template. Terraform also insists
// that the string argument be a plain reference (not a literal template);
// that rule only shapes error messages, so it is not enforced here.
func (s funcScope) templateStringFunc() function.Function {
	return function.New(&function.Spec{
		Description: "Renders the given string as a template using the supplied variables.",
		Params: []function.Parameter{
			{Name: "template", Type: cty.String},
			{Name: "vars", Type: cty.DynamicPseudoType},
		},
		Type: function.StaticReturnType(cty.DynamicPseudoType),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			return s.renderTemplate([]byte(args[0].AsString()), "<templatestring>", args[1])
		},
	})
}

// renderTemplate parses src as an HCL template and evaluates it with vars
// (a map or object) as its only variables and the template function table.
func (s funcScope) renderTemplate(src []byte, filename string, vars cty.Value) (cty.Value, error) {
	ty := vars.Type()
	if !(ty.IsMapType() || ty.IsObjectType()) {
		return cty.NilVal, function.NewArgErrorf(1, "invalid vars value: must be a map or an object")
	}
	// hcl's parser recurses per bracket: a deeply nested template would
	// overflow the stack, which no recover can catch.
	if problem, line := nestingProblem(src, filename, false); problem != "" {
		return cty.NilVal, function.NewArgErrorf(0, "template %s (line %d)", problem, line)
	}
	expr, diags := hclsyntax.ParseTemplate(src, filename, hcl.InitialPos)
	if diags.HasErrors() {
		return cty.NilVal, function.NewArgError(0, fmt.Errorf("parse template: %w", diags))
	}
	names := make(map[string]cty.Value, vars.LengthInt())
	for it := vars.ElementIterator(); it.Next(); {
		k, v := it.Element()
		name := k.AsString()
		if !hclsyntax.ValidIdentifier(name) {
			return cty.NilVal, function.NewArgErrorf(1, "invalid template variable name %q: must start with a letter, followed by zero or more letters, digits, and underscores", name)
		}
		names[name] = v
	}
	for _, tr := range expr.Variables() {
		if _, ok := names[tr.RootName()]; !ok {
			return cty.NilVal, function.NewArgErrorf(1, "vars map does not contain key %q, referenced at %s", tr.RootName(), tr.SourceRange())
		}
	}
	// The template is parsed anew on every call, so its for directives
	// are bounded per call.
	limitIterations(expr)
	funcs := s.templateFunctions()
	addLimitFuncs(funcs, new(atomic.Int64))
	ctx := &hcl.EvalContext{Variables: names, Functions: funcs}
	val, diags := expr.Value(ctx)
	if diags.HasErrors() {
		return cty.NilVal, fmt.Errorf("render template: %w", diags)
	}
	return val, nil
}

// refuseRecursion stands in for templatefile and templatestring inside a
// template, where Terraform forbids them.
func refuseRecursion(name, first string) function.Function {
	return function.New(&function.Spec{
		Description: "Not available inside a template.",
		Params:      []function.Parameter{anyValue(first), anyValue("vars")},
		Type:        function.StaticReturnType(cty.DynamicPseudoType),
		Impl: func([]cty.Value, cty.Type) (cty.Value, error) {
			return cty.NilVal, fmt.Errorf("cannot recursively call %s from inside templatefile or templatestring", name)
		},
	})
}

var absPathFunc = function.New(&function.Spec{
	Description: "Converts a filesystem path to an absolute path; for a relative path the result depends on where Terraform runs and is unknown.",
	Params:      []function.Parameter{{Name: "path", Type: cty.String}},
	Type:        function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		p := args[0].AsString()
		if path.IsAbs(p) {
			return cty.StringVal(path.Clean(p)), nil
		}
		return cty.UnknownVal(cty.String).RefineNotNull(), nil
	},
})

var baseNameFunc = function.New(&function.Spec{
	Description: "Takes a filesystem path and removes all except the last portion from it.",
	Params:      []function.Parameter{{Name: "path", Type: cty.String}},
	Type:        function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		return cty.StringVal(path.Base(args[0].AsString())), nil
	},
})

var dirNameFunc = function.New(&function.Spec{
	Description: "Takes a filesystem path and removes the last portion from it.",
	Params:      []function.Parameter{{Name: "path", Type: cty.String}},
	Type:        function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		return cty.StringVal(path.Dir(args[0].AsString())), nil
	},
})

// pathExpandFunc replaces a leading ~ with the home directory of whoever
// runs Terraform, which nobody knows before deploy.
var pathExpandFunc = function.New(&function.Spec{
	Description: "Expands a leading ~ in a filesystem path to the current user's home directory.",
	Params:      []function.Parameter{{Name: "path", Type: cty.String}},
	Type:        function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		p := args[0].AsString()
		if strings.HasPrefix(p, "~") {
			return cty.UnknownVal(cty.String).RefineNotNull(), nil
		}
		return cty.StringVal(p), nil
	},
})
