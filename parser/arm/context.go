package arm

import (
	"errors"
	"strings"
)

// evalContext is everything an expression can refer to. The template
// engineer fills it; the expression evaluator only reads it.
type evalContext struct {
	parameter  func(name string) (any, bool)  // case-insensitive lookup; ok=false → error "parameter X is not defined"
	variable   func(name string) (any, error) // evaluated lazily by the template code (cycle detection there)
	copyIndex  func(loop string) (int, bool)  // loop "" = the current resource/property copy; ok=false → error
	userFuncs  map[string]*userFunction       // key: lower(namespace + "." + name)
	scope      deploymentScope                // resourceGroup()/subscription()/deployment()/environment()/tenant() values
	references func(target string)            // record a resourceId()/reference() target (a resource id string) for graph references; may be nil
	lambdaVars map[string]any                 // lambda('x', ...) variables in scope
	depth      int                            // nesting guard

	// steps counts evaluation steps of one top-level evalString call, shared
	// with the lambdas and user functions it runs, so hostile input (a map
	// inside a map over range(0, 10000)) stops with an error. evalString
	// sets it when nil.
	steps *int
	// built counts what the functions called have returned (see
	// chargeBuilt), so that many expressions that each stay under
	// maxStringLength cannot together exhaust memory. The template shares
	// one counter across the whole scan; evalString sets a fresh one when
	// nil.
	built *int
}

// deploymentScope holds the values of the scope functions. Before deploy
// nobody knows the real subscription or resource group, so defaultScope
// fills in documented placeholders.
type deploymentScope struct {
	ResourceGroup map[string]any // id, name, location, type, properties, tags
	Subscription  map[string]any // id, subscriptionId, tenantId, displayName
	Tenant        map[string]any
	Deployment    map[string]any // name, properties{templateLink...}, location
	Environment   map[string]any // name, suffixes{storage, sqlServerHostname, keyvaultDns...}, resourceManager...
}

// userFunction is one entry of a template's "functions" section.
type userFunction struct {
	params []string
	output any // the "output.value" JSON value, string expressions inside
}

// Placeholder identities used by defaultScope. They are deterministic so
// that resourceId() and uniqueString() give stable results across runs.
const (
	placeholderSubscriptionID = "00000000-0000-0000-0000-000000000000"
	placeholderTenantID       = "00000000-0000-0000-0000-000000000000"
	placeholderResourceGroup  = "rg-preflight"
	placeholderLocation       = "westeurope"
	placeholderDeployment     = "preflight"
)

// defaultScope returns deterministic placeholder values: resource group
// "rg-preflight" in "westeurope", subscription
// "00000000-0000-0000-0000-000000000000", and the AzureCloud environment.
// They are placeholders, not the real deployment target: checks must not
// depend on them beyond "some resource group in some subscription".
func defaultScope() deploymentScope {
	subID := "/subscriptions/" + placeholderSubscriptionID
	rgID := subID + "/resourceGroups/" + placeholderResourceGroup
	return deploymentScope{
		ResourceGroup: map[string]any{
			"id":         rgID,
			"name":       placeholderResourceGroup,
			"type":       "Microsoft.Resources/resourceGroups",
			"location":   placeholderLocation,
			"managedBy":  nil,
			"tags":       map[string]any{},
			"properties": map[string]any{"provisioningState": "Succeeded"},
		},
		Subscription: map[string]any{
			"id":             subID,
			"subscriptionId": placeholderSubscriptionID,
			"tenantId":       placeholderTenantID,
			"displayName":    "preflight-placeholder",
		},
		Tenant: map[string]any{
			"id":             "/tenants/" + placeholderTenantID,
			"tenantId":       placeholderTenantID,
			"countryCode":    "US",
			"displayName":    "preflight-placeholder",
			"domains":        []any{},
			"tenantBranding": map[string]any{},
		},
		Deployment: map[string]any{
			"name":     placeholderDeployment,
			"location": placeholderLocation,
			"properties": map[string]any{
				"template":          map[string]any{"contentVersion": "1.0.0.0"},
				"parameters":        map[string]any{},
				"mode":              "Incremental",
				"provisioningState": "Accepted",
			},
		},
		Environment: map[string]any{
			"name":                    "AzureCloud",
			"gallery":                 "https://gallery.azure.com/",
			"graph":                   "https://graph.windows.net/",
			"portal":                  "https://portal.azure.com",
			"graphAudience":           "https://graph.windows.net/",
			"activeDirectoryDataLake": "https://datalake.azure.net/",
			"batch":                   "https://batch.core.windows.net/",
			"media":                   "https://rest.media.azure.net",
			"sqlManagement":           "https://management.core.windows.net:8443/",
			"vmImageAliasDoc":         "https://raw.githubusercontent.com/Azure/azure-rest-api-specs/master/arm-compute/quickstart-templates/aliases.json",
			"resourceManager":         "https://management.azure.com/",
			"authentication": map[string]any{
				"loginEndpoint":    "https://login.microsoftonline.com/",
				"audiences":        []any{"https://management.core.windows.net/", "https://management.azure.com/"},
				"tenant":           "common",
				"identityProvider": "AAD",
			},
			"suffixes": map[string]any{
				"acrLoginServer":                      ".azurecr.io",
				"azureDatalakeAnalyticsCatalogAndJob": "azuredatalakeanalytics.net",
				"azureDatalakeStoreFileSystem":        "azuredatalakestore.net",
				"azureFrontDoorEndpointSuffix":        "azurefd.net",
				"keyvaultDns":                         ".vault.azure.net",
				"sqlServerHostname":                   ".database.windows.net",
				"storage":                             "core.windows.net",
			},
		},
	}
}

// isExpression reports whether a JSON string value is a template
// expression: "[...]" but not "[[...", which is the escape for a literal
// string starting with "[".
func isExpression(s string) bool {
	return len(s) >= 2 && s[0] == '[' && s[len(s)-1] == ']' && !strings.HasPrefix(s, "[[")
}

// evalString evaluates a JSON string value: an expression is parsed and
// evaluated; "[[..." drops one "["; any other string is returned as is.
// Errors carry no position: the caller knows the file and line.
func evalString(s string, ctx *evalContext) (any, error) {
	if strings.HasPrefix(s, "[[") {
		return s[1:], nil
	}
	if !isExpression(s) {
		return s, nil
	}
	if ctx == nil {
		return nil, errors.New("evaluate expression: no evaluation context")
	}
	if ctx.steps == nil || ctx.built == nil {
		budgeted := *ctx
		if budgeted.steps == nil {
			budgeted.steps = new(int)
		}
		if budgeted.built == nil {
			budgeted.built = new(int)
		}
		ctx = &budgeted
	}
	return evalExpressionText(s[1:len(s)-1], ctx)
}
