package terraform

// This file and funcs_*.go build Terraform's built-in function table for
// static evaluation. Where the functions come from:
//
//   - go-cty stdlib, unchanged, as Terraform uses them: abs ceil chomp
//     chunklist coalescelist compact concat contains csvdecode distinct
//     element flatten floor format formatdate formatlist indent join
//     jsondecode jsonencode keys log lower max merge min parseint pow range
//     regex regexall reverse (ReverseListFunc) setintersection setproduct
//     setsubtract setunion signum slice sort split strrev (ReverseFunc)
//     substr timeadd title trim trimprefix trimspace trimsuffix upper values
//     zipmap.
//   - hcl/v2 ext/tryfunc: try, can. hcl/v2 ext/typeexpr: convert.
//   - go-cty-yaml: yamldecode, yamlencode.
//   - hashicorp/go-cty-funcs: coalesce (collection), base64encode and
//     urlencode (encoding), uuidv5 (uuid). Its cidr functions are not used:
//     they reject the leading-zero IPv4 octets Terraform accepts, take
//     machine-int host and network numbers and give IPv6 netmasks; its base64
//     decoder logs; its filesystem functions read the OS filesystem.
//   - Our own, written from Terraform's documented semantics: alltrue anytrue
//     index length lookup matchkeys one sum transpose (funcs_collection.go);
//     startswith endswith strcontains replace (funcs_string.go); tobool
//     tolist tomap tonumber toset tostring sensitive nonsensitive issensitive
//     ephemeralasnull type (funcs_conv.go); base64decode base64gzip
//     textencodebase64 textdecodebase64 base64sha256 base64sha512 md5 sha1
//     sha256 sha512 rsadecrypt (funcs_encoding.go); cidrhost cidrnetmask
//     cidrsubnet cidrsubnets on go-cidr (funcs_cidr.go); abspath basename
//     dirname pathexpand file fileexists fileset filebase64 filebase64sha256
//     filebase64sha512 filemd5 filesha1 filesha256 filesha512 templatefile
//     templatestring (funcs_fs.go, fileset on doublestar); timecmp and the
//     apply-time functions timestamp uuid bcrypt plantimestamp
//     (funcs_time.go).
//
// Every function is wrapped (funcs_limits.go) so that a panic becomes an
// error and no call builds a value larger than the limits there, and is
// registered under its name and as core::NAME.

import (
	"io/fs"
	"maps"
	"sync"

	"github.com/hashicorp/go-cty-funcs/collection"
	"github.com/hashicorp/go-cty-funcs/encoding"
	"github.com/hashicorp/go-cty-funcs/uuid"
	"github.com/hashicorp/hcl/v2/ext/tryfunc"
	"github.com/hashicorp/hcl/v2/ext/typeexpr"
	ctyyaml "github.com/zclconf/go-cty-yaml"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
	"github.com/zclconf/go-cty/cty/function/stdlib"
)

// funcScope confines filesystem functions to the scanned tree.
type funcScope struct {
	fsys    fs.FS  // the scanned tree
	baseDir string // slash path inside fsys that relative file paths resolve against (the root module's directory, as Terraform resolves relative paths against the working directory)
}

// coreNamespace is the prefix under which Terraform also exposes every
// built-in function, so that a provider function cannot shadow it.
const coreNamespace = "core::"

// impureFunctionNames are the functions whose result is unknown before
// deploy even when every argument is known: their value is decided at apply
// time or on the machine that runs Terraform. The evaluator uses it to name
// the cause of such an unknown. abspath is unknown only for relative paths.
var impureFunctionNames = map[string]bool{
	"timestamp": true, "core::timestamp": true,
	"plantimestamp": true, "core::plantimestamp": true,
	"uuid": true, "core::uuid": true,
	"bcrypt": true, "core::bcrypt": true,
	"pathexpand": true, "core::pathexpand": true,
	"abspath": true, "core::abspath": true,
	"type": true, "core::type": true,
}

// functions returns Terraform's function table, each function also under
// core::NAME. The map is new on every call and the caller may change it.
func (s funcScope) functions() map[string]function.Function {
	pure := pureFunctions()
	out := make(map[string]function.Function, len(pure)+2*len(fsFunctionNames))
	maps.Copy(out, pure)
	s.addFSFunctions(out, true)
	return out
}

// templateFunctions is the table a template sees: the full table except
// that templatefile and templatestring refuse to run, as in Terraform, so a
// template cannot recurse.
func (s funcScope) templateFunctions() map[string]function.Function {
	pure := pureFunctions()
	out := make(map[string]function.Function, len(pure)+2*len(fsFunctionNames))
	maps.Copy(out, pure)
	s.addFSFunctions(out, false)
	return out
}

// register adds f under name and core::name.
func register(table map[string]function.Function, name string, f function.Function) {
	table[name] = f
	table[coreNamespace+name] = f
}

// pureFunctions is the part of the table that does not depend on the
// scanned tree. It is built once and never modified; functions copies it.
var pureFunctions = sync.OnceValue(func() map[string]function.Function {
	t := map[string]function.Function{}
	add := func(name string, f function.Function) {
		register(t, name, guard(name, f, nil))
	}
	addChecked := func(name string, f function.Function, check func([]cty.Value) error) {
		register(t, name, guard(name, f, check))
	}

	// go-cty stdlib, unchanged.
	add("abs", stdlib.AbsoluteFunc)
	add("ceil", stdlib.CeilFunc)
	add("chomp", stdlib.ChompFunc)
	add("chunklist", stdlib.ChunklistFunc)
	add("coalescelist", stdlib.CoalesceListFunc)
	add("compact", stdlib.CompactFunc)
	add("concat", stdlib.ConcatFunc)
	add("contains", stdlib.ContainsFunc)
	addChecked("csvdecode", stdlib.CSVDecodeFunc, checkCSVDecode)
	add("distinct", stdlib.DistinctFunc)
	add("element", stdlib.ElementFunc)
	add("flatten", stdlib.FlattenFunc)
	add("floor", stdlib.FloorFunc)
	addChecked("format", stdlib.FormatFunc, checkFormat)
	add("formatdate", stdlib.FormatDateFunc)
	addChecked("formatlist", stdlib.FormatListFunc, checkFormatList)
	addChecked("indent", stdlib.IndentFunc, checkIndent)
	addChecked("join", stdlib.JoinFunc, checkJoin)
	addChecked("jsondecode", stdlib.JSONDecodeFunc, checkJSONDecode)
	add("jsonencode", jsonEncodeFunc)
	add("keys", stdlib.KeysFunc)
	add("log", stdlib.LogFunc)
	add("lower", stdlib.LowerFunc)
	add("max", stdlib.MaxFunc)
	add("merge", stdlib.MergeFunc)
	add("min", stdlib.MinFunc)
	addChecked("parseint", stdlib.ParseIntFunc, checkParseInt)
	add("pow", stdlib.PowFunc)
	add("range", stdlib.RangeFunc)
	add("regex", stdlib.RegexFunc)
	addChecked("regexall", stdlib.RegexAllFunc, checkRegexAll)
	add("reverse", stdlib.ReverseListFunc)
	add("setintersection", stdlib.SetIntersectionFunc)
	addChecked("setproduct", stdlib.SetProductFunc, checkSetProduct)
	add("setsubtract", stdlib.SetSubtractFunc)
	add("setunion", stdlib.SetUnionFunc)
	add("signum", stdlib.SignumFunc)
	add("slice", stdlib.SliceFunc)
	add("sort", stdlib.SortFunc)
	addChecked("split", stdlib.SplitFunc, checkSplit)
	add("strrev", stdlib.ReverseFunc)
	add("substr", stdlib.SubstrFunc)
	add("timeadd", stdlib.TimeAddFunc)
	add("title", stdlib.TitleFunc)
	add("trim", stdlib.TrimFunc)
	add("trimprefix", stdlib.TrimPrefixFunc)
	add("trimspace", stdlib.TrimSpaceFunc)
	add("trimsuffix", stdlib.TrimSuffixFunc)
	add("upper", stdlib.UpperFunc)
	add("values", stdlib.ValuesFunc)
	add("zipmap", stdlib.ZipmapFunc)

	// hcl extensions. try and can receive unevaluated expressions through
	// customdecode; guard keeps their parameter types, so that still works.
	add("try", tryfunc.TryFunc)
	add("can", tryfunc.CanFunc)
	add("convert", typeexpr.ConvertFunc)

	// go-cty-yaml.
	addChecked("yamldecode", ctyyaml.YAMLDecodeFunc, checkYAMLDecode)
	add("yamlencode", ctyyaml.YAMLEncodeFunc)

	// go-cty-funcs, where its semantics are Terraform's.
	add("coalesce", collection.CoalesceFunc)
	add("base64encode", encoding.Base64EncodeFunc)
	add("urlencode", encoding.URLEncodeFunc)
	add("uuidv5", uuid.V5Func)

	// Our own.
	add("alltrue", allTrueFunc)
	add("anytrue", anyTrueFunc)
	add("index", indexFunc)
	add("length", lengthFunc)
	add("lookup", lookupFunc)
	add("matchkeys", matchKeysFunc)
	add("one", oneFunc)
	add("sum", sumFunc)
	add("transpose", transposeFunc)

	add("startswith", startsWithFunc)
	add("endswith", endsWithFunc)
	add("strcontains", strContainsFunc)
	addChecked("replace", replaceFunc, checkReplace)

	add("tobool", makeToFunc(cty.Bool))
	addChecked("tonumber", makeToFunc(cty.Number), checkToNumber)
	add("tostring", makeToFunc(cty.String))
	add("tolist", makeToFunc(cty.List(cty.DynamicPseudoType)))
	add("toset", makeToFunc(cty.Set(cty.DynamicPseudoType)))
	add("tomap", makeToFunc(cty.Map(cty.DynamicPseudoType)))
	add("sensitive", sensitiveFunc)
	add("nonsensitive", nonsensitiveFunc)
	add("issensitive", isSensitiveFunc)
	add("ephemeralasnull", ephemeralAsNullFunc)
	add("type", typeFunc)

	add("base64decode", base64DecodeFunc)
	add("base64gzip", base64GzipFunc)
	add("textencodebase64", textEncodeBase64Func)
	add("textdecodebase64", textDecodeBase64Func)
	add("base64sha256", makeHashFunc(sha256New, encodeBase64))
	add("base64sha512", makeHashFunc(sha512New, encodeBase64))
	add("md5", makeHashFunc(md5New, encodeHex))
	add("sha1", makeHashFunc(sha1New, encodeHex))
	add("sha256", makeHashFunc(sha256New, encodeHex))
	add("sha512", makeHashFunc(sha512New, encodeHex))
	add("rsadecrypt", rsaDecryptFunc)

	add("cidrhost", cidrHostFunc)
	add("cidrnetmask", cidrNetmaskFunc)
	add("cidrsubnet", cidrSubnetFunc)
	add("cidrsubnets", cidrSubnetsFunc)

	add("abspath", absPathFunc)
	add("basename", baseNameFunc)
	add("dirname", dirNameFunc)
	add("pathexpand", pathExpandFunc)

	add("timecmp", timeCmpFunc)
	add("timestamp", unknownStringFunc(nil, nil))
	add("plantimestamp", unknownStringFunc(nil, nil))
	add("uuid", unknownStringFunc(nil, nil))
	add("bcrypt", unknownStringFunc(
		[]function.Parameter{{Name: "str", Type: cty.String}},
		&function.Parameter{Name: "cost", Type: cty.Number},
	))
	return t
})
