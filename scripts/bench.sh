#!/usr/bin/env bash
# Benchmark `preflight scan` on a generated corpus: a large repository
# (1,000 .tf files, 6,700 resource blocks in 100 local modules called from 4
# roots, which count and for_each expand to about 10,000 resources) and a
# small module (~20 resources, the pre-commit case), and 500 ARM templates
# (about 4,500 resources).
#
# Usage: scripts/bench.sh [-n RUNS] [--install] [--keep] [--huge] [--scaling]
#   -n RUNS     runs per corpus (default 7); the median is reported
#   --install   if GNU time (/usr/bin/time) is missing, apt-get install it
#   --keep      keep the generated corpora and print where they are
#   --huge      also a monorepo of about 50,000 resources (5,000 files,
#               33,600 blocks in 500 modules)
#   --scaling   also about 1,000 and 50,000 resources, built like the
#               large corpus, for the linearity curve (implies --huge)
#
# Targets: large < 1.5 s and < 400 MB peak RSS; small < 100 ms; huge < 6 s.
# preflight exits 1 when it finds something, which the corpora are built to
# do: only exit codes other than 0 and 1 count as failures.
set -euo pipefail

runs=7
install=false
keep=false
huge=false
scaling=false
while [ $# -gt 0 ]; do
	case "$1" in
	-n) runs="$2"; shift 2 ;;
	--install) install=true; shift ;;
	--keep) keep=true; shift ;;
	--huge) huge=true; shift ;;
	--scaling) scaling=true; huge=true; shift ;;
	-h | --help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
	*) echo "bench.sh: unknown argument $1" >&2; exit 2 ;;
	esac
done

repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/preflight-bench.XXXXXX")
if ! $keep; then
	trap 'rm -rf "$work"' EXIT
fi

gnutime=""
if /usr/bin/time -f '%e %M' true >/dev/null 2>&1; then
	gnutime=/usr/bin/time
elif $install; then
	echo "GNU time not found; installing it (apt-get install -y time)" >&2
	apt-get install -y time >/dev/null
	gnutime=/usr/bin/time
else
	echo "note: GNU time (/usr/bin/time) not found: peak RSS is not measured." >&2
	echo "      Run with --install to apt-get install it." >&2
fi

bin="$work/preflight"
echo "building preflight and the corpus generator..." >&2
(cd "$repo" && go build -o "$bin" ./cmd/preflight && go build -o "$work/gencorpus" ./scripts/gencorpus)

"$work/gencorpus" -out "$work/large" -files 1000 -resources 6700 -modules 100 -roots 4 >&2
"$work/gencorpus" -out "$work/small" -files 3 -resources 20 -modules 0 -roots 1 >&2
"$work/gencorpus" -out "$work/arm" -resources 0 -arm 500 >&2
# Same shape as large (10 blocks per file, 10 files per module, 4 roots),
# so that the resource count is the only thing that changes.
if $huge; then
	"$work/gencorpus" -out "$work/huge" -files 5000 -resources 33600 -modules 500 -roots 4 >&2
fi
if $scaling; then
	"$work/gencorpus" -out "$work/k1" -files 100 -resources 670 -modules 10 -roots 4 >&2
fi

# measure NAME TARGET_S TARGET_MB PATH...: runs the scan $runs times and
# prints one result row.
measure() {
	local name=$1 target_s=$2 target_mb=$3
	shift 3
	local times=() rss=() cpus=() out="$work/out.json" t m u k rc
	for _ in $(seq "$runs"); do
		if [ -n "$gnutime" ]; then
			set +e
			"$gnutime" -o "$work/time" -f '%e %M %U %S' "$bin" scan --format json "$@" >"$out" 2>"$work/stderr"
			rc=$?
			set -e
			# GNU time prefixes "Command exited with non-zero status 1"
			# when preflight reports findings; the numbers are the last line.
			read -r t m u k < <(tail -n 1 "$work/time")
		else
			local start end
			start=$(date +%s%N)
			set +e
			"$bin" scan --format json "$@" >"$out" 2>"$work/stderr"
			rc=$?
			set -e
			end=$(date +%s%N)
			t=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
			m=0 u=0 k=0
		fi
		if [ "$rc" -gt 1 ]; then
			echo "bench.sh: preflight exited $rc on $name:" >&2
			cat "$work/stderr" >&2
			exit 1
		fi
		times+=("$t")
		rss+=("$m")
		cpus+=("$(awk -v u="$u" -v k="$k" 'BEGIN { printf "%.2f", u + k }')")
	done
	local med_t med_m med_c findings resources
	med_t=$(printf '%s\n' "${times[@]}" | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')
	med_m=$(printf '%s\n' "${rss[@]}" | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')
	med_c=$(printf '%s\n' "${cpus[@]}" | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')
	findings=$(grep -o '"findings": [0-9]*' "$out" | tail -n 1 | grep -o '[0-9]*$')
	resources=$(grep -o '"resources": [0-9]*' "$out" | tail -n 1 | grep -o '[0-9]*$')
	local verdict=ok
	if awk -v t="$med_t" -v s="$target_s" 'BEGIN { exit !(t >= s) }'; then verdict=SLOW; fi
	if [ -n "$gnutime" ] && [ "$target_mb" != "-" ] && [ "$med_m" -ge $((target_mb * 1024)) ]; then verdict="$verdict,BIG"; fi
	local mb="n/a"
	[ -n "$gnutime" ] && mb=$(awk -v k="$med_m" 'BEGIN { printf "%.0f MB", k / 1024 }')
	local cpu="n/a"
	[ -n "$gnutime" ] && cpu="$med_c s"
	printf '| %-6s | %9s | %8s | %6s s | %8s | %10s | %-8s | %s s%s |\n' \
		"$name" "$resources" "$findings" "$med_t" "$cpu" "$mb" "$verdict" "$target_s" "$([ "$target_mb" != "-" ] && echo ", $target_mb MB")"
}

echo
# The load average goes with the numbers: on a shared machine it explains
# an outlier better than anything else.
echo "preflight scan --format json, median of $runs runs ($(go env GOOS)/$(go env GOARCH), $(nproc) CPUs, $(go env GOVERSION), load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a))"
echo
# CPU (user + system) shows the work done whatever else the machine runs;
# wall time is what the target is about.
echo "| corpus | resources | findings |   median |      CPU |   peak RSS | verdict  | target |"
echo "|--------|-----------|----------|----------|----------|------------|----------|--------|"
# The whole corpus, as `preflight scan .` at the top of a repository: the
# roots are found below it and their modules followed.
if $scaling; then
	measure k1 0.5 - "$work/k1"
fi
measure large 1.5 400 "$work/large"
if $huge; then
	measure huge 6 - "$work/huge"
fi
measure small 0.1 - "$work/small"
measure arm 2 500 "$work/arm"
if $keep; then
	echo
	echo "corpora kept in $work" >&2
fi
