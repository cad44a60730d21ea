package arm

import (
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/preflight-iac/preflight/graph"
)

// testContext is a small deployment: a few parameters (one without a
// value), variables, a copy loop and a user function namespace.
func testContext(refs *[]string) *evalContext {
	params := map[string]any{
		"name":   "store",
		"count":  3,
		"tags":   map[string]any{"env": "prod", "Team": "web"},
		"zones":  []any{"1", "2"},
		"secret": graph.Unknown("parameters('secret')"),
	}
	vars := map[string]any{
		"prefix": "app",
		"config": map[string]any{"sku": "Standard_LRS", "nested": map[string]any{"tls": "TLS1_2"}},
	}
	return &evalContext{
		parameter: func(name string) (any, bool) {
			for k, v := range params {
				if strings.EqualFold(k, name) {
					return v, true
				}
			}
			return nil, false
		},
		variable: func(name string) (any, error) {
			v, ok := vars[name]
			if !ok {
				return nil, errorString("variables(): variable \"" + name + "\" is not defined")
			}
			return v, nil
		},
		copyIndex: func(loop string) (int, bool) {
			switch strings.ToLower(loop) {
			case "":
				return 2, true
			case "loopa":
				return 5, true
			}
			return 0, false
		},
		userFuncs: map[string]*userFunction{
			"contoso.prefixed": {params: []string{"n"}, output: "[concat('ct-', parameters('n'))]"},
			"contoso.pair":     {params: []string{"a", "b"}, output: map[string]any{"first": "[parameters('a')]", "second": "[parameters('B')]", "lit": "x"}},
			"contoso.leak":     {params: nil, output: "[variables('prefix')]"},
		},
		scope: defaultScope(),
		references: func(target string) {
			if refs != nil {
				*refs = append(*refs, target)
			}
		},
	}
}

type errorString string

func (e errorString) Error() string { return string(e) }

const (
	testSub = "/subscriptions/00000000-0000-0000-0000-000000000000"
	testRG  = testSub + "/resourceGroups/rg-preflight"
)

type evalCase struct {
	expr    string
	want    any
	wantErr string // substring of the error; empty means success
}

func runEvalCases(t *testing.T, cases []evalCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.expr, func(t *testing.T) {
			got, err := evalString(tc.expr, testContext(nil))
			if tc.wantErr != "" {
				if err == nil {
					t.Fatalf("evalString(%q) = %#v, want error containing %q", tc.expr, got, tc.wantErr)
				}
				if !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("evalString(%q) error = %q, want it to contain %q", tc.expr, err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("evalString(%q) unexpected error: %v", tc.expr, err)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("evalString(%q) mismatch (-want +got):\n%s", tc.expr, diff)
			}
		})
	}
}

func TestEvalStringLiteralsAndEscapes(t *testing.T) {
	runEvalCases(t, []evalCase{
		{expr: "plain text", want: "plain text"},
		{expr: "[[notAnExpression]", want: "[notAnExpression]"},
		{expr: "[[", want: "["},
		{expr: "[ 'spaced' ]", want: "spaced"},
		{expr: "['it''s']", want: "it's"},
		{expr: "['']", want: ""},
		{expr: "[-42]", want: -42},
		{expr: "[true]", want: true},
		{expr: "[FALSE]", want: false},
		{expr: "[null]", want: nil},
		{expr: "[true()]", want: true},
		{expr: "[null()]", want: nil},
		{expr: "[CONCAT('a', 'b')]", want: "ab"},
		{expr: "[createArray(1, 2)[1]]", want: 2},
		{expr: "[json('{\"a\":[1,{\"b\":true}]}').a[1].b]", want: true},
		{expr: "[parameters('tags').ENV]", want: "prod"},
		{expr: "[parameters('tags')['team']]", want: "web"},
		{expr: "[variables('config').nested.tls]", want: "TLS1_2"},
	})
}

func TestEvalArrayAndObjectFunctions(t *testing.T) {
	runEvalCases(t, []evalCase{
		{expr: "[array(1)]", want: []any{1}},
		{expr: "[array('efgh')]", want: []any{"efgh"}},
		{expr: "[array(createObject('a', 'b'))]", want: []any{map[string]any{"a": "b"}}},
		{expr: "[array(createArray(1))]", want: []any{1}},
		{expr: "[concat(createArray('1-1', '1-2'), createArray('2-1'))]", want: []any{"1-1", "1-2", "2-1"}},
		{expr: "[concat('vm', copyIndex(), '-', true())]", want: "vm2-True"},
		{expr: "[concat('prefix-', uniqueString('x'))]", want: "prefix-" + mustUnique(t, "x")},
		{expr: "[contains('OneTwoThree', 'e')]", want: true},
		{expr: "[contains('OneTwoThree', 'z')]", want: false},
		{expr: "[contains('OneTwoThree', 'one')]", want: false},
		{expr: "[contains(createObject('one', 'a'), 'ONE')]", want: true},
		{expr: "[contains(createArray('one', 'two'), 'three')]", want: false},
		{expr: "[contains(createArray(1, 2), 2)]", want: true},
		{expr: "[createArray()]", want: []any{}},
		{expr: "[createObject('intProp', 1, 'arrayProp', createArray('a'))]", want: map[string]any{"intProp": 1, "arrayProp": []any{"a"}}},
		{expr: "[empty(createArray())]", want: true},
		{expr: "[empty(createObject())]", want: true},
		{expr: "[empty('')]", want: true},
		{expr: "[empty(null())]", want: true},
		{expr: "[empty('a')]", want: false},
		{expr: "[first(createArray('one', 'two'))]", want: "one"},
		{expr: "[first('One Two')]", want: "O"},
		{expr: "[last(createArray('one', 'two'))]", want: "two"},
		{expr: "[last('One Two')]", want: "o"},
		{expr: "[first(createArray())]", want: nil},
		{expr: "[indexOf(createArray('a', 'b', 'b'), 'b')]", want: 1},
		{expr: "[lastIndexOf(createArray('a', 'b', 'b'), 'b')]", want: 2},
		{expr: "[indexOf(createArray(1, 2), 3)]", want: -1},
		{expr: "[intersection(createArray('one', 'two', 'three'), createArray('three', 'four', 'one', 'two'))]", want: []any{"one", "two", "three"}},
		{expr: "[intersection(createObject('one', 'a', 'two', 'b', 'three', 'c'), createObject('one', 'a', 'two', 'z', 'three', 'c'))]", want: map[string]any{"one": "a", "three": "c"}},
		{expr: "[union(createArray('one', 'two', 'three'), createArray('three', 'four'))]", want: []any{"one", "two", "three", "four"}},
		{expr: "[union(createObject('one', 'a', 'two', 'b', 'three', 'c2'), createObject('three', 'c', 'four', 'd'))]", want: map[string]any{"one": "a", "two": "b", "three": "c", "four": "d"}},
		{expr: "[union(createObject('p', createObject('a', 1, 'b', 2)), createObject('p', createObject('b', 3)))]", want: map[string]any{"p": map[string]any{"a": 1, "b": 3}}},
		{expr: "[items(createObject('item002', 'b', 'item001', 'a'))]", want: []any{map[string]any{"key": "item001", "value": "a"}, map[string]any{"key": "item002", "value": "b"}}},
		{expr: "[json('{\"a\": 1.5, \"b\": null}')]", want: map[string]any{"a": 1.5, "b": nil}},
		{expr: "[json('null')]", want: nil},
		{expr: "[length('One Two Three')]", want: 13},
		{expr: "[length(createArray('a', 'b'))]", want: 2},
		{expr: "[length(parameters('tags'))]", want: 2},
		{expr: "[max(createArray(0, 3, 2, 5, 4))]", want: 5},
		{expr: "[min(0, 3, 2, 5, 4)]", want: 0},
		{expr: "[range(1, 3)]", want: []any{1, 2, 3}},
		{expr: "[range(5, 0)]", want: []any{}},
		{expr: "[skip(createArray('one', 'two', 'three'), 2)]", want: []any{"three"}},
		{expr: "[skip('one two three', 4)]", want: "two three"},
		{expr: "[skip('abc', -1)]", want: "abc"},
		{expr: "[take(createArray('one', 'two', 'three'), 2)]", want: []any{"one", "two"}},
		{expr: "[take('one two three', 2)]", want: "on"},
		{expr: "[take('ab', 10)]", want: "ab"},
		{expr: "[flatten(createArray(createArray('a'), createArray('b', 'c')))]", want: []any{"a", "b", "c"}},
		{expr: "[objectKeys(createObject('b', 1, 'a', 2))]", want: []any{"a", "b"}},
		{expr: "[shallowMerge(createArray(createObject('a', 1), createObject('a', 2, 'b', 3)))]", want: map[string]any{"a": 2, "b": 3}},
		{expr: "[tryGet(parameters('tags'), 'missing')]", want: nil},
		{expr: "[tryGet(variables('config'), 'nested', 'tls')]", want: "TLS1_2"},
		{expr: "[indexFromEnd(createArray(1, 2, 3), 1)]", want: 3},
		{expr: "[tryIndexFromEnd(createArray(1, 2, 3), 4)]", want: nil},
		{expr: "[join(createArray('a', 'b', 'c'), ',')]", want: "a,b,c"},
		// Errors.
		{expr: "[concat(createArray(1), 'a')]", wantErr: "concat(): argument 2 is string"},
		{expr: "[createObject('a')]", wantErr: "even number"},
		{expr: "[range(0, 10001)]", wantErr: "range(): count 10001"},
		{expr: "[first(1)]", wantErr: "first(): needs a string or array, got int"},
		{expr: "[indexFromEnd(createArray(1), 2)]", wantErr: "out of range"},
		{expr: "[createArray(1)[5]]", wantErr: "index 5 is out of range"},
		{expr: "[createObject('a', 1).b]", wantErr: `property "b" does not exist`},
	})
}

func TestEvalLambdaFunctions(t *testing.T) {
	runEvalCases(t, []evalCase{
		{expr: "[filter(createArray(1, 2, 3, 4), lambda('x', greater(lambdaVariables('x'), 2)))]", want: []any{3, 4}},
		{expr: "[map(createArray(1, 2), lambda('x', mul(lambdaVariables('x'), 10)))]", want: []any{10, 20}},
		{expr: "[map(createArray('a', 'b'), lambda('x', 'i', concat(lambdaVariables('x'), string(lambdaVariables('i')))))]", want: []any{"a0", "b1"}},
		{expr: "[reduce(createArray(1, 2, 3), 0, lambda('cur', 'next', add(lambdaVariables('cur'), lambdaVariables('next'))))]", want: 6},
		{expr: "[sort(createArray(3, 1, 2), lambda('a', 'b', less(lambdaVariables('a'), lambdaVariables('b'))))]", want: []any{1, 2, 3}},
		{expr: "[toObject(createArray('a', 'bb'), lambda('x', lambdaVariables('x')), lambda('x', length(lambdaVariables('x'))))]", want: map[string]any{"a": 1, "bb": 2}},
		{expr: "[toObject(createArray('a'), lambda('x', lambdaVariables('x')))]", want: map[string]any{"a": "a"}},
		{expr: "[mapValues(createObject('a', 1, 'b', 2), lambda('v', add(lambdaVariables('v'), 1)))]", want: map[string]any{"a": 2, "b": 3}},
		{expr: "[groupBy(createArray('ab', 'ac', 'b'), lambda('x', first(lambdaVariables('x'))))]", want: map[string]any{"a": []any{"ab", "ac"}, "b": []any{"b"}}},
		{expr: "[map(createArray(1), lambda('x', map(createArray(10), lambda('y', add(lambdaVariables('x'), lambdaVariables('y'))))))]", want: []any{[]any{11}}},
		{expr: "[lambda('x', 1)]", wantErr: "lambda() can only be used"},
		{expr: "[concat(lambda('x', 1))]", wantErr: "argument 1 is a lambda"},
		{expr: "[filter(createArray(1), lambda('x', 1))]", wantErr: "must return a bool"},
		{expr: "[lambdaVariables('x')]", wantErr: `lambda variable "x" is not defined`},
		{expr: "[map(createArray(1), 'x')]", wantErr: "argument 2 must be a lambda"},
		{expr: "[map(range(0, 10000), lambda('x', map(range(0, 10000), lambda('y', 1))))]", wantErr: "evaluation steps"},
	})
}

func TestEvalComparisonLogicalNumeric(t *testing.T) {
	runEvalCases(t, []evalCase{
		{expr: "[equals(1, 1)]", want: true},
		{expr: "[equals('a', 'A')]", want: false},
		{expr: "[equals(createArray('a', 'b'), createArray('a', 'b'))]", want: true},
		{expr: "[equals(createObject('a', 1), createObject('a', 1))]", want: true},
		{expr: "[equals(createObject('a', 1), createObject('a', 2))]", want: false},
		{expr: "[less(1, 10)]", want: true},
		{expr: "[less('A', 'a')]", want: true},
		{expr: "[lessOrEquals(2, 2)]", want: true},
		{expr: "[greater('b', 'a')]", want: true},
		{expr: "[greaterOrEquals(1, 2)]", want: false},
		{expr: "[and(bool('true'), bool('false'))]", want: false},
		{expr: "[or(bool('true'), bool('false'))]", want: true},
		{expr: "[not(bool('true'))]", want: false},
		{expr: "[and(true(), true(), true())]", want: true},
		{expr: "[if(equals(1, 1), 'yes', 'no')]", want: "yes"},
		{expr: "[if(false(), 'yes', 'no')]", want: "no"},
		{expr: "[if(true(), 'a', noSuchFunction())]", want: "a"},
		{expr: "[bool('TrUe')]", want: true},
		{expr: "[bool('yes')]", want: false},
		{expr: "[bool(0)]", want: false},
		{expr: "[bool(-1)]", want: true},
		{expr: "[coalesce(null(), null(), 'x', 'y')]", want: "x"},
		{expr: "[coalesce(null())]", want: nil},
		{expr: "[add(-1, 5)]", want: 4},
		{expr: "[sub(7, 3)]", want: 4},
		{expr: "[mul(5, 3)]", want: 15},
		{expr: "[div(8, 3)]", want: 2},
		{expr: "[div(-7, 2)]", want: -3},
		{expr: "[mod(7, 3)]", want: 1},
		{expr: "[int('4')]", want: 4},
		{expr: "[float('2.5')]", want: 2.5},
		{expr: "[less(1, 'a')]", wantErr: "less(): cannot compare int with string"},
		{expr: "[add('a', 1)]", wantErr: "add(): needs two integers, got string and int"},
		{expr: "[div(1, 0)]", wantErr: "div(): division by zero"},
		{expr: "[and(true())]", wantErr: "and(): takes at least 2 arguments, got 1"},
		{expr: "[if(1, 'a', 'b')]", wantErr: "if(): the condition must be a bool"},
		{expr: "[not('x')]", wantErr: "not(): needs a bool"},
		{expr: "[int('x')]", wantErr: `int(): "x" is not an integer`},
	})
}

func TestEvalStringFunctions(t *testing.T) {
	runEvalCases(t, []evalCase{
		{expr: "[base64('one, two, three')]", want: "b25lLCB0d28sIHRocmVl"},
		{expr: "[base64ToString('b25lLCB0d28sIHRocmVl')]", want: "one, two, three"},
		{expr: "[base64ToJson(base64('{\"one\": \"a\", \"two\": \"b\"}'))]", want: map[string]any{"one": "a", "two": "b"}},
		{expr: "[dataUri('Hello')]", want: "data:text/plain;charset=utf8;base64,SGVsbG8="},
		{expr: "[dataUriToString('data:;base64,SGVsbG8sIFdvcmxkIQ==')]", want: "Hello, World!"},
		{expr: "[endsWith('abcdef', 'EF')]", want: true},
		{expr: "[startsWith('abcdef', 'AB')]", want: true},
		{expr: "[startsWith('abcdef', 'e')]", want: false},
		{expr: "[format('{0}, {1}. Formatted number: {2:N0}', 'Hello', 'User', 8175133)]", want: "Hello, User. Formatted number: 8,175,133"},
		{expr: "[format('{0:D3}-{1:X}-{2:F1}-{{{3}}}', 7, 255, 2, 'x')]", want: "007-FF-2.0-{x}"},
		{expr: "[format('[{0,5}|{0,-5}]', 'ab')]", want: "[   ab|ab   ]"},
		{expr: "[format('{0}', true())]", want: "True"},
		{expr: "[indexOf('abcdef', 'CD')]", want: 2},
		{expr: "[indexOf('abcdef', 'z')]", want: -1},
		{expr: "[indexOf('abcdef', '')]", want: 0},
		{expr: "[lastIndexOf('test', 't')]", want: 3},
		{expr: "[lastIndexOf('abcdef', 'AB')]", want: 0},
		{expr: "[padLeft('123', 10, '0')]", want: "0000000123"},
		{expr: "[padLeft(7, 3, '0')]", want: "007"},
		{expr: "[padLeft('abc', 2)]", want: "abc"},
		{expr: "[replace('123-123-1234', '-', '')]", want: "1231231234"},
		{expr: "[split('one,two,three', ',')]", want: []any{"one", "two", "three"}},
		{expr: "[split('one;two,three', createArray(',', ';'))]", want: []any{"one", "two", "three"}},
		{expr: "[split('a,,b', ',')]", want: []any{"a", "", "b"}},
		{expr: "[string(createObject('valueA', 10, 'valueB', 'Example Text'))]", want: `{"valueA":10,"valueB":"Example Text"}`},
		{expr: "[string(createArray('a', 'b', 'c'))]", want: `["a","b","c"]`},
		{expr: "[string(5)]", want: "5"},
		{expr: "[string(false())]", want: "False"},
		{expr: "[substring('one two three', 4, 3)]", want: "two"},
		{expr: "[substring('abc', 1)]", want: "bc"},
		{expr: "[toLower('One Two')]", want: "one two"},
		{expr: "[toUpper('One Two')]", want: "ONE TWO"},
		{expr: "[trim('    one two three   ')]", want: "one two three"},
		{expr: "[uri('http://contoso.org/firstpath', 'myscript.sh')]", want: "http://contoso.org/myscript.sh"},
		{expr: "[uriComponent('http://contoso.com/resources/nested/azuredeploy.json')]", want: "http%3A%2F%2Fcontoso.com%2Fresources%2Fnested%2Fazuredeploy.json"},
		{expr: "[uriComponentToString('http%3A%2F%2Fcontoso.com%2Fresources%2Fnested%2Fazuredeploy.json')]", want: "http://contoso.com/resources/nested/azuredeploy.json"},
		{expr: "[substring('abc', 2, 5)]", wantErr: "substring(): start 2 and length 5"},
		{expr: "[padLeft('a', 100000)]", wantErr: "exceeds the limit"},
		{expr: "[replace('a', '', 'b')]", wantErr: "must not be empty"},
		{expr: "[format('{1}', 'a')]", wantErr: "format item {1} refers to a missing argument"},
		{expr: "[format('{0:E2}', 1)]", wantErr: `unsupported format "E2"`},
		{expr: "[base64ToString('***')]", wantErr: "invalid base64"},
		{expr: "[toLower(1)]", wantErr: "toLower(): argument 1 must be a string, got int"},
		{expr: "[uniqueString(1)]", wantErr: "uniqueString(): argument 1 must be a string"},
	})
}

// TestUniqueStringVectors pins uniqueString to values Azure Resource
// Manager produces for the same input.
func TestUniqueStringVectors(t *testing.T) {
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"test"}, "rbgf3xv4ufgzg"},
		{[]string{"hello", "world"}, "a7wkljktk6wne"},
		{[]string{"abc"}, "cgtzqvhu4i23s"},
		{[]string{"foo", "bar", "baz"}, "xzi4ioaxtmth4"},
		{[]string{"/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/my-rg"}, "bmg7c6xu4tw46"},
		{[]string{"/subscriptions/31e9f9a0-9fd2-4294-a0a3-0101246d9700/resourceGroups/rg-modm201-20230913120256/providers/Microsoft.Compute/virtualMachines/bobjacmodm201"}, "yvjxno3je5on2"},
	}
	for _, tc := range cases {
		if got := mustUnique(t, tc.args...); got != tc.want {
			t.Errorf("uniqueString(%q) = %q, want %q", tc.args, got, tc.want)
		}
	}
}

func mustUnique(t *testing.T, args ...string) string {
	t.Helper()
	quoted := make([]string, len(args))
	for i, a := range args {
		quoted[i] = "'" + strings.ReplaceAll(a, "'", "''") + "'"
	}
	v, err := evalString("[uniqueString("+strings.Join(quoted, ", ")+")]", testContext(nil))
	if err != nil {
		t.Fatalf("uniqueString(%q): %v", args, err)
	}
	return v.(string)
}

func TestGUIDIsDeterministicVersion5(t *testing.T) {
	ctx := testContext(nil)
	a, err := evalString("[guid(resourceGroup().id, 'role')]", ctx)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := evalString("[guid(resourceGroup().id, 'role')]", testContext(nil))
	c, _ := evalString("[guid(resourceGroup().id, 'other')]", ctx)
	if a != b {
		t.Errorf("guid() not deterministic: %v vs %v", a, b)
	}
	if a == c {
		t.Errorf("guid() of different inputs collide: %v", a)
	}
	if !regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`).MatchString(a.(string)) {
		t.Errorf("guid() = %v, want a version 5 UUID", a)
	}
}

func TestEvalScopeAndResourceFunctions(t *testing.T) {
	runEvalCases(t, []evalCase{
		{expr: "[parameters('NAME')]", want: "store"},
		{expr: "[variables('prefix')]", want: "app"},
		{expr: "[copyIndex()]", want: 2},
		{expr: "[copyIndex(1)]", want: 3},
		{expr: "[copyIndex('loopA')]", want: 5},
		{expr: "[copyIndex('loopA', 10)]", want: 15},
		{expr: "[resourceGroup().location]", want: "westeurope"},
		{expr: "[ResourceGroup().Name]", want: "rg-preflight"},
		{expr: "[resourceGroup().id]", want: testRG},
		{expr: "[subscription().subscriptionId]", want: "00000000-0000-0000-0000-000000000000"},
		{expr: "[environment().suffixes.storage]", want: "core.windows.net"},
		{expr: "[environment().name]", want: "AzureCloud"},
		{expr: "[deployment().name]", want: "preflight"},
		{expr: "[deployment().properties.templateLink.uri]", want: graph.Unknown("deployment().properties.templateLink.uri")},
		{expr: "[uniqueString(resourceGroup().id)]", want: mustUnique(t, testRG)},
		{expr: "[resourceId('Microsoft.Storage/storageAccounts', parameters('name'))]", want: testRG + "/providers/Microsoft.Storage/storageAccounts/store"},
		{expr: "[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet', 'sn')]", want: testRG + "/providers/Microsoft.Network/virtualNetworks/vnet/subnets/sn"},
		{expr: "[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet/sn')]", want: testRG + "/providers/Microsoft.Network/virtualNetworks/vnet/subnets/sn"},
		{expr: "[resourceId('otherRG', 'Microsoft.Storage/storageAccounts', 'st')]", want: testSub + "/resourceGroups/otherRG/providers/Microsoft.Storage/storageAccounts/st"},
		{expr: "[resourceId('11111111-1111-1111-1111-111111111111', 'otherRG', 'Microsoft.Storage/storageAccounts', 'st')]", want: "/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/otherRG/providers/Microsoft.Storage/storageAccounts/st"},
		{expr: "[subscriptionResourceId('Microsoft.Resources/resourceGroups', 'rg1')]", want: testSub + "/providers/Microsoft.Resources/resourceGroups/rg1"},
		{expr: "[tenantResourceId('Microsoft.Authorization/policyDefinitions', 'p1')]", want: "/providers/Microsoft.Authorization/policyDefinitions/p1"},
		{expr: "[extensionResourceId(resourceGroup().id, 'Microsoft.Authorization/locks', 'lock1')]", want: testRG + "/providers/Microsoft.Authorization/locks/lock1"},
		{expr: "[managementGroupResourceId('mg1', 'Microsoft.Authorization/policyDefinitions', 'p1')]", want: "/providers/Microsoft.Management/managementGroups/mg1/providers/Microsoft.Authorization/policyDefinitions/p1"},
		{expr: "[contoso.prefixed('x')]", want: "ct-x"},
		{expr: "[Contoso.Pair(1, 'two')]", want: map[string]any{"first": 1, "second": "two", "lit": "x"}},
		// Errors.
		{expr: "[parameters('missing')]", wantErr: `parameters(): parameter "missing" is not defined`},
		{expr: "[variables('missing')]", wantErr: `variable "missing" is not defined`},
		{expr: "[copyIndex('nope')]", wantErr: `copyIndex(): copy loop "nope" is not in scope`},
		{expr: "[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet')]", wantErr: "needs 2 name segments, got 1"},
		{expr: "[resourceId('a', 'b', 'c', 'Microsoft.Storage/storageAccounts', 'st')]", wantErr: "expected a resource type"},
		{expr: "[contoso.prefixed()]", wantErr: "contoso.prefixed(): takes 1 arguments, got 0"},
		{expr: "[contoso.leak()]", wantErr: "cannot use template variables"},
		{expr: "[contoso.missing()]", wantErr: `unknown function "contoso.missing"`},
	})
}

func TestEvalUnknowns(t *testing.T) {
	runEvalCases(t, []evalCase{
		{expr: "[reference('st1').primaryEndpoints]", want: graph.Unknown("reference('st1').primaryEndpoints")},
		{expr: "[reference('st1').primaryEndpoints['blob']]", want: graph.Unknown("reference('st1').primaryEndpoints['blob']")},
		{expr: "[concat('a', reference('x').id)]", want: graph.Unknown("reference('x').id")},
		{expr: "[if(true(), 'a', reference('x'))]", want: "a"},
		{expr: "[if(reference('x').enabled, 'a', 'b')]", want: graph.Unknown("reference('x').enabled")},
		{expr: "[and(false(), reference('x').b)]", want: false},
		{expr: "[or(true(), reference('x').b)]", want: true},
		{expr: "[and(true(), reference('x').b)]", want: graph.Unknown("reference('x').b")},
		{expr: "[coalesce(null(), parameters('secret'), 'x')]", want: graph.Unknown("parameters('secret')")},
		{expr: "[coalesce('x', parameters('secret'))]", want: "x"},
		{expr: "[parameters('secret')]", want: graph.Unknown("parameters('secret')")},
		{expr: "[toUpper(parameters('secret'))]", want: graph.Unknown("parameters('secret')")},
		{expr: "[parameters('secret').value]", want: graph.Unknown("parameters('secret')")},
		{expr: "[length(createArray(1, reference('x')))]", want: 2},
		{expr: "[createArray(1, reference('x'))]", want: []any{1, graph.Unknown("reference('x')")}},
		{expr: "[equals(createArray(reference('x')), createArray(1))]", want: graph.Unknown("reference('x')")},
		{expr: "[listKeys(resourceId('Microsoft.Storage/storageAccounts', 'st'), '2021-01-01').keys[0].value]", want: graph.Unknown("listKeys(resourceId('Microsoft.Storage/storageAccounts', 'st'), '2021-01-01').keys[0].value")},
		{expr: "[listSecrets('id', '2020-01-01')]", want: graph.Unknown("listSecrets('id', '2020-01-01')")},
		{expr: "[utcNow()]", want: graph.Unknown("utcNow()")},
		{expr: "[utcNow('u')]", want: graph.Unknown("utcNow('u')")},
		{expr: "[newGuid()]", want: graph.Unknown("newGuid()")},
		{expr: "[pickZones('Microsoft.Compute', 'virtualMachines', 'westus2')]", want: graph.Unknown("pickZones('Microsoft.Compute', 'virtualMachines', 'westus2')")},
		{expr: "[filter(createArray(1), lambda('x', reference('y').ok))]", want: graph.Unknown("reference('y').ok")},
		{expr: "[map(createArray(1), lambda('x', reference('y').v))]", want: []any{graph.Unknown("reference('y').v")}},
		{expr: "[union(createObject('a', reference('x')), createObject('b', 1))]", want: map[string]any{"a": graph.Unknown("reference('x')"), "b": 1}},
	})
}

func TestReferencesAreRecorded(t *testing.T) {
	var refs []string
	ctx := testContext(&refs)
	exprs := []string{
		"[reference(resourceId('Microsoft.Storage/storageAccounts', 'st1')).primaryEndpoints]",
		"[reference('kv1', '2019-09-01', 'Full')]",
		"[if(false(), reference('never'), 'x')]",
	}
	for _, e := range exprs {
		if _, err := evalString(e, ctx); err != nil {
			t.Fatalf("evalString(%q): %v", e, err)
		}
	}
	want := []string{
		testRG + "/providers/Microsoft.Storage/storageAccounts/st1",
		testRG + "/providers/Microsoft.Storage/storageAccounts/st1",
		"kv1",
	}
	if diff := cmp.Diff(want, refs); diff != "" {
		t.Errorf("references mismatch (-want +got):\n%s", diff)
	}
}

func TestEvalCIDRFunctions(t *testing.T) {
	runEvalCases(t, []evalCase{
		{expr: "[parseCidr('10.144.0.0/20')]", want: map[string]any{
			"network": "10.144.0.0", "netmask": "255.255.240.0", "broadcast": "10.144.15.255",
			"firstUsable": "10.144.0.1", "lastUsable": "10.144.15.254", "cidr": 20,
		}},
		{expr: "[parseCidr('fdad:3236:5555::/48')]", want: map[string]any{
			"network": "fdad:3236:5555::", "netmask": "ffff:ffff:ffff::", "firstUsable": "fdad:3236:5555::",
			"lastUsable": "fdad:3236:5555:ffff:ffff:ffff:ffff:ffff", "cidr": 48,
		}},
		{expr: "[cidrSubnet('10.144.0.0/20', 24, 0)]", want: "10.144.0.0/24"},
		{expr: "[cidrSubnet('10.144.0.0/20', 24, 15)]", want: "10.144.15.0/24"},
		{expr: "[cidrSubnet('fdad:3236:5555::/48', 52, 1)]", want: "fdad:3236:5555:1000::/52"},
		{expr: "[cidrHost('10.144.3.0/24', 0)]", want: "10.144.3.1"},
		{expr: "[cidrHost('10.144.3.0/24', 253)]", want: "10.144.3.254"},
		{expr: "[cidrSubnet('10.144.0.0/20', 24, 16)]", wantErr: "subnet index 16 is out of range"},
		{expr: "[cidrSubnet('10.144.0.0/20', 16, 0)]", wantErr: "the new CIDR 16 must be between 20 and 32"},
		{expr: "[cidrHost('10.144.3.0/24', 254)]", wantErr: "host index 254 is out of range"},
		{expr: "[parseCidr('10.0.0.300/8')]", wantErr: "is not a range in CIDR notation"},
	})
}

func TestEvalHostileCost(t *testing.T) {
	runEvalCases(t, []evalCase{
		{expr: "[replace(padLeft('', 16000, 'a'), 'a', padLeft('', 16000, 'b'))]", wantErr: "result is longer than"},
		{expr: "[length(concat(padLeft('', 16000, 'a'), padLeft('', 16000, 'a')))]", want: 32000},
	})
}

func TestEvalDateFunctions(t *testing.T) {
	runEvalCases(t, []evalCase{
		{expr: "[dateTimeFromEpoch(1683040573)]", want: "2023-05-02T15:16:13Z"},
		{expr: "[dateTimeToEpoch('2023-05-02T15:16:13Z')]", want: 1683040573},
		{expr: "[dateTimeAdd(utcNow(), 'P1Y')]", want: graph.Unknown("utcNow()")},
		{expr: "[dateTimeAdd('2020-04-07T14:53:14Z', 'P3Y')]", want: graph.Unknown("dateTimeAdd('2020-04-07T14:53:14Z', 'P3Y')")},
		{expr: "[dateTimeToEpoch('yesterday')]", wantErr: "is not an ISO 8601 date"},
	})
}
