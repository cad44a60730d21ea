# METADATA
# title: RDS instances must keep automated backups for at least 30 days
# description: >-
#   An example of a team's own rule, used by the README: ACME keeps a month of
#   database backups so that a bad migration found late can still be undone.
# custom:
#   id: ACME-RDS-001
#   severity: MEDIUM
#   category: data
#   providers: [aws]
#   formats: [terraform]
#   remediation: Set backup_retention_period to 30 or more.
package acme.rds.backup_retention

import data.lib

deny contains v if {
	some r in lib.resources("aws_db_instance")
	# The provider default is 1 day when the argument is absent.
	lib.less_than(lib.get(r.attributes, "backup_retention_period", 1), 30)
	msg := sprintf("RDS instance %q keeps backups for less than 30 days; set backup_retention_period = 30", [r.name])
	v := lib.violation(r, ["backup_retention_period"], msg)
}
