// Package gctune lets the garbage collector run less often while the live
// heap is small. A scan allocates many short-lived values (tokens, syntax
// trees, evaluation state) while the data it keeps grows slowly, so Go's
// default (collect when the heap has doubled) collects very often early on
// for little gain: about a fifth of a large scan's CPU time. Start raises
// GOGC so that the heap may grow to a soft limit, and lowers it back to the
// default as the live heap approaches half the limit, so a large heap is
// collected as by default: memory stays bounded by the larger of the limit
// and the default's, and the collector never thrashes as it does with a
// fixed GOMEMLIMIT below the live heap.
package gctune

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
)

// Start tunes the collector for the rest of the process, after every
// collection, for a soft heap limit of limit bytes. It does nothing when
// GOGC or GOMEMLIMIT is set: the user's choice wins.
func Start(limit uint64) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
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

// Bounds of GOGC: the default, and a maximum that keeps the first
// collections (before the live heap is measured) from waiting too long.
const (
	defaultPercent = 100
	maxPercent     = 400
	minLive        = 4 << 20
)

// Percent is the GOGC for a live heap of live bytes: the heap may then grow
// to limit, within [defaultPercent, maxPercent].
func Percent(live, limit uint64) int {
	live = max(live, minLive)
	if live >= limit/2 {
		return defaultPercent
	}
	return min(maxPercent, int((limit-live)*100/live))
}
