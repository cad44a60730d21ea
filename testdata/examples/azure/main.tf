locals {
  name = "${var.workload}-${var.environment}"

  tags = {
    workload    = var.workload
    environment = var.environment
    managed-by  = "terraform"
  }

  subnet_prefixes = {
    for name, index in var.subnets : name => cidrsubnet(var.address_space, 8, index)
  }
}

data "azurerm_client_config" "current" {}

resource "azurerm_resource_group" "main" {
  name     = "rg-${local.name}"
  location = var.location
  tags     = local.tags
}

# --- Network ----------------------------------------------------------------

resource "azurerm_virtual_network" "main" {
  name                = "vnet-${local.name}"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  address_space       = [var.address_space]
  tags                = local.tags
}

resource "azurerm_subnet" "main" {
  for_each = local.subnet_prefixes

  name                 = "snet-${each.key}"
  resource_group_name  = azurerm_resource_group.main.name
  virtual_network_name = azurerm_virtual_network.main.name
  address_prefixes     = [each.value]
  service_endpoints    = each.key == "data" ? ["Microsoft.Storage", "Microsoft.KeyVault"] : []
}

resource "azurerm_network_security_group" "web" {
  name                = "nsg-${local.name}-web"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  tags                = local.tags

  security_rule {
    name                       = "allow-https-inbound"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "443"
    source_address_prefix      = "Internet"
    destination_address_prefix = local.subnet_prefixes["web"]
  }

  # misconfiguration: RDP open to the Internet for "temporary" troubleshooting (caught on azurerm_network_security_group.web)
  security_rule {
    name                       = "allow-rdp-troubleshooting"
    priority                   = 110
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "3389"
    source_address_prefix      = "Internet"
    destination_address_prefix = "*"
  }
}

resource "azurerm_network_security_group" "app" {
  name                = "nsg-${local.name}-app"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  tags                = local.tags
}

resource "azurerm_network_security_rule" "app_from_web" {
  name                        = "allow-app-from-web"
  priority                    = 100
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "8080"
  source_address_prefix       = local.subnet_prefixes["web"]
  destination_address_prefix  = local.subnet_prefixes["app"]
  resource_group_name         = azurerm_resource_group.main.name
  network_security_group_name = azurerm_network_security_group.app.name
}

resource "azurerm_network_security_rule" "app_admin_ssh" {
  name                        = "allow-ssh-admin"
  priority                    = 200
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "22"
  source_address_prefix       = var.admin_source_prefix
  destination_address_prefix  = local.subnet_prefixes["app"]
  resource_group_name         = azurerm_resource_group.main.name
  network_security_group_name = azurerm_network_security_group.app.name
}

# misconfiguration: every port reachable from any source (caught on azurerm_network_security_rule.app_any)
resource "azurerm_network_security_rule" "app_any" {
  name                        = "allow-any-inbound"
  priority                    = 4000
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "*"
  source_port_range           = "*"
  destination_port_range      = "*"
  source_address_prefix       = "*"
  destination_address_prefix  = "*"
  resource_group_name         = azurerm_resource_group.main.name
  network_security_group_name = azurerm_network_security_group.app.name
}

resource "azurerm_subnet_network_security_group_association" "web" {
  subnet_id                 = azurerm_subnet.main["web"].id
  network_security_group_id = azurerm_network_security_group.web.id
}

resource "azurerm_subnet_network_security_group_association" "app" {
  subnet_id                 = azurerm_subnet.main["app"].id
  network_security_group_id = azurerm_network_security_group.app.id
}

# --- Storage ----------------------------------------------------------------

module "storage" {
  source = "./modules/storage_account"
  count  = length(var.storage_accounts)

  name                     = var.storage_accounts[count.index].name
  resource_group_name      = azurerm_resource_group.main.name
  location                 = azurerm_resource_group.main.location
  replication_type         = var.storage_accounts[count.index].replication_type
  https_only               = var.storage_accounts[count.index].https_only
  min_tls_version          = var.storage_accounts[count.index].min_tls_version
  allow_public_blob_access = var.storage_accounts[count.index].allow_public_blob_access
  allowed_subnet_ids       = [azurerm_subnet.main["data"].id]
  tags                     = local.tags
}

# --- Secrets ----------------------------------------------------------------

resource "azurerm_key_vault" "main" {
  name                       = "kv-${local.name}"
  location                   = azurerm_resource_group.main.location
  resource_group_name        = azurerm_resource_group.main.name
  tenant_id                  = var.tenant_id
  sku_name                   = "standard"
  rbac_authorization_enabled = true
  soft_delete_retention_days = 90
  # misconfiguration: purge protection off, so a deleted vault's keys can be destroyed for good (caught on azurerm_key_vault.main)
  purge_protection_enabled = false

  # Reached through its private endpoint only (see below); the firewall
  # still denies by default should public access ever be turned back on.
  public_network_access_enabled = false

  network_acls {
    default_action             = "Deny"
    bypass                     = "AzureServices"
    virtual_network_subnet_ids = [azurerm_subnet.main["data"].id]
  }

  tags = local.tags
}

resource "azurerm_key_vault" "ops" {
  name                       = "kv-${local.name}-ops"
  location                   = azurerm_resource_group.main.location
  resource_group_name        = azurerm_resource_group.main.name
  tenant_id                  = var.tenant_id
  sku_name                   = "premium"
  rbac_authorization_enabled = true
  soft_delete_retention_days = 90
  purge_protection_enabled   = true

  public_network_access_enabled = false

  network_acls {
    default_action = "Deny"
    bypass         = "AzureServices"
  }

  tags = local.tags
}

locals {
  key_vault_ids = {
    main = azurerm_key_vault.main.id
    ops  = azurerm_key_vault.ops.id
  }
}

# Both vaults are reached from the virtual network through private
# endpoints in the data subnet, resolved by the privatelink DNS zone.
resource "azurerm_private_dns_zone" "key_vault" {
  name                = "privatelink.vaultcore.azure.net"
  resource_group_name = azurerm_resource_group.main.name
  tags                = local.tags
}

resource "azurerm_private_dns_zone_virtual_network_link" "key_vault" {
  name                  = "vnet-${local.name}"
  resource_group_name   = azurerm_resource_group.main.name
  private_dns_zone_name = azurerm_private_dns_zone.key_vault.name
  virtual_network_id    = azurerm_virtual_network.main.id
}

resource "azurerm_private_endpoint" "key_vault" {
  for_each = local.key_vault_ids

  name                = "pe-kv-${local.name}-${each.key}"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  subnet_id           = azurerm_subnet.main["data"].id

  private_service_connection {
    name                           = "kv-${each.key}"
    private_connection_resource_id = each.value
    subresource_names              = ["vault"]
    is_manual_connection           = false
  }

  private_dns_zone_group {
    name                 = "vaultcore"
    private_dns_zone_ids = [azurerm_private_dns_zone.key_vault.id]
  }

  tags = local.tags
}

# --- Monitoring -------------------------------------------------------------

resource "azurerm_log_analytics_workspace" "main" {
  name                = "log-${local.name}"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  sku                 = "PerGB2018"
  retention_in_days   = 365
  tags                = local.tags
}

# Who read which secret or used which key: the vaults' audit logs go to the
# workspace.
resource "azurerm_monitor_diagnostic_setting" "key_vault" {
  for_each = local.key_vault_ids

  name                       = "audit-to-log-analytics"
  target_resource_id         = each.value
  log_analytics_workspace_id = azurerm_log_analytics_workspace.main.id

  enabled_log {
    category_group = "audit"
  }
}
