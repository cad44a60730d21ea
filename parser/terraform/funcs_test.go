package terraform

import (
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/base64"
	"encoding/pem"
	"math/big"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
)

// causeMark stands for the evaluator's marks, which must flow through
// every function untouched.
type causeMark string

// testVars are the variables the test expressions may use.
func testVars() map[string]cty.Value {
	return map[string]cty.Value{
		"local": cty.ObjectVal(map[string]cty.Value{"present": cty.StringVal("p")}),
		"var": cty.ObjectVal(map[string]cty.Value{
			"str":    cty.UnknownVal(cty.String),
			"num":    cty.UnknownVal(cty.Number),
			"bool":   cty.UnknownVal(cty.Bool),
			"list":   cty.UnknownVal(cty.List(cty.String)),
			"any":    cty.DynamicVal,
			"marked": cty.StringVal("Secret").Mark(causeMark("from var")),
			"cause":  cty.UnknownVal(cty.String).Mark(causeMark("var.cause has no value")),
			"prefix": cty.UnknownVal(cty.String).Refine().StringPrefix("arn:aws:").NewValue(),
		}),
	}
}

// evalExpr evaluates src with the function table of scope.
func evalExpr(t testing.TB, scope funcScope, src string) (cty.Value, hcl.Diagnostics) {
	t.Helper()
	expr, diags := hclsyntax.ParseExpression([]byte(src), "test.tf", hcl.InitialPos)
	if diags.HasErrors() {
		t.Fatalf("ParseExpression(%q): %s", src, diags)
	}
	ctx := &hcl.EvalContext{Variables: testVars(), Functions: scope.functions()}
	return expr.Value(ctx)
}

// render prints a value compactly and deterministically, unknowns, nulls
// and marks included, so that expectations read like Terraform's console.
func render(v cty.Value) string {
	v, marks := v.Unmark()
	prefix := ""
	if len(marks) > 0 {
		var names []string
		for m := range marks {
			names = append(names, strings.Trim(strconv.Quote(stringOf(m)), `"`))
		}
		slices.Sort(names)
		prefix = "marked(" + strings.Join(names, ",") + ") "
	}
	ty := v.Type()
	switch {
	case !v.IsKnown():
		return prefix + "unknown(" + ty.FriendlyName() + ")"
	case v.IsNull():
		return prefix + "null"
	case ty == cty.String:
		return prefix + strconv.Quote(v.AsString())
	case ty == cty.Number:
		return prefix + v.AsBigFloat().Text('f', -1)
	case ty == cty.Bool:
		return prefix + strconv.FormatBool(v.True())
	case ty.IsListType() || ty.IsSetType() || ty.IsTupleType():
		var parts []string
		for it := v.ElementIterator(); it.Next(); {
			_, e := it.Element()
			parts = append(parts, render(e))
		}
		return prefix + "[" + strings.Join(parts, ",") + "]"
	case ty.IsMapType() || ty.IsObjectType():
		var parts []string
		for it := v.ElementIterator(); it.Next(); {
			k, e := it.Element()
			parts = append(parts, strconv.Quote(k.AsString())+":"+render(e))
		}
		return prefix + "{" + strings.Join(parts, ",") + "}"
	}
	return prefix + ty.FriendlyName()
}

func stringOf(m any) string {
	switch m := m.(type) {
	case funcMark:
		return string(m)
	case causeMark:
		return string(m)
	}
	return "?"
}

// testFS is the scanned tree of the function tests.
func testFS() fstest.MapFS {
	return fstest.MapFS{
		"hello.txt":               {Data: []byte("Hello World")},
		"bin.dat":                 {Data: []byte{0xff, 0xfe, 0x00}},
		"data/a.txt":              {Data: []byte("a")},
		"data/b.txt":              {Data: []byte("b")},
		"data/nested/c.txt":       {Data: []byte("c")},
		"data/nested/deeper/d.md": {Data: []byte("d")},
		"mod/vpc/main.tf":         {Data: []byte("# module")},
		"mod/vpc/user_data.sh":    {Data: []byte("#!/bin/sh\necho ${greeting}\n")},
		"tpl/hello.tmpl":          {Data: []byte("Hello, ${name}!")},
		"tpl/list.tmpl":           {Data: []byte("${items}")},
		"tpl/loop.tmpl":           {Data: []byte("%{ for i, x in xs ~}\n${i}=${x} $${literal}\n%{ endfor ~}\n")},
		"tpl/recurse.tmpl":        {Data: []byte(`${templatefile("tpl/hello.tmpl", {name = "x"})}`)},
		"tpl/bad.tmpl":            {Data: []byte("${")},
	}
}

// functionCase is one expression and the rendering of its value.
type functionCase struct {
	name string
	expr string
	want string
	// wantType, when set, is the exact type the result must have.
	wantType cty.Type
}

// functionCases cover every function at least once, mostly with the
// examples of Terraform's documentation. They also seed FuzzFunctions.
func functionCases() []functionCase {
	return []functionCase{
		// go-cty stdlib, with Terraform's documentation examples.
		{name: "abs", expr: `[abs(23), abs(0), abs(-12.4)]`, want: `[23,0,12.4]`},
		{name: "ceil", expr: `[ceil(5), ceil(5.1)]`, want: `[5,6]`},
		{name: "chomp", expr: `chomp("hello\n\n")`, want: `"hello"`},
		{name: "chunklist", expr: `chunklist(["a", "b", "c", "d", "e"], 2)`, want: `[["a","b"],["c","d"],["e"]]`},
		{name: "coalescelist", expr: `[coalescelist(["a", "b"], ["c", "d"]), coalescelist([], ["c", "d"])]`, want: `[["a","b"],["c","d"]]`},
		{name: "compact", expr: `compact(["a", "", "b", null, "c"])`, want: `["a","b","c"]`},
		{name: "concat", expr: `concat(["a", ""], ["b", "c"])`, want: `["a","","b","c"]`},
		{name: "contains", expr: `[contains(["a", "b", "c"], "a"), contains(["a", "b", "c"], "d")]`, want: `[true,false]`},
		{name: "csvdecode", expr: `csvdecode("a,b,c\n1,2,3\n4,5,6")`, want: `[{"a":"1","b":"2","c":"3"},{"a":"4","b":"5","c":"6"}]`},
		{name: "distinct", expr: `distinct(["a", "b", "a", "c", "d", "b"])`, want: `["a","b","c","d"]`},
		{name: "element", expr: `[element(["a", "b", "c"], 1), element(["a", "b", "c"], 3)]`, want: `["b","a"]`},
		{name: "flatten", expr: `flatten([["a", "b"], [], ["c"]])`, want: `["a","b","c"]`},
		{name: "floor", expr: `[floor(5), floor(4.9)]`, want: `[5,4]`},
		{name: "format", expr: `format("Hello, %s! There are %d lights, %05.2f%%", "Ander", 4, 3.14159)`, want: `"Hello, Ander! There are 4 lights, 03.14%"`},
		{name: "formatdate", expr: `formatdate("DD MMM YYYY hh:mm ZZZ", "2018-01-02T23:12:01Z")`, want: `"02 Jan 2018 23:12 UTC"`},
		{name: "formatlist", expr: `formatlist("%s, %s!", "Salutations", ["Valentina", "Ander"])`, want: `["Salutations, Valentina!","Salutations, Ander!"]`},
		{name: "indent", expr: `"items: ${indent(2, "[\n  foo,\n  bar,\n]\n")}"`, want: `"items: [\n    foo,\n    bar,\n  ]\n  "`},
		{name: "join", expr: `join(", ", ["foo", "bar", "baz"])`, want: `"foo, bar, baz"`},
		{name: "jsondecode", expr: `jsondecode("{\"hello\": \"world\", \"n\": [1, true, null]}")`, want: `{"hello":"world","n":[1,true,null]}`},
		{name: "jsonencode", expr: `jsonencode({hello = "world", list = [1, "<a>"]})`, want: `"{\"hello\":\"world\",\"list\":[1,\"\\u003ca\\u003e\"]}"`},
		{name: "json round trip", expr: `jsondecode(jsonencode({a = [1, 2], b = {c = "d"}}))`, want: `{"a":[1,2],"b":{"c":"d"}}`},
		{name: "keys", expr: `keys({a = 1, c = 2, d = 3})`, want: `["a","c","d"]`},
		{name: "log", expr: `[log(16, 2), log(1, 10)]`, want: `[4,0]`},
		{name: "lower", expr: `lower("HELLO")`, want: `"hello"`},
		{name: "max", expr: `max(12, 54, 3)`, want: `54`},
		{name: "merge", expr: `merge({a = "b", c = "d"}, {e = "f", c = "z"})`, want: `{"a":"b","c":"z","e":"f"}`},
		{name: "min", expr: `min(12, 54, 3)`, want: `3`},
		{name: "parseint", expr: `[parseint("100", 10), parseint("FF", 16), parseint("-10", 16), parseint("1011111011101111", 2)]`, want: `[100,255,-16,48879]`},
		{name: "pow", expr: `[pow(3, 2), pow(4, 0)]`, want: `[9,1]`},
		{name: "range", expr: `[range(3), range(1, 4), range(0, 10, 5), range(4, 1)]`, want: `[[0,1,2],[1,2,3],[0,5],[4,3,2]]`},
		{name: "regex", expr: `regex("[a-z]+", "53453453.345345aaabbbccc23454")`, want: `"aaabbbccc"`},
		{name: "regex groups", expr: `regex("^(?:(?P<scheme>[^:/?#]+):)?(?://(?P<authority>[^/?#]*))?", "https://terraform.io/docs/")`, want: `{"authority":"terraform.io","scheme":"https"}`},
		{name: "regexall", expr: `regexall("[a-z]+", "1234abcd5678efgh9")`, want: `["abcd","efgh"]`},
		{name: "reverse", expr: `reverse([1, 2, 3])`, want: `[3,2,1]`},
		{name: "setintersection", expr: `setintersection(["a", "b"], ["b", "c"], ["b", "d"])`, want: `["b"]`},
		{name: "setproduct", expr: `setproduct(["development", "staging"], ["app1", "app2"])`, want: `[["development","app1"],["development","app2"],["staging","app1"],["staging","app2"]]`},
		{name: "setsubtract", expr: `setsubtract(["a", "b", "c"], ["a", "c"])`, want: `["b"]`},
		{name: "setunion", expr: `setunion(["a", "b"], ["b", "c"], ["d"])`, want: `["a","b","c","d"]`},
		{name: "signum", expr: `[signum(-13), signum(0), signum(344)]`, want: `[-1,0,1]`},
		{name: "slice", expr: `slice(["a", "b", "c", "d"], 1, 3)`, want: `["b","c"]`},
		{name: "sort", expr: `sort(["e", "d", "a", "x"])`, want: `["a","d","e","x"]`},
		{name: "split", expr: `split(",", "foo,bar,baz")`, want: `["foo","bar","baz"]`},
		{name: "strrev", expr: `strrev("hello")`, want: `"olleh"`},
		{name: "substr", expr: `[substr("hello world", 1, 4), substr("🤔🤷", 0, 1), substr("hello world", -5, -1)]`, want: `["ello","🤔","world"]`},
		{name: "timeadd", expr: `timeadd("2017-11-22T00:00:00Z", "10m")`, want: `"2017-11-22T00:10:00Z"`},
		{name: "title", expr: `title("hello world")`, want: `"Hello World"`},
		{name: "trim", expr: `trim("?!hello?!", "!?")`, want: `"hello"`},
		{name: "trimprefix", expr: `[trimprefix("helloworld", "hello"), trimprefix("helloworld", "cat")]`, want: `["world","helloworld"]`},
		{name: "trimspace", expr: `trimspace("  hello\n\n")`, want: `"hello"`},
		{name: "trimsuffix", expr: `trimsuffix("helloworld", "world")`, want: `"hello"`},
		{name: "upper", expr: `upper("hello")`, want: `"HELLO"`},
		{name: "values", expr: `values({a = 3, c = 2, d = 1})`, want: `[3,2,1]`},
		{name: "zipmap", expr: `zipmap(["a", "b"], [1, 2])`, want: `{"a":1,"b":2}`},

		// hcl extensions and go-cty-yaml.
		{name: "try fallback", expr: `try(local.missing, "x")`, want: `"x"`},
		{name: "try first", expr: `try(local.present, "x")`, want: `"p"`},
		// try cannot tell whether an unknown value would have failed.
		{name: "try unknown", expr: `try(var.str, "x")`, want: `unknown(dynamic)`},
		{name: "can", expr: `[can(regex("^a", "abc")), can(regex("^z", "abc")), can(local.missing)]`, want: `[true,false,false]`},
		{name: "convert", expr: `convert(["a", 1], list(string))`, want: `["a","1"]`, wantType: cty.List(cty.String)},
		{name: "yamldecode", expr: `yamldecode("hello: world\nlist: [1, two]\nflag: true\n")`, want: `{"flag":true,"hello":"world","list":[1,"two"]}`},
		{name: "yamldecode scalar", expr: `yamldecode("true")`, want: `true`},
		{name: "yamlencode", expr: `yamlencode({a = "b", c = "d"})`, want: `"\"a\": \"b\"\n\"c\": \"d\"\n"`},

		// go-cty-funcs.
		{name: "coalesce", expr: `[coalesce("a", "b"), coalesce("", "b"), coalesce(null, "", "c")]`, want: `["a","b","c"]`},
		{name: "coalesce numbers", expr: `coalesce(1, 2)`, want: `1`},
		{name: "base64encode", expr: `base64encode("Hello World")`, want: `"SGVsbG8gV29ybGQ="`},
		{name: "urlencode", expr: `[urlencode("Hello World!"), urlencode("☃"), urlencode("foo=bar")]`, want: `["Hello+World%21","%E2%98%83","foo%3Dbar"]`},
		{name: "uuidv5 dns", expr: `uuidv5("dns", "www.terraform.io")`, want: `"a5008fae-b28c-5ba5-96cd-82b4c53552d6"`},
		{name: "uuidv5 url", expr: `uuidv5("url", "https://www.terraform.io/")`, want: `"9db6f67c-dd95-5ea0-aa5b-e70e5c5f7cf5"`},
		{name: "uuidv5 custom", expr: `uuidv5("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "www.terraform.io")`, want: `"a5008fae-b28c-5ba5-96cd-82b4c53552d6"`},

		// Collections.
		{name: "alltrue", expr: `[alltrue(["true", true]), alltrue([true, false]), alltrue([])]`, want: `[true,false,true]`},
		{name: "alltrue unknown", expr: `[alltrue([var.bool, true]), alltrue([var.bool, false])]`, want: `[unknown(bool),false]`},
		{name: "anytrue", expr: `[anytrue(["true"]), anytrue([true, false]), anytrue([]), anytrue([false])]`, want: `[true,true,false,false]`},
		{name: "anytrue unknown", expr: `[anytrue([var.bool, false]), anytrue([var.bool, true])]`, want: `[unknown(bool),true]`},
		{name: "index", expr: `[index(["a", "b", "c"], "b"), index([1, 2, 3], "3")]`, want: `[1,2]`},
		{name: "index unknown element", expr: `index([var.str, "b"], "b")`, want: `unknown(number)`},
		{name: "length", expr: `[length([]), length(["a", "b"]), length({a = "b"}), length("hello"), length("héllo"), length("👾🕹️")]`, want: `[0,2,1,5,5,2]`},
		{name: "length combining accent", expr: "length(\"he\u0301llo\")", want: `5`},
		{name: "length with unknown elements", expr: `length([var.str, "a"])`, want: `2`},
		{name: "length unknown list", expr: `length(var.list)`, want: `unknown(number)`},
		{name: "lookup", expr: `[lookup({a = "ay", b = "bee"}, "a", "what?"), lookup({a = "ay", b = "bee"}, "c", "what?"), lookup({a = "ay"}, "a")]`, want: `["ay","what?","ay"]`},
		{name: "lookup map", expr: `lookup(tomap({a = 1}), "b", 0)`, want: `0`},
		{name: "lookup unknown key", expr: `lookup({a = "ay"}, var.str, "x")`, want: `unknown(dynamic)`},
		{name: "matchkeys", expr: `matchkeys(["i-123", "i-abc", "i-def"], ["us-west", "us-east", "us-east"], ["us-east"])`, want: `["i-abc","i-def"]`},
		{name: "matchkeys none", expr: `matchkeys(["a"], ["x"], ["y"])`, want: `[]`},
		{name: "one", expr: `[one([]), one(["hello"]), one(toset([])), one(toset(["hello"]))]`, want: `[null,"hello",null,"hello"]`},
		{name: "one empty tuple", expr: `one([])`, want: `null`, wantType: cty.DynamicPseudoType},
		{name: "sum", expr: `[sum([10, 13, 6, 4.5]), sum([1, 2, 3]), sum(toset([2, 2]))]`, want: `[33.5,6,2]`},
		{name: "sum unknown", expr: `sum([1, var.num])`, want: `unknown(number)`},
		{name: "transpose", expr: `transpose({"a" = ["1", "2"], "b" = ["2", "3"]})`, want: `{"1":["a"],"2":["a","b"],"3":["b"]}`},
		{name: "transpose empty", expr: `transpose({})`, want: `{}`},

		// Strings.
		{name: "startswith", expr: `[startswith("hello world", "hello"), startswith("hello world", "world")]`, want: `[true,false]`},
		{name: "startswith refined unknown", expr: `[startswith(var.prefix, "arn:"), startswith(var.prefix, "urn:"), startswith(var.prefix, "arn:aws:s3")]`, want: `[true,false,unknown(bool)]`},
		{name: "endswith", expr: `[endswith("hello world", "world"), endswith("hello world", "hello")]`, want: `[true,false]`},
		{name: "strcontains", expr: `[strcontains("hello world", "wor"), strcontains("hello world", "wod")]`, want: `[true,false]`},
		{name: "replace", expr: `replace("1 + 2 + 3", "+", "-")`, want: `"1 - 2 - 3"`},
		{name: "replace regex", expr: `replace("hello world", "/w.*d/", "everybody")`, want: `"hello everybody"`},
		{name: "replace regex groups", expr: `replace("a-b c-d", "/(\\w)-(\\w)/", "$2-$1")`, want: `"b-a d-c"`},
		{name: "replace slash alone", expr: `replace("a/b", "/", "\\")`, want: `"a\\b"`},

		// Conversions and marks.
		{name: "tobool", expr: `[tobool(true), tobool("true"), tobool(null)]`, want: `[true,true,null]`},
		{name: "tolist", expr: `tolist(["a", "b", 3])`, want: `["a","b","3"]`, wantType: cty.List(cty.String)},
		{name: "tomap", expr: `tomap({a = "foo", b = true})`, want: `{"a":"foo","b":"true"}`, wantType: cty.Map(cty.String)},
		{name: "tonumber", expr: `[tonumber(1), tonumber("1"), tonumber(null)]`, want: `[1,1,null]`},
		{name: "toset", expr: `toset(["c", "b", "b", "a"])`, want: `["a","b","c"]`, wantType: cty.Set(cty.String)},
		{name: "tostring", expr: `[tostring("hello"), tostring(1), tostring(true), tostring(null)]`, want: `["hello","1","true",null]`},
		{name: "tostring null type", expr: `tostring(null)`, want: `null`, wantType: cty.String},
		{name: "tolist unknown", expr: `tolist(var.any)`, want: `unknown(list of dynamic)`},
		{name: "sensitive", expr: `sensitive("x")`, want: `marked(sensitive) "x"`},
		{name: "nonsensitive", expr: `[nonsensitive(sensitive("x")), nonsensitive("y")]`, want: `["x","y"]`},
		{name: "issensitive", expr: `[issensitive(sensitive("secret")), issensitive("hello"), issensitive(var.str), issensitive(sensitive(var.str))]`, want: `[true,false,unknown(bool),true]`},
		{name: "ephemeralasnull", expr: `ephemeralasnull("x")`, want: `"x"`},
		{name: "type", expr: `type(1)`, want: `unknown(dynamic)`},

		// Encoding and hashes.
		{name: "base64decode", expr: `base64decode("SGVsbG8gV29ybGQ=")`, want: `"Hello World"`},
		{name: "base64gzip", expr: `[base64gzip("test"), base64gzip("helloworld")]`, want: `["H4sIAAAAAAAA/ypJLS4BAAAA//8BAAD//wx+f9gEAAAA","H4sIAAAAAAAA/8pIzcnJL88vykkBAAAA//8BAAD//60g6/kKAAAA"]`},
		{name: "textencodebase64", expr: `[textencodebase64("Hello", "UTF-16LE"), textencodebase64("Hello World", "UTF-16LE"), textencodebase64("Hello", "utf-8")]`, want: `["SABlAGwAbABvAA==","SABlAGwAbABvACAAVwBvAHIAbABkAA==","SGVsbG8="]`},
		{name: "textdecodebase64", expr: `textdecodebase64("SABlAGwAbABvACAAVwBvAHIAbABkAA==", "UTF-16LE")`, want: `"Hello World"`},
		{name: "text round trip", expr: `textdecodebase64(textencodebase64("Grüße", "windows-1252"), "windows-1252")`, want: `"Grüße"`},
		{name: "base64sha256", expr: `base64sha256("hello world")`, want: `"uU0nuZNNPgilLlLX2n2r+sSE7+N6U4DukIj3rOLvzek="`},
		{name: "base64sha512", expr: `base64sha512("hello world")`, want: `"MJ7MSJwS1utMxA9QyQLytNDtd+5RGnx6m808qG1M2G+YndNbxf9JlnDaNCVbRbDP2DDoH2Bdz33FVC6TrpzXbw=="`},
		{name: "md5", expr: `md5("hello world")`, want: `"5eb63bbbe01eeed093cb22bb8f5acdc3"`},
		{name: "sha1", expr: `sha1("hello world")`, want: `"2aae6c35c94fcfb415dbe95f408b9ce91ee846ed"`},
		{name: "sha256", expr: `sha256("hello world")`, want: `"b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9"`},
		{name: "sha512", expr: `sha512("hello world")`, want: `"309ecc489c12d6eb4cc40f50c902f2b4d0ed77ee511a7c7a9bcd3ca86d4cd86f989dd35bc5ff499670da34255b45b0cfd830e81f605dcf7dc5542e93ae9cd76f"`},

		// CIDR.
		{name: "cidrhost", expr: `[cidrhost("10.12.112.0/20", 16), cidrhost("10.12.112.0/20", 268), cidrhost("10.0.0.0/8", -1)]`, want: `["10.12.112.16","10.12.113.12","10.255.255.255"]`},
		{name: "cidrhost ipv6", expr: `cidrhost("fd00:fd12:3456:7890:00a2::/72", 34)`, want: `"fd00:fd12:3456:7890::22"`},
		{name: "cidrnetmask", expr: `cidrnetmask("172.16.0.0/12")`, want: `"255.240.0.0"`},
		{name: "cidrsubnet", expr: `[cidrsubnet("172.16.0.0/12", 4, 2), cidrsubnet("10.1.2.0/24", 4, 15), cidrsubnet("10.1.2.0/24", 0, 0)]`, want: `["172.18.0.0/16","10.1.2.240/28","10.1.2.0/24"]`},
		{name: "cidrsubnet ipv6", expr: `cidrsubnet("fd00:fd12:3456:7890::/56", 16, 162)`, want: `"fd00:fd12:3456:7800:a200::/72"`},
		{name: "cidrsubnet leading zeros", expr: `cidrsubnet("010.001.0.0/16", 8, 1)`, want: `"10.1.1.0/24"`},
		{name: "cidrsubnets", expr: `cidrsubnets("10.1.0.0/16", 4, 4, 8, 4)`, want: `["10.1.0.0/20","10.1.16.0/20","10.1.32.0/24","10.1.48.0/20"]`},
		{name: "cidrsubnets ipv6", expr: `cidrsubnets("fd00:fd12:3456:7890::/56", 16, 16, 16, 32)`, want: `["fd00:fd12:3456:7800::/72","fd00:fd12:3456:7800:100::/72","fd00:fd12:3456:7800:200::/72","fd00:fd12:3456:7800:300::/88"]`},
		{name: "cidrsubnets whole space", expr: `[cidrsubnets("0.0.0.0/0", 1, 1), cidrsubnets("10.0.0.0/8")]`, want: `[["0.0.0.0/1","128.0.0.0/1"],[]]`},

		// Paths and time.
		{name: "abspath", expr: `[abspath("/a/b/../c"), abspath("relative")]`, want: `["/a/c",unknown(string)]`},
		{name: "basename", expr: `[basename("foo/bar/baz.txt"), basename("baz.txt")]`, want: `["baz.txt","baz.txt"]`},
		{name: "dirname", expr: `[dirname("foo/bar/baz.txt"), dirname("baz.txt")]`, want: `["foo/bar","."]`},
		{name: "pathexpand", expr: `[pathexpand("~/.ssh/id_rsa"), pathexpand("/etc/resolv.conf")]`, want: `[unknown(string),"/etc/resolv.conf"]`},
		{name: "timecmp", expr: `[timecmp("2017-11-22T00:00:00Z", "2017-11-22T00:00:00Z"), timecmp("2017-11-22T00:00:00Z", "2017-11-22T01:00:00Z"), timecmp("2017-11-22T01:00:00Z", "2017-11-22T00:00:00Z"), timecmp("2017-11-22T01:00:00Z", "2017-11-22T01:00:00+01:00")]`, want: `[0,-1,1,1]`},
		{name: "timecmp lower case and fraction", expr: `timecmp("2017-11-22t01:00:00.5z", "2017-11-22T01:00:00Z")`, want: `1`},
		{name: "timestamp", expr: `timestamp()`, want: `unknown(string)`},
		{name: "plantimestamp", expr: `plantimestamp()`, want: `unknown(string)`},
		{name: "uuid", expr: `uuid()`, want: `unknown(string)`},
		{name: "bcrypt", expr: `[bcrypt("hello"), bcrypt("hello", 10)]`, want: `[unknown(string),unknown(string)]`},

		// The scanned tree.
		{name: "file", expr: `file("hello.txt")`, want: `"Hello World"`},
		{name: "file dot path", expr: `file("./data/../hello.txt")`, want: `"Hello World"`},
		{name: "fileexists", expr: `[fileexists("hello.txt"), fileexists("nope.txt")]`, want: `[true,false]`},
		{name: "fileset", expr: `fileset(".", "data/*.txt")`, want: `["data/a.txt","data/b.txt"]`},
		{name: "fileset doublestar", expr: `fileset("data", "**")`, want: `["a.txt","b.txt","nested/c.txt","nested/deeper/d.md"]`},
		{name: "fileset alternatives", expr: `fileset("data", "**/{c,d}.{txt,md}")`, want: `["nested/c.txt","nested/deeper/d.md"]`},
		{name: "fileset class and ?", expr: `fileset("data", "[ab].tx?")`, want: `["a.txt","b.txt"]`},
		{name: "fileset climbing inside tree", expr: `fileset("data/nested", "../*.txt")`, want: `["../a.txt","../b.txt"]`},
		{name: "fileset no match", expr: `fileset(".", "*.nope")`, want: `[]`, wantType: cty.Set(cty.String)},
		{name: "filebase64", expr: `filebase64("bin.dat")`, want: `"//4A"`},
		{name: "filebase64sha256", expr: `filebase64sha256("hello.txt")`, want: `"pZGm1Av0IEBKARczz7exkNYsZb8LzaMrV7J32a2fFG4="`},
		{name: "filebase64sha512", expr: `filebase64sha512("hello.txt")`, want: `"LHT9F+2v2A6ER7DUZ0HuJDt+t03SFJoKsbkkb7MDgvJ+hT2FhXGeDmfL2g2qj1FnEGRhXWRa4nrLFb+xRH9Fmw=="`},
		{name: "filemd5", expr: `filemd5("hello.txt")`, want: `"b10a8db164e0754105b7a99be72e3fe5"`},
		{name: "filesha1", expr: `filesha1("hello.txt")`, want: `"0a4d55a8d778e5022fab701977c5d840bbc486d0"`},
		{name: "filesha256", expr: `filesha256("hello.txt")`, want: `"a591a6d40bf420404a011733cfb7b190d62c65bf0bcda32b57b277d9ad9f146e"`},
		{name: "filesha512", expr: `filesha512("hello.txt")`, want: `"2c74fd17edafd80e8447b0d46741ee243b7eb74dd2149a0ab1b9246fb30382f27e853d8585719e0e67cbda0daa8f51671064615d645ae27acb15bfb1447f459b"`},
		{name: "templatefile", expr: `templatefile("tpl/hello.tmpl", {name = "World"})`, want: `"Hello, World!"`},
		{name: "templatefile for and escapes", expr: `templatefile("tpl/loop.tmpl", {xs = ["a", "b"]})`, want: `"0=a ${literal}\n1=b ${literal}\n"`},
		{name: "templatefile single interpolation keeps type", expr: `templatefile("tpl/list.tmpl", {items = [1, 2]})`, want: `[1,2]`},
		{name: "templatefile unknown var", expr: `templatefile("tpl/hello.tmpl", {name = var.str})`, want: `unknown(string)`},
		{name: "templatefile in module dir", expr: `templatefile("mod/vpc/user_data.sh", {greeting = "hi"})`, want: `"#!/bin/sh\necho hi\n"`},
		{name: "templatestring", expr: `templatestring("Hello, $${name}!", {name = "World"})`, want: `"Hello, World!"`},
		{name: "templatestring functions", expr: `templatestring("$${upper(x)}-$${file(\"hello.txt\")}", {x = "a"})`, want: `"A-Hello World"`},

		// Namespaces, unknowns and marks.
		{name: "core namespace", expr: `[core::upper("a"), core::length([1]), core::file("hello.txt")]`, want: `["A",1,"Hello World"]`},
		{name: "unknown argument", expr: `[upper(var.str), cidrsubnet(var.str, 4, 1), file(var.str), coalesce(var.str, "b")]`, want: `[unknown(string),unknown(string),unknown(string),unknown(string)]`},
		{name: "dynamic argument", expr: `upper(var.any)`, want: `unknown(string)`},
		{name: "marks flow through", expr: `[upper(var.marked), length(var.marked), jsonencode({a = var.marked})]`, want: `[marked(from var) "SECRET",marked(from var) 6,marked(from var) "{\"a\":\"Secret\"}"]`},
		{name: "cause of unknown kept", expr: `[lower(var.cause), format("%s-x", var.cause), tostring(var.cause)]`, want: `[marked(var.cause has no value) unknown(string),marked(var.cause has no value) unknown(string),marked(var.cause has no value) unknown(string)]`},
		{name: "marked elements keep their marks", expr: `tolist([var.marked, "b"])`, want: `[marked(from var) "Secret","b"]`},
	}
}

func TestFunctions(t *testing.T) {
	scope := funcScope{fsys: testFS(), baseDir: "."}
	for _, tt := range functionCases() {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, diags := evalExpr(t, scope, tt.expr)
			if diags.HasErrors() {
				t.Fatalf("%s: %s", tt.expr, diags)
			}
			if diff := cmp.Diff(tt.want, render(got)); diff != "" {
				t.Errorf("%s mismatch (-want +got):\n%s", tt.expr, diff)
			}
			if tt.wantType != cty.NilType && !got.Type().Equals(tt.wantType) {
				t.Errorf("%s has type %s; want %s", tt.expr, got.Type().FriendlyName(), tt.wantType.FriendlyName())
			}
		})
	}
}

// errorCase is an expression whose evaluation must fail.
type errorCase struct {
	name string
	expr string
	want string // substring of the error diagnostics
}

func errorCases() []errorCase {
	return []errorCase{
		{name: "file outside tree", expr: `file("../etc/passwd")`, want: `path "../etc/passwd" is outside the scanned tree`},
		{name: "file climbing out", expr: `file("data/../../x")`, want: `is outside the scanned tree`},
		{name: "file absolute", expr: `file("/etc/passwd")`, want: `path "/etc/passwd" is outside the scanned tree`},
		{name: "file home", expr: `file("~/.ssh/id_rsa.pub")`, want: `is outside the scanned tree`},
		{name: "file missing", expr: `file("missing.txt")`, want: `no file exists at "missing.txt"`},
		{name: "file directory", expr: `file("data")`, want: `"data" is a directory`},
		{name: "file not utf-8", expr: `file("bin.dat")`, want: `contents of "bin.dat" are not valid UTF-8`},
		{name: "filemd5 outside", expr: `filemd5("../x")`, want: `is outside the scanned tree`},
		{name: "fileexists outside", expr: `fileexists("../x")`, want: `is outside the scanned tree`},
		{name: "fileexists directory", expr: `fileexists("data")`, want: `is not a regular file`},
		{name: "fileset outside", expr: `fileset("..", "*")`, want: `is outside the scanned tree`},
		{name: "fileset pattern climbing out", expr: `fileset(".", "../*")`, want: `is outside the scanned tree`},
		{name: "fileset bad pattern", expr: `fileset(".", "[a")`, want: `invalid glob pattern`},
		{name: "templatefile missing var", expr: `templatefile("tpl/hello.tmpl", {other = 1})`, want: `vars map does not contain key "name", referenced at tpl/hello.tmpl:1,10-14`},
		{name: "templatefile recursion", expr: `templatefile("tpl/recurse.tmpl", {})`, want: `cannot recursively call templatefile from inside templatefile or templatestring`},
		{name: "templatefile syntax", expr: `templatefile("tpl/bad.tmpl", {})`, want: `parse template`},
		{name: "templatefile bad var name", expr: `templatefile("tpl/hello.tmpl", {"not valid" = 1, name = 2})`, want: `invalid template variable name "not valid"`},
		{name: "templatefile vars not a map", expr: `templatefile("tpl/hello.tmpl", "x")`, want: `must be a map or an object`},
		{name: "templatestring missing var", expr: `templatestring("$${a}", {})`, want: `vars map does not contain key "a"`},
		{name: "range too large", expr: `range(10000000)`, want: `more than 1024 values`},
		{name: "format width", expr: `format("%999999999d", 1)`, want: `result too large`},
		{name: "format precision", expr: `format("%.99999999f", 1)`, want: `result too large`},
		{name: "formatlist", expr: `formatlist("%9999999s", range(1000))`, want: `result too large`},
		{name: "indent", expr: `indent(100000000, "a\nb")`, want: `result too large`},
		{name: "indent negative", expr: `indent(-1, "a")`, want: `must not be negative`},
		{name: "setproduct", expr: `setproduct(range(1000), range(1000), range(1000))`, want: `result too large`},
		{name: "join", expr: `join(format("%1000000s", ""), range(1000))`, want: `result too large`},
		{name: "replace empty", expr: `replace(format("%1000000s", ""), "", format("%100s", ""))`, want: `result too large`},
		{name: "replace regex", expr: `replace(format("%1000000s", ""), "/ /", format("%100s", "$0"))`, want: `result too large`},
		{name: "split", expr: `split("", format("%2000000s", ""))`, want: `result too large`},
		{name: "huge number text", expr: `tostring(1e99999999)`, want: `too large`},
		{name: "parseint long", expr: `parseint(format("%5000s", "1"), 10)`, want: `at most 4096 are supported`},
		{name: "jsondecode deep", expr: `jsondecode(join("", concat([for i in range(1001) : "["], [for i in range(1001) : "]"])))`, want: `nested more than 1000 levels`},
		{name: "yamldecode deep", expr: `yamldecode(join("", concat([for i in range(1001) : "["], [for i in range(1001) : "]"])))`, want: `nested more than 1000 levels`},
		{name: "yamldecode deep block", expr: `yamldecode(join("", [for i in range(1001) : "- "]))`, want: `nested more than 1000 levels`},
		{name: "lookup missing", expr: `lookup({a = "ay"}, "c")`, want: `the given object has no attribute "c"`},
		{name: "lookup map missing", expr: `lookup(tomap({a = "ay"}), "c")`, want: `lookup failed to find key "c"`},
		{name: "index missing", expr: `index(["a"], "z")`, want: `item not found`},
		{name: "index empty", expr: `index([], "z")`, want: `cannot search an empty list`},
		{name: "one many", expr: `one(["a", "b"])`, want: `either zero or one elements`},
		{name: "sum empty", expr: `sum([])`, want: `cannot sum an empty list`},
		{name: "sum strings", expr: `sum(["a"])`, want: `number values`},
		{name: "sum infinities", expr: `sum([pow(10, 400), -pow(10, 400)])`, want: `opposing infinities`},
		{name: "tonumber", expr: `tonumber("no")`, want: `cannot convert "no" to number`},
		{name: "tobool", expr: `tobool("yes")`, want: `only the strings "true" or "false" are allowed`},
		{name: "tostring list", expr: `tostring([])`, want: `cannot convert`},
		{name: "tomap mixed", expr: `tomap({a = [], b = "x"})`, want: `cannot convert`},
		{name: "base64decode", expr: `base64decode("!!")`, want: `not valid base64`},
		{name: "base64decode not utf-8", expr: `base64decode("//4A")`, want: `not valid UTF-8`},
		{name: "textencodebase64 encoding", expr: `textencodebase64("a", "NOPE")`, want: `"NOPE" is not a supported IANA encoding name or alias`},
		{name: "textencodebase64 unrepresentable", expr: `textencodebase64("☃", "US-ASCII")`, want: `cannot be represented`},
		{name: "cidrnetmask ipv6", expr: `cidrnetmask("fd00::/64")`, want: `IPv6 addresses cannot have a netmask`},
		{name: "cidrsubnet too many bits", expr: `cidrsubnet("10.0.0.0/8", 33, 0)`, want: `more than 32 bits`},
		{name: "cidrsubnet beyond address", expr: `cidrsubnet("10.0.0.0/30", 4, 0)`, want: `insufficient address space`},
		{name: "cidrsubnet netnum", expr: `cidrsubnet("10.0.0.0/8", 4, 16)`, want: `does not accommodate a subnet numbered 16`},
		{name: "cidrsubnet fraction", expr: `cidrsubnet("10.0.0.0/8", 4, 1.5)`, want: `whole number`},
		{name: "cidrsubnet invalid", expr: `cidrsubnet("10.0.0.0", 4, 1)`, want: `invalid CIDR expression`},
		{name: "cidrhost out of range", expr: `cidrhost("10.0.0.0/30", 4)`, want: `does not accommodate a host numbered 4`},
		{name: "cidrsubnets exhausted", expr: `cidrsubnets("10.0.0.0/30", 1, 1, 1)`, want: `not enough remaining address space`},
		{name: "timecmp", expr: `timecmp("yesterday", "2017-11-22T00:00:00Z")`, want: `not a valid RFC3339 timestamp`},
		{name: "timecmp one-digit hour", expr: `timecmp("2017-11-22T00:00:00Z", "2017-11-22T1:00:00Z")`, want: `not a valid RFC3339 timestamp`},
		{name: "timecmp bad month", expr: `timecmp("2017-13-22T00:00:00Z", "2017-11-22T01:00:00Z")`, want: `month out of range`},
		{name: "uuidv5 namespace", expr: `uuidv5("nope", "x")`, want: `doesn't support namespace`},
		{name: "rsadecrypt not base64", expr: `rsadecrypt("!", "x")`, want: `cipher text must be base64-encoded`},
		{name: "rsadecrypt no key", expr: `rsadecrypt("AAAA", "x")`, want: `no PEM block found`},
		{name: "unknown function", expr: `nosuchfunction(1)`, want: `There is no function named "nosuchfunction"`},
		{name: "wrong arity", expr: `upper("a", "b")`, want: `Too many function arguments`},
	}
}

func TestFunctionErrors(t *testing.T) {
	scope := funcScope{fsys: testFS(), baseDir: "."}
	for _, tt := range errorCases() {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, diags := evalExpr(t, scope, tt.expr)
			if !diags.HasErrors() {
				t.Fatalf("%s = %s; want an error containing %q", tt.expr, render(got), tt.want)
			}
			if msg := diags.Error(); !strings.Contains(msg, tt.want) {
				t.Errorf("%s: error %q does not contain %q", tt.expr, msg, tt.want)
			}
		})
	}
}

// TestFunctionNames checks the table against Terraform's list of built-in
// functions, each also under core::.
func TestFunctionNames(t *testing.T) {
	terraform := strings.Fields(`
		abs abspath alltrue anytrue base64decode base64encode base64gzip base64sha256
		base64sha512 basename bcrypt can ceil chomp chunklist cidrhost cidrnetmask
		cidrsubnet cidrsubnets coalesce coalescelist compact concat contains convert
		csvdecode dirname distinct element endswith ephemeralasnull file filebase64
		filebase64sha256 filebase64sha512 fileexists filemd5 fileset filesha1
		filesha256 filesha512 flatten floor format formatdate formatlist indent index
		issensitive join jsondecode jsonencode keys length log lookup lower matchkeys
		max md5 merge min nonsensitive one parseint pathexpand plantimestamp pow range
		regex regexall replace reverse rsadecrypt sensitive setintersection setproduct
		setsubtract setunion sha1 sha256 sha512 signum slice sort split startswith
		strcontains strrev substr sum templatefile templatestring textdecodebase64
		textencodebase64 timeadd timecmp timestamp title tobool tolist tomap tonumber
		toset tostring transpose trim trimprefix trimspace trimsuffix try type upper
		urlencode uuid uuidv5 values yamldecode yamlencode zipmap`)
	var want []string
	for _, name := range terraform {
		want = append(want, name, coreNamespace+name)
	}
	slices.Sort(want)
	funcs := funcScope{fsys: testFS(), baseDir: "."}.functions()
	got := slices.Sorted(func(yield func(string) bool) {
		for name := range funcs {
			if !yield(name) {
				return
			}
		}
	})
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("functions() names mismatch (-want +got):\n%s", diff)
	}
	for name := range impureFunctionNames {
		if _, ok := funcs[name]; !ok {
			t.Errorf("impureFunctionNames has %q, which is not in the table", name)
		}
	}
}

// TestEveryFunctionCovered checks that each function of the table is
// called by at least one case of TestFunctions or TestFunctionErrors.
func TestEveryFunctionCovered(t *testing.T) {
	var exprs []string
	for _, c := range functionCases() {
		exprs = append(exprs, c.expr)
	}
	for _, c := range errorCases() {
		exprs = append(exprs, c.expr)
	}
	all := strings.Join(exprs, "\n")
	for name := range (funcScope{}).functions() {
		if strings.HasPrefix(name, coreNamespace) {
			continue
		}
		call := regexp.MustCompile(`(^|[^a-z0-9_:])` + name + `\(`)
		if !call.MatchString(all) {
			t.Errorf("no test case calls %s", name)
		}
	}
}

// TestFunctionsIndependent checks that each call returns a table of its
// own, so the evaluator may change one without affecting another.
func TestFunctionsIndependent(t *testing.T) {
	s := funcScope{fsys: testFS(), baseDir: "."}
	a := s.functions()
	delete(a, "upper")
	if _, ok := s.functions()["upper"]; !ok {
		t.Error("deleting from one functions() table changed the next one")
	}
}

// TestFunctionsBaseDir checks that relative paths resolve against baseDir,
// and that a module's path.module climbing to a sibling directory stays in
// the tree.
func TestFunctionsBaseDir(t *testing.T) {
	fsys := fstest.MapFS{
		"envs/prod/main.tf":          {Data: []byte("")},
		"envs/prod/local.txt":        {Data: []byte("local")},
		"modules/vpc/files/cidr.txt": {Data: []byte("10.0.0.0/16")},
	}
	scope := funcScope{fsys: fsys, baseDir: "envs/prod"}
	tests := []struct {
		expr, want string
	}{
		{expr: `file("local.txt")`, want: `"local"`},
		{expr: `file("../../modules/vpc/files/cidr.txt")`, want: `"10.0.0.0/16"`},
		{expr: `fileset("../../modules/vpc", "**/*.txt")`, want: `["files/cidr.txt"]`},
		{expr: `fileexists("./local.txt")`, want: `true`},
	}
	for _, tt := range tests {
		got, diags := evalExpr(t, scope, tt.expr)
		if diags.HasErrors() {
			t.Errorf("%s: %s", tt.expr, diags)
			continue
		}
		if diff := cmp.Diff(tt.want, render(got)); diff != "" {
			t.Errorf("%s mismatch (-want +got):\n%s", tt.expr, diff)
		}
	}
	if _, diags := evalExpr(t, scope, `file("../../../x")`); !diags.HasErrors() {
		t.Error(`file("../../../x") from envs/prod succeeded; want an outside-the-tree error`)
	}
}

func TestFileSizeLimit(t *testing.T) {
	fsys := fstest.MapFS{
		"big.txt": {Data: []byte(strings.Repeat("a", maxFileBytes+1))},
		"max.txt": {Data: []byte(strings.Repeat("a", maxFileBytes))},
	}
	scope := funcScope{fsys: fsys, baseDir: "."}
	if _, diags := evalExpr(t, scope, `filemd5("big.txt")`); !diags.HasErrors() || !strings.Contains(diags.Error(), "larger than 10 MiB") {
		t.Errorf(`filemd5("big.txt") diagnostics = %v; want a size error`, diags)
	}
	if got, diags := evalExpr(t, scope, `length(file("max.txt"))`); diags.HasErrors() || render(got) != strconv.Itoa(maxFileBytes) {
		t.Errorf(`length(file("max.txt")) = %s, %v; want %d`, render(got), diags, maxFileBytes)
	}
}

// TestYAMLAliasBomb checks that a document whose aliases expand to far
// more values than the limit is refused quickly instead of expanded.
func TestYAMLAliasBomb(t *testing.T) {
	var b strings.Builder
	b.WriteString("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n")
	for i := 1; i < 12; i++ {
		b.WriteString("a" + strconv.Itoa(i) + ": &a" + strconv.Itoa(i) + " [")
		for j := range 10 {
			if j > 0 {
				b.WriteString(", ")
			}
			b.WriteString("*a" + strconv.Itoa(i-1))
		}
		b.WriteString("]\n")
	}
	f := funcScope{}.functions()["yamldecode"]
	_, err := f.Call([]cty.Value{cty.StringVal(b.String())})
	if err == nil || !strings.Contains(err.Error(), "result too large") {
		t.Errorf("yamldecode(alias bomb) error = %v; want result too large", err)
	}
}

func TestRSADecrypt(t *testing.T) {
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	ct, err := rsa.EncryptPKCS1v15(rand.Reader, &key.PublicKey, []byte("Hello, world!"))
	if err != nil {
		t.Fatal(err)
	}
	pkcs8, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	pems := map[string][]byte{
		"PKCS #1": pem.EncodeToMemory(&pem.Block{Type: "RSA PRIVATE KEY", Bytes: x509.MarshalPKCS1PrivateKey(key)}),
		"PKCS #8": pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: pkcs8}),
	}
	f := funcScope{}.functions()["rsadecrypt"]
	for name, p := range pems {
		got, err := f.Call([]cty.Value{cty.StringVal(base64.StdEncoding.EncodeToString(ct)), cty.StringVal(string(p))})
		if err != nil {
			t.Errorf("rsadecrypt with a %s key: %v", name, err)
			continue
		}
		if diff := cmp.Diff(`"Hello, world!"`, render(got)); diff != "" {
			t.Errorf("rsadecrypt with a %s key mismatch (-want +got):\n%s", name, diff)
		}
	}
	other, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	wrong := pem.EncodeToMemory(&pem.Block{Type: "RSA PRIVATE KEY", Bytes: x509.MarshalPKCS1PrivateKey(other)})
	if _, err := f.Call([]cty.Value{cty.StringVal(base64.StdEncoding.EncodeToString(ct)), cty.StringVal(string(wrong))}); err == nil {
		t.Error("rsadecrypt with the wrong key succeeded")
	}
}

func TestNumberChars(t *testing.T) {
	big1e300, _, _ := big.ParseFloat("1e300", 10, 512, big.ToNearestEven)
	if n := numberChars(cty.NumberVal(big1e300)); n < 300 {
		t.Errorf("numberChars(1e300) = %d; want at least 300", n)
	}
	if n := numberChars(cty.NumberIntVal(5)); n > 30 {
		t.Errorf("numberChars(5) = %d; want a small number", n)
	}
}
