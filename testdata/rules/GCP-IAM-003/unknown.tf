variable "decrypters" {
  type = list(string)
}

resource "google_kms_crypto_key_iam_binding" "decrypters" {
  crypto_key_id = "projects/acme-prod/locations/europe-west1/keyRings/main/cryptoKeys/data"
  role          = "roles/cloudkms.cryptoKeyDecrypter"
  members       = var.decrypters # want "GCP-IAM-003"
}
