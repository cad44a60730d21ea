variable "waf_mode" {
  type = string
}

resource "azurerm_application_gateway" "app" {
  name                = "app-appgw"
  resource_group_name = "rg"
  location            = "westeurope"

  sku {
    name     = "WAF_v2"
    tier     = "WAF_v2"
    capacity = 2
  }

  gateway_ip_configuration {
    name      = "gateway"
    subnet_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/appgw"
  }

  frontend_port {
    name = "https"
    port = 443
  }

  frontend_ip_configuration {
    name                 = "public"
    public_ip_address_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/publicIPAddresses/app"
  }

  backend_address_pool {
    name = "app"
  }

  backend_http_settings {
    name                  = "app"
    cookie_based_affinity = "Disabled"
    port                  = 443
    protocol              = "Https"
  }

  http_listener {
    name                           = "https"
    frontend_ip_configuration_name = "public"
    frontend_port_name             = "https"
    protocol                       = "Https"
    ssl_certificate_name           = "site"
  }

  ssl_certificate {
    name                = "site"
    key_vault_secret_id = "https://acme-kv.vault.azure.net/secrets/site"
  }

  request_routing_rule {
    name                       = "app"
    priority                   = 100
    rule_type                  = "Basic"
    http_listener_name         = "https"
    backend_address_pool_name  = "app"
    backend_http_settings_name = "app"
  }

  waf_configuration {
    enabled          = true
    firewall_mode    = var.waf_mode # want "AZ-NET-004"
    rule_set_type    = "OWASP"
    rule_set_version = "3.2"
  }
}
