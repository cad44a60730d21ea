package main

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/pflag"

	"github.com/preflight-iac/preflight/parser"
	"github.com/preflight-iac/preflight/parser/arm"
	"github.com/preflight-iac/preflight/parser/terraform"
)

// varArg is one --var name=value (file empty) or one --var-file.
type varArg struct {
	name, value string
	file        string
}

// varValue is the pflag.Value behind --var and --var-file. Both flags append
// to one shared slice, because Terraform gives -var and -var-file together
// precedence by their order on the command line, which pflag does not keep
// across two flags.
type varValue struct {
	list   *[]varArg
	isFile bool
}

func (v *varValue) String() string { return "" }

func (v *varValue) Type() string {
	if v.isFile {
		return "file"
	}
	return "name=value"
}

func (v *varValue) Set(s string) error {
	if v.isFile {
		if s == "" {
			return errors.New("empty file name")
		}
		*v.list = append(*v.list, varArg{file: s})
		return nil
	}
	name, value, ok := strings.Cut(s, "=")
	if !ok || strings.TrimSpace(name) == "" {
		return fmt.Errorf("want name=value, got %q", s)
	}
	*v.list = append(*v.list, varArg{name: strings.TrimSpace(name), value: value})
	return nil
}

// varFlags are the flags that supply input variables (Terraform) and
// parameters (ARM), shared by scan and inspect.
type varFlags struct {
	vars       []varArg
	params     []string
	paramFiles []string
}

func (f *varFlags) register(fs *pflag.FlagSet) {
	fs.Var(&varValue{list: &f.vars}, "var", "set an input variable, as in terraform -var (repeatable; -var also works)")
	fs.Var(&varValue{list: &f.vars, isFile: true}, "var-file", "read input variables from a .tfvars or .tfvars.json file (repeatable, applied in command-line order with --var)")
	fs.StringArrayVar(&f.params, "param", nil, "set an ARM template parameter, `name=value` (repeatable; overrides parameter files)")
	fs.StringArrayVar(&f.paramFiles, "param-file", nil, "read ARM parameters from a deploymentParameters `FILE` for every template (repeatable)")
}

// parserOptions reads the var files and collects the Terraform variables of
// env. A var file that cannot be read is an error.
func (f *varFlags) parserOptions(env map[string]string) (parser.Options, error) {
	var opts terraform.Options
	for _, v := range f.vars {
		if v.file == "" {
			opts.Vars = append(opts.Vars, terraform.Var{Name: v.name, Value: v.value})
			continue
		}
		src, err := os.ReadFile(v.file)
		if err != nil {
			return parser.Options{}, fmt.Errorf("read var file: %w", err)
		}
		opts.Vars = append(opts.Vars, terraform.Var{File: v.file, Src: src})
	}
	opts.Env = terraformEnv(env)

	var aopts arm.Options
	for _, p := range f.params {
		name, value, ok := strings.Cut(p, "=")
		if !ok || strings.TrimSpace(name) == "" {
			return parser.Options{}, fmt.Errorf("invalid --param %q (want name=value)", p)
		}
		aopts.Params = append(aopts.Params, arm.Param{Name: strings.TrimSpace(name), Value: value})
	}
	for _, file := range f.paramFiles {
		src, err := os.ReadFile(file)
		if err != nil {
			return parser.Options{}, fmt.Errorf("read parameter file: %w", err)
		}
		aopts.ParamFiles = append(aopts.ParamFiles, arm.ParamFile{Name: file, Src: src})
	}
	return parser.Options{Terraform: opts, ARM: aopts}, nil
}

// terraformEnv picks the environment variables Terraform itself reads when
// evaluating a configuration: TF_VAR_<name> and TF_WORKSPACE.
func terraformEnv(env map[string]string) map[string]string {
	out := map[string]string{}
	for k, v := range env {
		if strings.HasPrefix(k, "TF_VAR_") || k == "TF_WORKSPACE" {
			out[k] = v
		}
	}
	return out
}
