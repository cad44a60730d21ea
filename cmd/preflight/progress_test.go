package main

import (
	"bytes"
	"strings"
	"sync"
	"testing"
	"time"
)

// lockedBuffer is written by the progress goroutine and read by the test.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func TestProgressQuickScanPrintsNothing(t *testing.T) {
	var buf lockedBuffer
	p := newProgress(&buf, time.Hour)
	p.set("parsing")
	p.stop()
	p.stop() // idempotent
	if got := buf.String(); got != "" {
		t.Errorf("quick scan wrote %q; want nothing", got)
	}
}

func TestProgressSlowScanShowsAndClearsPhase(t *testing.T) {
	var buf lockedBuffer
	p := newProgress(&buf, time.Millisecond)
	p.set("evaluating %d rules", 3)
	deadline := time.Now().Add(5 * time.Second)
	for !strings.Contains(buf.String(), "preflight: evaluating 3 rules") {
		if time.Now().After(deadline) {
			t.Fatalf("progress never shown; got %q", buf.String())
		}
		time.Sleep(5 * time.Millisecond)
	}
	p.stop()
	if got := buf.String(); !strings.HasSuffix(got, "\r\x1b[K") {
		t.Errorf("progress line not cleared at the end: %q", got)
	}
	var nilProgress *progress
	nilProgress.set("x") // a nil progress does nothing
	nilProgress.stop()
}
