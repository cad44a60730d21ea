package aws.ecr.immutable_tags_test

import data.aws.ecr.immutable_tags as rule
import data.lib.testing as t

_deny(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i
}

_deny_pessimistic(rs) := f if {
	i := t.input_of(rs)
	f := t.findings(rule.deny) with input as i with data.preflight.pessimistic as true
}

test_mutable if {
	_deny([t.resource("aws_ecr_repository", "app", {})]) == {"aws_ecr_repository.app:image_tag_mutability"}
	_deny([t.resource("aws_ecr_repository", "app", {"image_tag_mutability": "MUTABLE_WITH_EXCLUSION"})]) == {"aws_ecr_repository.app:image_tag_mutability"}
	i := t.input_of([t.resource("aws_ecr_repository", "app", {"image_tag_mutability": "MUTABLE"})])
	some v in rule.deny with input as i
	v.fix.actions == [{"op": "set", "path": ["image_tag_mutability"], "value": "IMMUTABLE"}]
}

test_exclusion_filters_get_no_fix if {
	i := t.input_of([t.resource("aws_ecr_repository", "app", {"image_tag_mutability": "MUTABLE_WITH_EXCLUSION"})])
	some v in rule.deny with input as i
	not v.fix
}

test_immutable_passes if {
	_deny([
		t.resource("aws_ecr_repository", "a", {"image_tag_mutability": "IMMUTABLE"}),
		t.resource("aws_ecr_repository", "b", {"image_tag_mutability": "IMMUTABLE_WITH_EXCLUSION"}),
	]) == set()
}

test_unknown_is_inconclusive if {
	rs := [t.resource("aws_ecr_repository", "app", {"image_tag_mutability": t.unknown("var.mutability")})]
	_deny(rs) == set()
	_deny_pessimistic(rs) == {"aws_ecr_repository.app:image_tag_mutability"}
}
