variable "dns_clients" {
  type = string
}

resource "azurerm_network_security_rule" "dns" {
  name                        = "dns"
  priority                    = 100
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Udp"
  source_port_range           = "*"
  destination_port_range      = "53"
  source_address_prefix       = var.dns_clients # want "AZ-NET-002"
  destination_address_prefix  = "*"
  resource_group_name         = "rg"
  network_security_group_name = "dns"
}
