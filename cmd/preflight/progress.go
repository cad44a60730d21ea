package main

import (
	"fmt"
	"io"
	"sync"
	"time"
)

// progressDelay is how long a scan runs before it shows progress: a quick
// scan (the pre-commit case) prints nothing.
const progressDelay = time.Second

// progress shows on a terminal's stderr what a long scan is doing, on one
// line it rewrites and clears at the end. A nil *progress does nothing, so
// commands call it unconditionally.
type progress struct {
	w     io.Writer
	start time.Time
	stopc chan struct{}
	wg    sync.WaitGroup
	once  sync.Once

	mu    sync.Mutex
	phase string
	shown bool
}

// startProgress returns a running progress line on w, or nil when w is not
// a terminal.
func (a *app) startProgress(w io.Writer) *progress {
	if !a.isTerminal(w) {
		return nil
	}
	return newProgress(w, progressDelay)
}

// newProgress starts a progress line on w that appears after delay.
func newProgress(w io.Writer, delay time.Duration) *progress {
	p := &progress{w: w, start: time.Now(), stopc: make(chan struct{}), phase: "starting"}
	p.wg.Add(1)
	go p.run(delay)
	return p
}

func (p *progress) run(after time.Duration) {
	defer p.wg.Done()
	delay := time.NewTimer(after)
	defer delay.Stop()
	select {
	case <-p.stopc:
		return
	case <-delay.C:
	}
	tick := time.NewTicker(200 * time.Millisecond)
	defer tick.Stop()
	for {
		p.draw()
		select {
		case <-p.stopc:
			return
		case <-tick.C:
		}
	}
}

func (p *progress) draw() {
	p.mu.Lock()
	defer p.mu.Unlock()
	fmt.Fprintf(p.w, "\r\x1b[Kpreflight: %s (%.1fs)", p.phase, time.Since(p.start).Seconds())
	p.shown = true
}

// set names the phase the scan is in.
func (p *progress) set(format string, args ...any) {
	if p == nil {
		return
	}
	p.mu.Lock()
	p.phase = fmt.Sprintf(format, args...)
	p.mu.Unlock()
}

// stop ends the progress line and clears it, before the report or an
// error is written. Calling it again does nothing.
func (p *progress) stop() {
	if p == nil {
		return
	}
	p.once.Do(func() {
		close(p.stopc)
		p.wg.Wait()
		if p.shown {
			fmt.Fprint(p.w, "\r\x1b[K")
		}
	})
}
