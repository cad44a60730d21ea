package azure.storage.container_public_test

import data.azure.storage.container_public as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

_container(name, attrs) := t.refs(t.resource("azurerm_storage_container", name, attrs), ["azurerm_storage_account.sa"])

test_public_container if {
	sa := t.resource("azurerm_storage_account", "sa", {"name": "acme"})
	_deny([sa, _container("c", {"container_access_type": "blob"})]) == {"azurerm_storage_container.c:container_access_type"}
	_deny([sa, _container("c", {"container_access_type": "container"})]) == {"azurerm_storage_container.c:container_access_type"}
}

test_account_elsewhere_is_reported if {
	c := t.resource("azurerm_storage_container", "c", {"storage_account_name": "shared", "container_access_type": "blob"})
	_deny([c]) == {"azurerm_storage_container.c:container_access_type"}
}

test_private_and_absent_pass if {
	sa := t.resource("azurerm_storage_account", "sa", {"name": "acme"})
	_deny([sa, _container("a", {}), _container("b", {"container_access_type": "private"})]) == set()
}

test_account_forbidding_public_access_wins if {
	sa := t.resource("azurerm_storage_account", "sa", {"name": "acme", "allow_nested_items_to_be_public": false})
	_deny([sa, _container("c", {"container_access_type": "blob"})]) == set()

	# linked by the literal account name
	byname := t.resource("azurerm_storage_container", "n", {"storage_account_name": "acme", "container_access_type": "blob"})
	_deny([sa, byname]) == set()
}

test_unknown_access_type_is_inconclusive if {
	sa := t.resource("azurerm_storage_account", "sa", {"name": "acme"})
	rs := [sa, _container("c", {"container_access_type": t.unknown("var.access")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"azurerm_storage_container.c:container_access_type"}
}

test_unknown_account_setting_is_inconclusive if {
	sa := t.resource("azurerm_storage_account", "sa", {"name": "acme", "allow_nested_items_to_be_public": t.unknown("var.public")})
	rs := [sa, _container("c", {"container_access_type": "container"})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"azurerm_storage_container.c:container_access_type"}
}

_arm_c(name, props) := t.arm_resource("Microsoft.Storage/storageAccounts/blobServices/containers", name, {"apiVersion": "2023-05-01", "properties": props})

_arm_sa(name, props) := t.arm_resource("Microsoft.Storage/storageAccounts", name, {"apiVersion": "2023-05-01", "properties": props})

test_arm_public_container if {
	_deny([_arm_sa("acme", {}), _arm_c("acme/default/c", {"publicAccess": "Container"})]) == {"Microsoft.Storage/storageAccounts/blobServices/containers/acme/default/c:properties.publicAccess"}
	_deny([_arm_c("acme/default/c", {"PublicAccess": "blob"})]) == {"Microsoft.Storage/storageAccounts/blobServices/containers/acme/default/c:properties.PublicAccess"}
}

test_arm_private_and_forbidden_pass if {
	_deny([_arm_c("acme/default/a", {}), _arm_c("acme/default/b", {"publicAccess": "None"})]) == set()
	_deny([_arm_sa("Acme", {"allowBlobPublicAccess": false}), _arm_c("acme/default/c", {"publicAccess": "Blob"})]) == set()
}

test_arm_unknown_is_inconclusive if {
	rs := [_arm_sa("acme", {}), _arm_c("acme/default/c", {"publicAccess": t.unknown("parameters('access')")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"Microsoft.Storage/storageAccounts/blobServices/containers/acme/default/c:properties.publicAccess"}

	# a container whose account name is unknown may belong to an account
	# that forbids public access
	named := [_arm_sa("acme", {"allowBlobPublicAccess": false}), _arm_c("[parameters('account')]/default/c", {"publicAccess": "Blob"})]
	_deny(named) == set()
	_deny_pessimistic(named) == {"Microsoft.Storage/storageAccounts/blobServices/containers/[parameters('account')]/default/c:properties.publicAccess"}
}
