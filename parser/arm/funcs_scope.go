package arm

import (
	"strings"

	"github.com/preflight-iac/preflight/graph"
)

func fnParameters(c *callCtx, args []any) (any, error) {
	name, err := stringArg(c, args[0], 1)
	if err != nil {
		return nil, err
	}
	if c.ctx.parameter == nil {
		return nil, c.errorf("parameter %q is not defined", name)
	}
	v, ok := c.ctx.parameter(name)
	if !ok {
		return nil, c.errorf("parameter %q is not defined", name)
	}
	// A copy, so that whoever stores the result can change it without
	// changing the parameter.
	return copyValue(v), nil
}

func fnVariables(c *callCtx, args []any) (any, error) {
	name, err := stringArg(c, args[0], 1)
	if err != nil {
		return nil, err
	}
	if c.ctx.variable == nil {
		return nil, c.errorf("variable %q is not defined", name)
	}
	// The template code words its own errors (cycles, undefined names).
	v, err := c.ctx.variable(name)
	if err != nil {
		return nil, err
	}
	return copyValue(v), nil
}

// fnCopyIndex accepts copyIndex(), copyIndex(offset), copyIndex(loop) and
// copyIndex(loop, offset).
func fnCopyIndex(c *callCtx, args []any) (any, error) {
	loop, offset := "", 0
	switch len(args) {
	case 1:
		if s, ok := args[0].(string); ok {
			loop = s
		} else {
			n, err := intArg(c, args[0], 1)
			if err != nil {
				return nil, c.errorf("argument 1 must be a loop name or an integer offset, got %s", typeName(args[0]))
			}
			offset = n
		}
	case 2:
		s, err := stringArg(c, args[0], 1)
		if err != nil {
			return nil, err
		}
		loop = s
		if offset, err = intArg(c, args[1], 2); err != nil {
			return nil, err
		}
	}
	if c.ctx.copyIndex == nil {
		return nil, c.errorf("not inside a copy loop")
	}
	i, ok := c.ctx.copyIndex(loop)
	if !ok {
		if loop == "" {
			return nil, c.errorf("not inside a copy loop")
		}
		return nil, c.errorf("copy loop %q is not in scope", loop)
	}
	return i + offset, nil
}

// fnDeployment returns the deployment object. A template deployed from a
// local file has no templateLink; which one applies is unknown here, so
// an absent templateLink is an unknown rather than an error.
func fnDeployment(c *callCtx, args []any) (any, error) {
	d, ok := copyValue(c.ctx.scope.Deployment).(map[string]any)
	if !ok || d == nil {
		return graph.Unknown(c.node.text), nil
	}
	props, ok := d["properties"].(map[string]any)
	if !ok {
		props = map[string]any{}
		d["properties"] = props
	}
	if _, found := lookupKey(props, "templateLink"); !found {
		props["templateLink"] = graph.Unknown(c.node.text + ".properties.templateLink")
	}
	return d, nil
}

func scopeFn(get func(deploymentScope) map[string]any) func(*callCtx, []any) (any, error) {
	return func(c *callCtx, _ []any) (any, error) {
		m := get(c.ctx.scope)
		if m == nil {
			return graph.Unknown(c.node.text), nil
		}
		return copyValue(m), nil
	}
}

func (c *callCtx) subscriptionID() string {
	if s, ok := c.ctx.scope.Subscription["subscriptionId"].(string); ok {
		return s
	}
	return placeholderSubscriptionID
}

func (c *callCtx) resourceGroupName() string {
	if s, ok := c.ctx.scope.ResourceGroup["name"].(string); ok {
		return s
	}
	return placeholderResourceGroup
}

// splitResourceIDArgs finds the resource type among the arguments: the
// first one containing '/'. What comes before it are scope arguments
// (at most maxScope), what follows are the name segments.
func splitResourceIDArgs(c *callCtx, args []any, maxScope int) (scope []string, typ string, names []string, err error) {
	strs := make([]string, len(args))
	for i, a := range args {
		if strs[i], err = stringArg(c, a, i+1); err != nil {
			return nil, "", nil, err
		}
	}
	at := -1
	for i, s := range strs {
		if strings.Contains(s, "/") {
			at = i
			break
		}
	}
	if at < 0 || at > maxScope {
		return nil, "", nil, c.errorf("expected a resource type such as 'Microsoft.Storage/storageAccounts' among the first %d arguments", maxScope+1)
	}
	typ = strs[at]
	for _, n := range strs[at+1:] {
		names = append(names, strings.Split(n, "/")...)
	}
	return strs[:at], typ, names, nil
}

// typePath interleaves the type segments with the names:
// Microsoft.Network/virtualNetworks/subnets + [vnet, sn] →
// Microsoft.Network/virtualNetworks/vnet/subnets/sn.
func typePath(c *callCtx, typ string, names []string) (string, error) {
	segs := strings.Split(strings.Trim(typ, "/"), "/")
	if len(segs) < 2 {
		return "", c.errorf("resource type %q needs a namespace and a type", typ)
	}
	if len(segs)-1 != len(names) {
		return "", c.errorf("resource type %q needs %d name segments, got %d", typ, len(segs)-1, len(names))
	}
	var b strings.Builder
	b.WriteString(segs[0])
	for i, t := range segs[1:] {
		b.WriteString("/" + t + "/" + names[i])
	}
	return b.String(), nil
}

func (c *callCtx) record(id string) {
	if c.ctx.references != nil {
		c.ctx.references(id)
	}
}

func fnResourceID(c *callCtx, args []any) (any, error) {
	scope, typ, names, err := splitResourceIDArgs(c, args, 2)
	if err != nil {
		return nil, err
	}
	sub, rg := c.subscriptionID(), c.resourceGroupName()
	switch len(scope) {
	case 1:
		rg = scope[0]
	case 2:
		sub, rg = scope[0], scope[1]
	}
	path, err := typePath(c, typ, names)
	if err != nil {
		return nil, err
	}
	id := "/subscriptions/" + sub + "/resourceGroups/" + rg + "/providers/" + path
	c.record(id)
	return id, nil
}

func fnSubscriptionResourceID(c *callCtx, args []any) (any, error) {
	scope, typ, names, err := splitResourceIDArgs(c, args, 1)
	if err != nil {
		return nil, err
	}
	sub := c.subscriptionID()
	if len(scope) == 1 {
		sub = scope[0]
	}
	path, err := typePath(c, typ, names)
	if err != nil {
		return nil, err
	}
	id := "/subscriptions/" + sub + "/providers/" + path
	c.record(id)
	return id, nil
}

func fnTenantResourceID(c *callCtx, args []any) (any, error) {
	_, typ, names, err := splitResourceIDArgs(c, args, 0)
	if err != nil {
		return nil, err
	}
	path, err := typePath(c, typ, names)
	if err != nil {
		return nil, err
	}
	id := "/providers/" + path
	c.record(id)
	return id, nil
}

func fnManagementGroupResourceID(c *callCtx, args []any) (any, error) {
	scope, typ, names, err := splitResourceIDArgs(c, args, 1)
	if err != nil {
		return nil, err
	}
	path, err := typePath(c, typ, names)
	if err != nil {
		return nil, err
	}
	if len(scope) == 0 {
		// The deploying management group has no placeholder.
		return graph.Unknown(c.node.text), nil
	}
	id := "/providers/Microsoft.Management/managementGroups/" + scope[0] + "/providers/" + path
	c.record(id)
	return id, nil
}

func fnExtensionResourceID(c *callCtx, args []any) (any, error) {
	base, err := stringArg(c, args[0], 1)
	if err != nil {
		return nil, err
	}
	_, typ, names, err := splitResourceIDArgs(c, args[1:], 0)
	if err != nil {
		return nil, err
	}
	path, err := typePath(c, typ, names)
	if err != nil {
		return nil, err
	}
	id := strings.TrimSuffix(base, "/") + "/providers/" + path
	c.record(id)
	return id, nil
}

// fnReference records its target and yields an unknown: a resource's
// runtime state exists only after deploy.
func fnReference(c *callCtx, args []any) (any, error) {
	if target, ok := args[0].(string); ok {
		c.record(target)
	} else if _, unknown := graph.IsUnknown(args[0]); !unknown {
		return nil, c.errorf("argument 1 must be a resource name or id, got %s", typeName(args[0]))
	}
	return graph.Unknown(c.node.text), nil
}

// fnList covers listKeys, listSecrets and every other list* action.
func fnList(c *callCtx, args []any) (any, error) {
	if target, ok := args[0].(string); ok {
		c.record(target)
	}
	return graph.Unknown(c.node.text), nil
}

// fnRuntime covers utcNow, newGuid, pickZones, providers, ...: values
// that only exist while Azure deploys.
func fnRuntime(c *callCtx, _ []any) (any, error) {
	return graph.Unknown(c.node.text), nil
}
