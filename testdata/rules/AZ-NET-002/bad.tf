resource "azurerm_network_security_group" "dns" {
  name                = "dns"
  location            = "westeurope"
  resource_group_name = "rg"

  security_rule {
    name                       = "dns"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Udp"
    source_port_range          = "*"
    destination_port_range     = "53"
    source_address_prefix      = "Internet" # want "AZ-NET-002"
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "https"
    priority                   = 110
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "443"
    source_address_prefix      = "*"
    destination_address_prefix = "*"
  }
}

# Protocol "*" admits UDP as well as TCP.
resource "azurerm_network_security_rule" "vpn" {
  name                        = "ike"
  priority                    = 120
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "*"
  source_port_range           = "*"
  destination_port_ranges     = ["500", "4500"]
  source_address_prefixes     = ["0.0.0.0/0"] # want "AZ-NET-002"
  destination_address_prefix  = "*"
  resource_group_name         = "rg"
  network_security_group_name = azurerm_network_security_group.dns.name
}
