package terraform

// Options are the inputs of a Terraform scan that do not come from the
// scanned tree itself.
type Options struct {
	// Vars are the -var and -var-file arguments in command-line order; later
	// ones win, as in Terraform.
	Vars []Var
	// Env holds the environment variables that matter (TF_VAR_name,
	// TF_WORKSPACE), keyed by name. The caller passes them in; the parser
	// never reads the process environment.
	Env map[string]string
	// Exclude, when set, names the files and folders (as reported: the
	// prefix plus the path below it) that discovery skips: they are not
	// roots, and nothing in them is read unless a scanned root calls a
	// module there.
	Exclude func(reported string) bool
}

// Var is one -var name=value (Name set) or one -var-file (File and Src set).
type Var struct {
	Name, Value string
	// File is the var file's path as the user named it; Src its contents.
	File string
	Src  []byte
}
