resource "google_kms_crypto_key_iam_member" "app" {
  crypto_key_id = "projects/acme-prod/locations/europe-west1/keyRings/main/cryptoKeys/data"
  role          = "roles/cloudkms.cryptoKeyEncrypterDecrypter"
  member        = "serviceAccount:app@acme-prod.iam.gserviceaccount.com"
}

resource "google_bigquery_dataset" "reports" {
  dataset_id = "reports"
  location   = "EU"

  access {
    role          = "OWNER"
    special_group = "projectOwners"
  }

  access {
    role           = "READER"
    group_by_email = "analysts@example.com"
  }
}
