resource "google_kms_key_ring" "main" {
  name     = "acme-main"
  location = "europe-west1"
}

resource "google_kms_crypto_key" "never" { # want "GCP-KMS-001"
  name     = "never"
  key_ring = google_kms_key_ring.main.id
}

resource "google_kms_crypto_key" "yearly" {
  name            = "yearly"
  key_ring        = google_kms_key_ring.main.id
  rotation_period = "31536000s" # want "GCP-KMS-001"
}
