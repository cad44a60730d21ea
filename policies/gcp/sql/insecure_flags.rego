# METADATA
# title: Cloud SQL database flags must not turn on insecure features
# description: >-
#   local_infile lets MySQL clients make the server read local files;
#   SQL Server's external scripts, cross-database ownership chaining and
#   contained database authentication let code and users escape the
#   permission boundaries of a single database.
# custom:
#   id: GCP-SQL-005
#   severity: MEDIUM
#   category: data
#   providers: [google, google-beta]
#   formats: [terraform]
#   frameworks: {cis-gcp-3.0: ["6.1.3", "6.3.1", "6.3.2", "6.3.7"]}
#   remediation: >-
#     Set these settings.database_flags to "off" or remove them (they
#     default to off): local_infile (MySQL), "external scripts enabled",
#     "cross db ownership chaining" and "contained database authentication"
#     (SQL Server).
#   equivalents:
#     tfsec: [google-sql-no-contained-db-auth, google-sql-no-cross-db-ownership-chaining]
#   fix: true
package gcp.sql.insecure_flags

import data.lib

_flags := {
	"local_infile": "lets clients make the server read local files",
	"external scripts enabled": "runs external scripts inside the database engine",
	"cross db ownership chaining": "lets ownership chains cross databases",
	"contained database authentication": "lets contained users bypass server-level logins",
}

deny contains v if {
	some r in lib.resources("google_sql_database_instance")
	some i, settings in lib.blocks(r.attributes, "settings")
	some j, flag in lib.blocks(settings, "database_flags")
	name := lib.get(flag, "name", null)
	what := _flags[name]
	lib.equals_ignore_case(lib.get(flag, "value", null), "on")
	path := ["settings", i, "database_flags", j, "value"]
	msg := sprintf(`Cloud SQL instance %q sets %s = on, which %s; set it to "off"`, [r.name, name, what])
	v := lib.violation_fix(r, path, msg, lib.fix_set(sprintf(`Set %s to "off"`, [name]), path, "off"))
}
