locals {
  name   = "shop-${var.environment}"
  labels = { environment = var.environment, workload = "shop" }
}

# --- Project-wide settings ---------------------------------------------------

resource "google_compute_project_metadata_item" "oslogin" {
  key   = "enable-oslogin"
  value = "TRUE"
}

# --- Network -----------------------------------------------------------------

resource "google_compute_network" "vpc" {
  name                    = "${local.name}-vpc"
  auto_create_subnetworks = false
}

resource "google_compute_subnetwork" "this" {
  for_each = var.subnets

  name                     = "${local.name}-${each.key}"
  region                   = var.region
  network                  = google_compute_network.vpc.id
  ip_cidr_range            = cidrsubnet("10.40.0.0/16", 4, each.value.index)
  private_ip_google_access = true

  dynamic "log_config" {
    for_each = each.value.flow_logs ? [1] : []
    content {
      aggregation_interval = "INTERVAL_5_SEC"
      flow_sampling        = 0.5
      metadata             = "INCLUDE_ALL_METADATA"
    }
  }
}

resource "google_compute_firewall" "https" {
  name          = "${local.name}-allow-https"
  network       = google_compute_network.vpc.id
  source_ranges = ["0.0.0.0/0"]
  target_tags   = ["web"]

  allow {
    protocol = "tcp"
    ports    = ["443"]
  }
}

resource "google_compute_firewall" "bastion_ssh" {
  name          = "${local.name}-allow-bastion-ssh"
  network       = google_compute_network.vpc.id
  source_ranges = var.admin_ranges
  target_tags   = ["bastion"]

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}

# --- Compute -----------------------------------------------------------------

resource "google_service_account" "app" {
  account_id   = "${local.name}-app"
  display_name = "Shop application VMs"
}

resource "google_compute_instance" "app" {
  name         = "${local.name}-app"
  machine_type = "e2-standard-2"
  zone         = "${var.region}-b"
  tags         = ["web"]
  labels       = local.labels

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    subnetwork = google_compute_subnetwork.this["app"].id
  }

  service_account {
    email  = google_service_account.app.email
    scopes = ["cloud-platform"]
  }

  shielded_instance_config {
    enable_secure_boot = true
  }

  metadata = {
    block-project-ssh-keys = "true"
  }
}

resource "google_compute_instance" "bastion" {
  name         = "${local.name}-bastion"
  machine_type = "e2-micro"
  zone         = "${var.region}-b"
  tags         = ["bastion"]
  labels       = local.labels

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    subnetwork = google_compute_subnetwork.this["app"].id

    # misconfiguration: the bastion has an external IP (caught on google_compute_instance.bastion)
    access_config {}
  }

  service_account {
    email  = google_service_account.app.email
    scopes = ["logging-write", "monitoring-write"]
  }

  shielded_instance_config {
    enable_secure_boot = true
  }
}

# --- Storage -----------------------------------------------------------------

resource "google_storage_bucket" "orders" {
  name                        = "${var.project_id}-orders"
  location                    = "EU"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"
  labels                      = local.labels

  versioning {
    enabled = true
  }
}

resource "google_storage_bucket" "assets" {
  name                        = "${var.project_id}-assets"
  location                    = "EU"
  uniform_bucket_level_access = true
  labels                      = local.labels

  # misconfiguration: public access prevention is lifted for the public assets (caught on google_storage_bucket.assets)
  public_access_prevention = var.public_assets ? "inherited" : "enforced"
}

resource "google_storage_bucket_iam_member" "assets_public" {
  # misconfiguration: allUsers may read the assets, public_assets in terraform.tfvars (caught on google_storage_bucket_iam_member.assets_public[0])
  count = var.public_assets ? 1 : 0

  bucket = google_storage_bucket.assets.name
  role   = "roles/storage.objectViewer"
  member = "allUsers"
}

# --- Database ----------------------------------------------------------------

resource "google_sql_database_instance" "orders" {
  name                = "${local.name}-orders"
  database_version    = "POSTGRES_16"
  region              = var.region
  deletion_protection = true

  settings {
    tier        = var.db_tier
    user_labels = local.labels

    ip_configuration {
      ipv4_enabled    = false
      private_network = google_compute_network.vpc.id
      ssl_mode        = "ENCRYPTED_ONLY"
    }

    backup_configuration {
      enabled                        = var.db_backups
      point_in_time_recovery_enabled = var.db_backups
    }
  }
}
