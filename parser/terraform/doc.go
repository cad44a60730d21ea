// Package terraform evaluates Terraform configurations statically, the way
// Terraform itself would see them at plan time, and turns every resource and
// data source instance into a graph.Resource. Start with Load.
//
// # What is evaluated
//
// Load walks an fs.FS. Every directory with .tf or .tf.json files is a
// module (hidden directories such as .terraform and .git are skipped, and
// so are symbolic links). A module that another module of the tree calls
// through a local source ("./x", "../x") is evaluated only through its
// callers, with the inputs they give it; the other modules are root
// modules, each evaluated on its own. (A module called only from a cycle of
// calls is evaluated as a root so that nothing is silently skipped.)
//
// The files of a module are merged; override files (override.tf,
// *_override.tf and their .tf.json forms) are then laid over the blocks
// they name by Terraform's rules: arguments replace arguments one by one,
// nested blocks of a type (static or dynamic) replace all nested blocks of
// that type, locals replace locals by name.
//
// Root module variables take their values by Terraform's precedence
// (default < TF_VAR_name < terraform.tfvars < terraform.tfvars.json <
// *.auto.tfvars(.json) in lexical order < -var/-var-file in command-line
// order), are converted to their declared type with optional() attribute
// defaults applied, and honour nullable = false. TF_VAR_name and -var
// values are taken literally for variables of a primitive type or without
// a type, and parsed as HCL expressions otherwise, as Terraform does.
// validation blocks are ignored; sensitive variables are evaluated
// normally.
//
// Within a module instance, locals, resources, data sources, module calls
// and outputs form a graph of references that is evaluated once, in
// dependency order; nodes on a reference cycle are reported and become
// unknown. count and for_each expand into instances with Terraform's
// addresses; dynamic blocks are expanded with ext/dynblock, nested and with
// custom iterators. Module calls are evaluated per instance, their outputs
// becoming module.NAME. Remote module sources are followed only when
// .terraform/modules/modules.json (in the root module's directory or an
// ancestor inside the tree) says where terraform init put them; nothing is
// downloaded.
//
// Named values: var, local, module, data, resource references,
// count.index, each.key, each.value, terraform.workspace (TF_WORKSPACE or
// "default"), terraform.applying (false) and path.module (relative to the
// root module's directory, like "modules/vpc" or "../modules/vpc"),
// path.root (".") and path.cwd ("."; preflight has no working directory of
// its own, so it reports the root module's directory as Terraform run from
// there would). Functions come from funcs.go; calls to functions it does not
// have, provider-defined functions among them, give unknown values and a
// Note.
//
// # Unknown values and their causes
//
// A value nobody can know before deploy is never guessed: a variable
// without a value, an attribute the provider computes (id, arn, … — a
// reference to a resource gives the arguments configured in it and unknown
// for anything else), a data source's result, the outputs of a module not
// followed, an impure function's result. Each such value is made as a cty
// unknown carrying a cause mark ("var.acl has no value; pass -var or
// -var-file to decide"); cty propagates marks through operators and
// function calls, so when a resource attribute comes out unknown the marks
// on it name the root reason. The attribute then holds graph.Unknown(expr),
// expr being the source text of the expression that produced it, and
// Resource.Unknowns maps expr to the causes.
//
// A count or for_each that is unknown never makes a resource vanish: the
// resource keeps one instance with the key [*], whose count.index or
// each.* are unknown, and Resource.Existence says why. The same holds for
// module calls and every resource below them. A dynamic block whose
// for_each is unknown makes its nested block attribute an unknown marker,
// not an absent or empty list.
//
// # Provenance
//
// Resource.Ranges maps every attribute path (versioning.0.enabled,
// tags.Name, ingress.1.cidr_blocks.0) to the expression or block that set
// it. Resource.Origins follows attributes whose expression is a single
// reference to a variable or local value back to where the value was
// supplied: var.acl ← terraform.tfvars:3, or through module inputs level by
// level (var.acl ← module.b input acl ← var.acl ← default). Iteration is
// followed too: each.key and each.value.acl continue into the for_each
// expression's element (each.value.acl ← var.buckets["logs"].acl ←
// terraform.tfvars:3), a reference indexed by a known key
// (var.cidrs[count.index]) becomes var.cidrs[0], a dynamic block's
// iterator (ingress.value.cidr) continues into its for_each, and
// module.net.cidr continues into the output (output cidr) when the output
// is itself such a reference. When the value was written literally (a
// tfvars object, a default, a module argument, a literal for_each), the
// last step's range is the element's own expression, not the whole value;
// otherwise it is the whole value's.
//
// # Attributes
//
// Arguments set to null are left out, as Terraform treats them as not set.
// Nested blocks are always arrays of objects. Meta-arguments (count,
// for_each, provider, depends_on, lifecycle, provisioner, connection) are
// not attributes; depends_on still adds references. JSON bodies have no
// provider schema to tell blocks from arguments, so a property whose value
// is an object or a non-empty array of objects is read as nested blocks and
// anything else as an argument: "tags": {"Name": "x"} in a .tf.json
// resource becomes tags = [{Name = "x"}].
//
// # What is deliberately not done
//
// Nothing is fetched: remote modules without a manifest entry are reported
// and their outputs are unknown. Data sources are not read (not even
// aws_iam_policy_document), provisioners and connection blocks (and so
// self) are not evaluated, ephemeral resources are not graph resources
// (references to them are unknown), and check, import, moved, removed and
// action blocks are parsed and ignored. Provider configurations are not
// evaluated. OpenTofu's .tofu files are not read.
//
// # Limits
//
// Hostile input is bounded (limits.go has every limit, docs/limits.md
// explains them): files over 10 MiB are skipped, files nested deeper than
// the parser can safely recurse are refused, a block expands to at most
// 10,000 instances, modules nest at most 32 deep and may not call
// themselves, a scan evaluates at most 10,000 module instances and 200,000
// resource instances, a root module's resources at most 100,000 nested
// blocks, one value holds at most 16 MiB of text or a million values, the
// for expressions of a root module iterate at most two million times, and
// its function calls and string templates build at most 256 MiB together
// (iterations.go). Each limit is an Error diagnostic at the file and line
// that reached it. Load never panics: an unexpected failure while
// evaluating an expression makes that value unknown with an Error
// diagnostic.
package terraform
