variable "rotation_period" {
  type = string
}

resource "google_kms_crypto_key" "data" {
  name            = "data"
  key_ring        = "projects/acme-prod/locations/europe-west1/keyRings/acme-main"
  rotation_period = var.rotation_period # want "GCP-KMS-001"
}
