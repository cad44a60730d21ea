#!/usr/bin/env bash
# Run every fuzz target of the module for a while each: a short pass in CI
# (the default), a long one by hand. Targets are found by their source
# (func FuzzX in a _test.go file), so a new one is run without editing
# this script. A crasher fails the run; go test has then written it to the
# package's testdata/fuzz/FuzzX/, where it becomes a regression seed that
# plain `go test` replays.
#
# Usage: scripts/fuzz.sh [SECONDS]   (default 10 seconds per target)
#
# The fuzzer runs with one worker (-parallel 1): CI machines are small and
# several targets share them.
set -euo pipefail
cd "$(dirname "$0")/.."

secs="${1:-10}"
case "$secs" in
'' | *[!0-9]*) echo "fuzz.sh: SECONDS must be a whole number, got $secs" >&2; exit 2 ;;
esac

# package directory and target name, one pair a line, sorted.
targets=$(grep -rIl --include='*_test.go' '^func Fuzz' . |
	xargs grep -H '^func Fuzz' |
	sed -E 's|^\./(.*)/[^/]*:func (Fuzz[A-Za-z0-9_]*)\(.*|\1 \2|' | sort -u)
if [ -z "$targets" ]; then
	echo "fuzz.sh: no fuzz targets found" >&2
	exit 1
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT

# fuzz DIR NAME runs one target; it fails when go test does.
fuzz() {
	go test -run '^$' -fuzz "^$2\$" -fuzztime "${secs}s" -parallel 1 "./$1" </dev/null 2>&1 | tee "$log"
	return "${PIPESTATUS[0]}"
}

# crashers DIR NAME counts the regression inputs of a target.
crashers() {
	if [ -d "$1/testdata/fuzz/$2" ]; then
		find "$1/testdata/fuzz/$2" -type f | wc -l
	else
		echo 0
	fi
}

failed=0
while read -r dir name; do
	echo "--- fuzz ./$dir $name (${secs}s)"
	before=$(crashers "$dir" "$name")
	if fuzz "$dir" "$name"; then
		continue
	fi
	# Go's fuzzing engine now and then fails with a bare "context deadline
	# exceeded" when -fuzztime runs out while it is busy (seen with Go 1.26),
	# writing no crasher. That is not a finding: run the target once more.
	if [ "$(crashers "$dir" "$name")" = "$before" ] && grep -q 'context deadline exceeded' "$log"; then
		echo "fuzz.sh: ./$dir $name: the fuzzing engine timed out without a crasher; running it again" >&2
		if fuzz "$dir" "$name"; then
			continue
		fi
	fi
	failed=1
	echo "FAIL: ./$dir $name; a crasher is in ./$dir/testdata/fuzz/$name/" >&2
done <<<"$targets"
exit "$failed"
