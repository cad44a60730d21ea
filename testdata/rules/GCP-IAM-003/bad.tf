resource "google_kms_crypto_key_iam_member" "public" {
  crypto_key_id = "projects/acme-prod/locations/europe-west1/keyRings/main/cryptoKeys/data"
  role          = "roles/cloudkms.cryptoKeyDecrypter"
  member        = "allUsers" # want "GCP-IAM-003"
}

resource "google_bigquery_dataset" "reports" {
  dataset_id = "reports"
  location   = "EU"

  access {
    role          = "OWNER"
    special_group = "projectOwners"
  }

  access {
    role          = "READER"
    special_group = "allAuthenticatedUsers" # want "GCP-IAM-003"
  }
}

resource "google_bigquery_dataset_iam_binding" "viewers" {
  dataset_id = google_bigquery_dataset.reports.dataset_id
  role       = "roles/bigquery.dataViewer"
  members    = ["allUsers"] # want "GCP-IAM-003"
}

resource "google_bigquery_dataset_access" "public" {
  dataset_id = google_bigquery_dataset.reports.dataset_id
  role       = "READER"
  iam_member = "allUsers" # want "GCP-IAM-003"
}
