// Package gctune sets the garbage collector's pace for a scan. A scan
// allocates many short-lived values (tokens, syntax trees, evaluation
// state) while the data it keeps grows slowly, and Go's default (collect
// when the heap has doubled) then spends a fifth to a third of the CPU
// time collecting. Start adjusts GOGC after every collection, by the live
// heap:
//
//   - while it is small, the heap may grow to a soft limit (a pre-commit
//     scan or a repository of thousands of resources stays well below
//     400 MB and collects a few times instead of twenty);
//   - from half the limit, the default applies, so memory is what it
//     would be by default;
//   - above bigLive, a monorepo-sized scan, the heap may grow to three
//     times the live data: a third less collecting for half again the
//     memory, and a memory limit at three quarters of the machine's
//     memory (when known) makes the collector work harder rather than
//     run out.
//
// A fixed GOMEMLIMIT below the live heap would make the collector thrash;
// these rules never go below the default's pace.
package gctune

import (
	"bufio"
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"strings"
)

// Start tunes the collector for the rest of the process, for a soft heap
// limit of limit bytes. It does nothing when GOGC or GOMEMLIMIT is set: the
// user's choice wins.
func Start(limit uint64) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	if total := physicalMemory(); total > 0 {
		debug.SetMemoryLimit(int64(total / 4 * 3))
	}
	t := &tuner{limit: limit, live: []metrics.Sample{{Name: "/gc/heap/live:bytes"}}}
	t.tune()
}

type tuner struct {
	limit uint64
	live  []metrics.Sample
}

// tune sets GOGC for the live heap measured by the last collection, and
// arranges to run again after the next one: the cleanup of an unreachable
// object runs once a collection has found it unreachable.
func (t *tuner) tune() {
	metrics.Read(t.live)
	var live uint64
	if t.live[0].Value.Kind() == metrics.KindUint64 {
		live = t.live[0].Value.Uint64()
	}
	debug.SetGCPercent(Percent(live, t.limit))
	runtime.AddCleanup(&sentinel{}, (*tuner).tune, t)
}

// sentinel holds a pointer so that it is not batched with other small
// objects, whose cleanups may then never run.
type sentinel struct{ _ *byte }

const (
	defaultPercent = 100
	// maxPercent keeps the first collections, before the live heap is
	// measured, from waiting too long.
	maxPercent = 400
	minLive    = 4 << 20
	// bigLive is the live heap from which a scan is monorepo-sized, and
	// bigPercent its GOGC.
	bigLive    = 256 << 20
	bigPercent = 200
)

// Percent is the GOGC for a live heap of live bytes and a soft limit of
// limit bytes.
func Percent(live, limit uint64) int {
	live = max(live, minLive)
	switch {
	case live >= bigLive:
		return bigPercent
	case live >= limit/2:
		return defaultPercent
	}
	return min(maxPercent, int((limit-live)*100/live))
}

// physicalMemory is the memory of the machine, or of the cgroup the process
// runs in when that is less, in bytes; 0 when unknown (not Linux).
func physicalMemory() uint64 {
	total := uint64(0)
	if f, err := os.Open("/proc/meminfo"); err == nil {
		s := bufio.NewScanner(f)
		for s.Scan() {
			if rest, ok := strings.CutPrefix(s.Text(), "MemTotal:"); ok {
				kb, err := strconv.ParseUint(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
				if err == nil {
					total = kb << 10
				}
				break
			}
		}
		f.Close()
	}
	// cgroup v2, then v1; "max" or a huge number means no limit.
	for _, limit := range []string{"/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"} {
		b, err := os.ReadFile(limit)
		if err != nil {
			continue
		}
		if n, err := strconv.ParseUint(strings.TrimSpace(string(b)), 10, 64); err == nil && n > 0 && n < math.MaxInt64 && (total == 0 || n < total) {
			total = n
		}
	}
	return total
}
