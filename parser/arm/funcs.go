package arm

// The template function library, with ARM semantics as documented in the
// Azure "template-functions-*" reference pages.
//
// Not implemented (a call is an "unknown function" error, never a guess):
//   - dateTimeAdd is not computed (ARM formats it with .NET culture rules):
//     it returns an unknown, as dateTimeAdd(utcNow(), ...) is anyway;
//   - loadFileAsBase64/loadTextContent exist only in Bicep, not in ARM JSON.
//
// Known approximations:
//   - length, substring, skip, take, padLeft and indexOf count Unicode
//     code points; .NET counts UTF-16 code units, which differs only for
//     characters outside the Basic Multilingual Plane;
//   - objects are Go maps, so string(object), items() and objectKeys()
//     list keys in sorted order, not declaration order;
//   - format() supports the .NET standard numeric formats D, N, F, X and G
//     with a precision and alignment; custom formats ("00.0") are an error;
//   - managementGroup() and managementGroupResourceId() without an explicit
//     management group are unknown: there is no placeholder for them.

import "strings"

// unknownMode says how a function treats unknown arguments before it runs.
type unknownMode int

const (
	// unknownDeep: an unknown anywhere in the arguments, nested ones
	// included, makes the result that unknown.
	unknownDeep unknownMode = iota
	// unknownTop: only an argument that is itself unknown does; nested
	// unknowns are carried through (length of an array with unknown items).
	unknownTop
	// unknownSelf: the function looks at unknowns itself (and, or,
	// coalesce, createArray, reference...).
	unknownSelf
)

// funcSpec describes one built-in function.
type funcSpec struct {
	name     string // canonical spelling, for error messages
	min, max int    // argument count; max < 0 means no limit
	unknowns unknownMode
	lambdas  bool // accepts lambda arguments
	fn       func(c *callCtx, args []any) (any, error)
	// lazy, when set, replaces fn and gets the unevaluated arguments: if()
	// evaluates only the branch it takes, lambda() keeps its body.
	lazy func(c *callCtx, args []exprNode) (any, error)
}

func spec(name string, lo, hi int, fn func(*callCtx, []any) (any, error)) funcSpec {
	return funcSpec{name: name, min: lo, max: hi, fn: fn}
}

func (s funcSpec) mode(m unknownMode) funcSpec { s.unknowns = m; return s }

func (s funcSpec) withLambdas() funcSpec { s.lambdas = true; s.unknowns = unknownTop; return s }

// builtin returns the built-in function with the lower-cased name. A switch
// rather than a package-level map keeps the library free of globals.
func builtin(name string) (funcSpec, bool) {
	switch name {
	// Array and object functions.
	case "array":
		return spec("array", 1, 1, fnArray).mode(unknownTop), true
	case "concat":
		return spec("concat", 1, -1, fnConcat).mode(unknownTop), true
	case "contains":
		return spec("contains", 2, 2, fnContains), true
	case "createarray":
		return spec("createArray", 0, -1, fnCreateArray).mode(unknownSelf), true
	case "createobject":
		return spec("createObject", 0, -1, fnCreateObject).mode(unknownSelf), true
	case "empty":
		return spec("empty", 1, 1, fnEmpty).mode(unknownTop), true
	case "first":
		return spec("first", 1, 1, fnFirst).mode(unknownTop), true
	case "last":
		return spec("last", 1, 1, fnLast).mode(unknownTop), true
	case "indexof":
		return spec("indexOf", 2, 2, fnIndexOf), true
	case "lastindexof":
		return spec("lastIndexOf", 2, 2, fnLastIndexOf), true
	case "intersection":
		return spec("intersection", 2, -1, fnIntersection), true
	case "union":
		return spec("union", 2, -1, fnUnion).mode(unknownTop), true
	case "items":
		return spec("items", 1, 1, fnItems).mode(unknownTop), true
	case "json":
		return spec("json", 1, 1, fnJSON), true
	case "length":
		return spec("length", 1, 1, fnLength).mode(unknownTop), true
	case "max":
		return spec("max", 1, -1, fnMax), true
	case "min":
		return spec("min", 1, -1, fnMin), true
	case "range":
		return spec("range", 2, 2, fnRange), true
	case "skip":
		return spec("skip", 2, 2, fnSkip).mode(unknownTop), true
	case "take":
		return spec("take", 2, 2, fnTake).mode(unknownTop), true
	case "flatten":
		return spec("flatten", 1, 1, fnFlatten).mode(unknownTop), true
	case "objectkeys":
		return spec("objectKeys", 1, 1, fnObjectKeys).mode(unknownTop), true
	case "shallowmerge":
		return spec("shallowMerge", 1, 1, fnShallowMerge).mode(unknownTop), true
	case "tryget":
		return spec("tryGet", 2, -1, fnTryGet).mode(unknownTop), true
	case "indexfromend":
		return spec("indexFromEnd", 2, 2, fnIndexFromEnd).mode(unknownTop), true
	case "tryindexfromend":
		return spec("tryIndexFromEnd", 2, 2, fnTryIndexFromEnd).mode(unknownTop), true
	case "join":
		return spec("join", 2, 2, fnJoin), true
	// Lambda functions.
	case "lambda":
		return funcSpec{name: "lambda", min: 1, max: -1, lazy: fnLambda}, true
	case "lambdavariables":
		return spec("lambdaVariables", 1, 1, fnLambdaVariables), true
	case "filter":
		return spec("filter", 2, 2, fnFilter).withLambdas(), true
	case "map":
		return spec("map", 2, 2, fnMap).withLambdas(), true
	case "reduce":
		return spec("reduce", 3, 3, fnReduce).withLambdas(), true
	case "sort":
		return spec("sort", 2, 2, fnSort).withLambdas(), true
	case "toobject":
		return spec("toObject", 2, 3, fnToObject).withLambdas(), true
	case "mapvalues":
		return spec("mapValues", 2, 2, fnMapValues).withLambdas(), true
	case "groupby":
		return spec("groupBy", 2, 2, fnGroupBy).withLambdas(), true
	// Comparison and logical functions.
	case "equals":
		return spec("equals", 2, 2, fnEquals), true
	case "less":
		return spec("less", 2, 2, compareFn("less", func(c int) bool { return c < 0 })), true
	case "lessorequals":
		return spec("lessOrEquals", 2, 2, compareFn("lessOrEquals", func(c int) bool { return c <= 0 })), true
	case "greater":
		return spec("greater", 2, 2, compareFn("greater", func(c int) bool { return c > 0 })), true
	case "greaterorequals":
		return spec("greaterOrEquals", 2, 2, compareFn("greaterOrEquals", func(c int) bool { return c >= 0 })), true
	case "and":
		return spec("and", 2, -1, fnAnd).mode(unknownSelf), true
	case "or":
		return spec("or", 2, -1, fnOr).mode(unknownSelf), true
	case "not":
		return spec("not", 1, 1, fnNot), true
	case "if":
		return funcSpec{name: "if", min: 3, max: 3, lazy: fnIf}, true
	case "bool":
		return spec("bool", 1, 1, fnBool), true
	case "coalesce":
		return spec("coalesce", 1, -1, fnCoalesce).mode(unknownSelf), true
	case "true":
		return spec("true", 0, 0, func(*callCtx, []any) (any, error) { return true, nil }), true
	case "false":
		return spec("false", 0, 0, func(*callCtx, []any) (any, error) { return false, nil }), true
	case "null":
		return spec("null", 0, 0, func(*callCtx, []any) (any, error) { return nil, nil }), true
	// Numeric functions.
	case "add":
		return spec("add", 2, 2, arith("add")), true
	case "sub":
		return spec("sub", 2, 2, arith("sub")), true
	case "mul":
		return spec("mul", 2, 2, arith("mul")), true
	case "div":
		return spec("div", 2, 2, arith("div")), true
	case "mod":
		return spec("mod", 2, 2, arith("mod")), true
	case "int":
		return spec("int", 1, 1, fnInt), true
	case "float":
		return spec("float", 1, 1, fnFloat), true
	// String functions.
	case "base64":
		return spec("base64", 1, 1, fnBase64), true
	case "base64tostring":
		return spec("base64ToString", 1, 1, fnBase64ToString), true
	case "base64tojson":
		return spec("base64ToJson", 1, 1, fnBase64ToJSON), true
	case "datauri":
		return spec("dataUri", 1, 1, fnDataURI), true
	case "datauritostring":
		return spec("dataUriToString", 1, 1, fnDataURIToString), true
	case "endswith":
		return spec("endsWith", 2, 2, fnEndsWith), true
	case "startswith":
		return spec("startsWith", 2, 2, fnStartsWith), true
	case "format":
		return spec("format", 1, -1, fnFormat), true
	case "guid":
		return spec("guid", 1, -1, fnGUID), true
	case "padleft":
		return spec("padLeft", 2, 3, fnPadLeft), true
	case "replace":
		return spec("replace", 3, 3, fnReplace), true
	case "split":
		return spec("split", 2, 2, fnSplit), true
	case "string":
		return spec("string", 1, 1, fnString), true
	case "substring":
		return spec("substring", 2, 3, fnSubstring), true
	case "tolower":
		return spec("toLower", 1, 1, fnToLower), true
	case "toupper":
		return spec("toUpper", 1, 1, fnToUpper), true
	case "trim":
		return spec("trim", 1, 1, fnTrim), true
	case "uniquestring":
		return spec("uniqueString", 1, -1, fnUniqueString), true
	case "uri":
		return spec("uri", 2, 2, fnURI), true
	case "uricomponent":
		return spec("uriComponent", 1, 1, fnURIComponent), true
	case "uricomponenttostring":
		return spec("uriComponentToString", 1, 1, fnURIComponentToString), true
	// CIDR functions.
	case "parsecidr":
		return spec("parseCidr", 1, 1, fnParseCidr), true
	case "cidrsubnet":
		return spec("cidrSubnet", 3, 3, fnCidrSubnet), true
	case "cidrhost":
		return spec("cidrHost", 2, 2, fnCidrHost), true
	// Date functions.
	case "datetimefromepoch":
		return spec("dateTimeFromEpoch", 1, 1, fnDateTimeFromEpoch), true
	case "datetimetoepoch":
		return spec("dateTimeToEpoch", 1, 1, fnDateTimeToEpoch), true
	case "datetimeadd":
		return spec("dateTimeAdd", 2, 3, fnDateTimeAdd), true
	// Deployment and scope functions.
	case "parameters":
		return spec("parameters", 1, 1, fnParameters), true
	case "variables":
		return spec("variables", 1, 1, fnVariables), true
	case "copyindex":
		return spec("copyIndex", 0, 2, fnCopyIndex), true
	case "deployment":
		return spec("deployment", 0, 0, fnDeployment), true
	case "environment":
		return spec("environment", 0, 0, scopeFn(func(s deploymentScope) map[string]any { return s.Environment })), true
	case "resourcegroup":
		return spec("resourceGroup", 0, 0, scopeFn(func(s deploymentScope) map[string]any { return s.ResourceGroup })), true
	case "subscription":
		return spec("subscription", 0, 0, scopeFn(func(s deploymentScope) map[string]any { return s.Subscription })), true
	case "tenant":
		return spec("tenant", 0, 0, scopeFn(func(s deploymentScope) map[string]any { return s.Tenant })), true
	// Resource functions.
	case "resourceid":
		return spec("resourceId", 2, -1, fnResourceID), true
	case "subscriptionresourceid":
		return spec("subscriptionResourceId", 2, -1, fnSubscriptionResourceID), true
	case "tenantresourceid":
		return spec("tenantResourceId", 2, -1, fnTenantResourceID), true
	case "extensionresourceid":
		return spec("extensionResourceId", 3, -1, fnExtensionResourceID), true
	case "managementgroupresourceid":
		return spec("managementGroupResourceId", 2, -1, fnManagementGroupResourceID), true
	case "reference":
		return spec("reference", 1, 3, fnReference).mode(unknownSelf), true
	// Functions whose value exists only while Azure deploys: explicit
	// unknowns, never a guess.
	case "utcnow", "newguid", "pickzones", "providers", "managementgroup", "deployer":
		return spec(name, 0, -1, fnRuntime).mode(unknownSelf), true
	}
	if strings.HasPrefix(name, "list") {
		// listKeys, listSecrets, listAccountSas and every other list*
		// action call the resource provider at deploy time.
		return spec(name, 1, -1, fnList).mode(unknownSelf), true
	}
	return funcSpec{}, false
}
